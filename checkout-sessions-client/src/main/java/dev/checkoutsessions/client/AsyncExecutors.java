package dev.checkoutsessions.client;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default executor of {@link AsyncSessionsClient}: a virtual thread per call on Java
 * 21+ (the library is compiled for 17, hence the reflective look-up), otherwise a bounded
 * pool of daemon threads.
 */
final class AsyncExecutors {

	private static final int POOL_SIZE = 64;

	private AsyncExecutors() {
	}

	static ExecutorService createDefault() {
		try {
			Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
			return (ExecutorService) factory.invoke(null);
		}
		catch (ReflectiveOperationException ex) {
			AtomicInteger count = new AtomicInteger();
			ThreadPoolExecutor pool = new ThreadPoolExecutor(POOL_SIZE, POOL_SIZE, 60, TimeUnit.SECONDS,
					new LinkedBlockingQueue<>(), (task) -> {
						Thread thread = new Thread(task, "checkout-sessions-async-" + count.incrementAndGet());
						thread.setDaemon(true);
						return thread;
					});
			pool.allowCoreThreadTimeOut(true);
			return pool;
		}
	}

}
