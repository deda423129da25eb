package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.checkoutsessions.client.RateLimiter;

/**
 * Drives limiters as fast as they hand out write permits, several threads each, for a
 * while, and says how many permits each one handed out per second.
 */
final class PermitRates {

	private PermitRates() {
	}

	/**
	 * Drives every limiter at once with {@code threadsEach} threads for {@code duration}.
	 * @return write permits per second of each limiter, in order
	 */
	static List<Double> drive(List<RateLimiter> limiters, int threadsEach, Duration duration) throws Exception {
		List<AtomicInteger> counts = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch ready = new CountDownLatch(limiters.size() * threadsEach);
		CountDownLatch go = new CountDownLatch(1);
		long[] end = new long[1];
		for (RateLimiter limiter : limiters) {
			AtomicInteger count = new AtomicInteger();
			counts.add(count);
			for (int i = 0; i < threadsEach; i++) {
				Thread thread = new Thread(() -> {
					try {
						ready.countDown();
						go.await();
						while (System.nanoTime() - end[0] < 0) {
							if (limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ofMillis(200))
									&& System.nanoTime() - end[0] < 0) {
								count.incrementAndGet();
							}
						}
					}
					catch (Throwable ex) {
						failure.compareAndSet(null, ex);
					}
				}, "permit-rates");
				threads.add(thread);
				thread.start();
			}
		}
		ready.await();
		end[0] = System.nanoTime() + duration.toNanos();
		go.countDown();
		for (Thread thread : threads) {
			thread.join(duration.plusSeconds(30).toMillis());
		}
		if (failure.get() != null) {
			throw new AssertionError("a thread failed", failure.get());
		}
		double seconds = duration.toNanos() / 1e9;
		return counts.stream().map((count) -> count.get() / seconds).toList();
	}

}
