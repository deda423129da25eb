package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;

/**
 * Shoppers as fast as they come: several threads per client requesting sessions back to
 * back for a while, all starting together.
 */
final class SessionCallers {

	private SessionCallers() {
	}

	/**
	 * Drives every client at once with {@code callersEach} threads for {@code run}.
	 * @return what the calls threw, in no order
	 */
	static List<Throwable> drive(List<SessionsClient> clients, int callersEach, Duration run)
			throws InterruptedException {
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		List<Thread> threads = new ArrayList<>();
		CountDownLatch go = new CountDownLatch(1);
		long end = System.nanoTime() + run.toNanos() + Duration.ofMillis(100).toNanos();
		for (SessionsClient client : clients) {
			for (int i = 0; i < callersEach; i++) {
				Thread thread = new Thread(() -> {
					try {
						go.await();
					}
					catch (InterruptedException ex) {
						return;
					}
					while (System.nanoTime() - end < 0) {
						try {
							client.requestSession(request());
						}
						catch (RuntimeException ex) {
							failures.add(ex);
						}
					}
				}, "session-caller");
				threads.add(thread);
				thread.start();
			}
		}
		go.countDown();
		for (Thread thread : threads) {
			thread.join(run.plusSeconds(30).toMillis());
		}
		return failures;
	}

	/** A session request the emulator and the stand-in both accept. */
	static SessionRequest request() {
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.USD)
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://shop.example/callback").build())
			.build();
	}

}
