package dev.checkoutsessions.client;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default executor of {@link AsyncSessionsClient}: a virtual thread per call on Java
 * 21+ (the library is compiled for 17, hence the reflective look-up), otherwise 64 daemon
 * threads with room for 1,024 waiting calls; a call beyond that is refused at once rather
 * than queued for longer than any deadline.
 */
final class AsyncExecutors {

	private static final int POOL_SIZE = 64;

	private static final int QUEUE_SIZE = 1024;

	private AsyncExecutors() {
	}

	static ExecutorService createDefault() {
		try {
			Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
			return (ExecutorService) factory.invoke(null);
		}
		catch (ReflectiveOperationException ex) {
			return platformPool();
		}
	}

	static ThreadPoolExecutor platformPool() {
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(POOL_SIZE, POOL_SIZE, 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(QUEUE_SIZE), (task) -> {
					Thread thread = new Thread(task, "checkout-sessions-async-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, (task, executor) -> {
					throw new RejectedExecutionException("The client's async executor is full: " + POOL_SIZE
							+ " calls running and " + QUEUE_SIZE + " waiting; pass a larger executor to "
							+ "SessionsClientBuilder.asyncExecutor(...), or run on Java 21+ (a virtual thread per call)");
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

}
