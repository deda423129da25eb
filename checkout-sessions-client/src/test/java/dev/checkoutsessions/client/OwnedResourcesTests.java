package dev.checkoutsessions.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a client built without Spring Boot owns: every resource is released on close, and
 * the platform-thread pool of {@link SessionsClient#async()} is bounded as documented.
 */
class OwnedResourcesTests {

	@Test
	void closingReleasesEveryOwnedResourceEvenWhenOneFails() {
		List<String> closed = new ArrayList<>();
		AutoCloseable all = SessionsClientBuilder.closeAll(List.of(() -> {
			closed.add("http client");
			throw new IllegalStateException("pool already closed");
		}, () -> closed.add("async executor"), () -> {
			throw new IllegalStateException("second failure");
		}));

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(all::close)
			.withMessage("pool already closed")
			.satisfies((ex) -> assertThat(ex.getSuppressed()).extracting(Throwable::getMessage)
				.containsExactly("second failure"));
		assertThat(closed).containsExactly("http client", "async executor");
	}

	@Test
	void aClientIsAutoCloseableAndClosingStopsTheExecutorItCreated() {
		SessionsClient client = SessionsClient.builder()
			.baseUrl("http://127.0.0.1:9")
			.tokenUrl("http://127.0.0.1:9/connect/token")
			.clientCredentials(ApiStubs.CLIENT_ID, ApiStubs.CLIENT_SECRET)
			.build();
		try (client) {
			assertThat(client).isInstanceOf(AutoCloseable.class);
		}
		assertThatExceptionOfType(RejectedExecutionException.class)
			.isThrownBy(() -> client.async().getSessionDetails(ApiStubs.SESSION_ID));
	}

	@Test
	void platformThreadPoolQueuesABoundedNumberOfCallsAndRefusesTheRestAtOnce() throws Exception {
		ThreadPoolExecutor pool = AsyncExecutors.platformPool();
		CountDownLatch release = new CountDownLatch(1);
		try {
			int capacity = pool.getMaximumPoolSize() + pool.getQueue().remainingCapacity();
			assertThat(capacity).as("threads plus queue").isLessThan(10_000);
			for (int i = 0; i < capacity; i++) {
				pool.execute(() -> awaitQuietly(release));
			}
			assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> pool.execute(() -> {
			})).withMessageContaining("asyncExecutor");
		}
		finally {
			release.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
