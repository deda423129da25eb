package dev.checkoutsessions.web.app;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.checkoutsessions.web.delivery.CheckoutWebhookEvent;
import dev.checkoutsessions.web.delivery.SessionCompletedEvent;

/**
 * Records every event the receivers publish; can be told to fail a number of times, like
 * a broken listener.
 */
@Component
public class RecordedEvents {

	/** Webhook events of this type make the listener throw while failures are armed. */
	public static final String FAILING_TYPE = "test_listener_fails";

	private final List<SessionCompletedEvent> completed = new CopyOnWriteArrayList<>();

	private final List<CheckoutWebhookEvent> webhooks = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger anyFailuresLeft = new AtomicInteger();

	private final AtomicInteger completionFailuresLeft = new AtomicInteger();

	@EventListener
	void on(SessionCompletedEvent event) {
		this.completed.add(event);
		if (this.completionFailuresLeft.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			throw new IllegalStateException("completion listener failed on purpose");
		}
	}

	/**
	 * The next {@code times} completion events make the listener throw (after recording
	 * them).
	 */
	public void failNextCompletion(int times) {
		this.completionFailuresLeft.set(times);
	}

	@EventListener
	void on(CheckoutWebhookEvent event) {
		if (FAILING_TYPE.equals(event.getType()) && this.failuresLeft.getAndUpdate((n) -> Math.max(0, n - 1)) > 0
				|| this.anyFailuresLeft.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			throw new IllegalStateException("listener failed on purpose");
		}
		this.webhooks.add(event);
	}

	/**
	 * The next {@code times} webhook events of {@link #FAILING_TYPE} make the listener
	 * throw.
	 */
	public void failNext(int times) {
		this.failuresLeft.set(times);
	}

	/** The next {@code times} webhook events of any type make the listener throw. */
	public void failNextOfAnyType(int times) {
		this.anyFailuresLeft.set(times);
	}

	public List<SessionCompletedEvent> completed(String sessionId) {
		return this.completed.stream().filter((event) -> event.getSessionId().equals(sessionId)).toList();
	}

	public List<CheckoutWebhookEvent> webhooks(String sessionId) {
		return this.webhooks.stream()
			.filter((event) -> event.getSessionId().filter(sessionId::equals).isPresent())
			.toList();
	}

	public List<CheckoutWebhookEvent> webhooksWithId(String eventId) {
		return this.webhooks.stream().filter((event) -> event.getId().equals(eventId)).toList();
	}

	/**
	 * Waits for at least {@code count} completion events of the session, then returns
	 * them all.
	 */
	public List<SessionCompletedEvent> awaitCompleted(String sessionId, int count) {
		await(() -> completed(sessionId).size() >= count, "completion events for " + sessionId);
		return completed(sessionId);
	}

	public List<CheckoutWebhookEvent> awaitWebhooks(String sessionId, int count) {
		await(() -> webhooks(sessionId).size() >= count, "webhook events for " + sessionId);
		return webhooks(sessionId);
	}

	private static void await(java.util.function.BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
