package dev.checkoutsessions.emulator;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Describes a fault being armed through {@link Faults}: optionally narrow it to one
 * endpoint with {@link #on}, then choose what happens. Choosing arms it.
 *
 * @since 0.1.0
 */
public final class FaultSpec {

	private final Faults faults;

	private final int count;

	private final double probability;

	private final long seed;

	private @Nullable Endpoint endpoint;

	FaultSpec(Faults faults, int count, double probability, long seed) {
		this.faults = faults;
		this.count = count;
		this.probability = probability;
		this.seed = seed;
	}

	/**
	 * Limits the fault to one endpoint (the only way to fault {@link Endpoint#TOKEN}).
	 * @param target the endpoint
	 * @return this spec
	 */
	public FaultSpec on(Endpoint target) {
		this.endpoint = target;
		return this;
	}

	/**
	 * Answers 429 with {@code Retry-After} in whole seconds (rounded up), without
	 * processing the request.
	 * @param retryAfter the delay advertised
	 */
	public void respondWith429(Duration retryAfter) {
		arm(FaultRule.Kind.TOO_MANY_REQUESTS, Faults.requirePositive(retryAfter, "retryAfter"), 429);
	}

	/**
	 * Answers 429 without {@code Retry-After} (the API does not document one), without
	 * processing the request.
	 */
	public void respondWith429() {
		arm(FaultRule.Kind.TOO_MANY_REQUESTS, null, 429);
	}

	/** Answers 503 {@code service_not_available} without processing the request. */
	public void respondWith503() {
		arm(FaultRule.Kind.SERVICE_UNAVAILABLE, null, 503);
	}

	/**
	 * Answers a bare status, such as 502 or 504 from a gateway, without processing the
	 * request.
	 * @param status an HTTP status from 400 to 599
	 */
	public void respondWithStatus(int status) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("status must be an error status, was " + status);
		}
		arm(FaultRule.Kind.STATUS, null, status);
	}

	/**
	 * Resets the connection before the request is processed: nothing changes on the
	 * emulator.
	 */
	public void resetConnection() {
		arm(FaultRule.Kind.RESET, null, 0);
	}

	/**
	 * Processes the request fully, then resets the connection instead of answering: a
	 * create has created the session, a complete has sent the callback. This is how to
	 * prove a client never blindly repeats a non-idempotent POST.
	 */
	public void resetAfterProcessing() {
		arm(FaultRule.Kind.RESET_AFTER_PROCESSING, null, 0);
	}

	/**
	 * Processes the request, then holds the answer back for the given time before sending
	 * it normally, so a client read timeout fires after the emulator already acted.
	 * @param delay how long to hold the answer
	 */
	public void delay(Duration delay) {
		arm(FaultRule.Kind.DELAY, Faults.requirePositive(delay, "delay"), 0);
	}

	private void arm(FaultRule.Kind kind, @Nullable Duration duration, int status) {
		faults.add(count > 0 ? FaultRule.counted(kind, endpoint, duration, status, count)
				: FaultRule.random(kind, endpoint, duration, status, probability, seed));
	}

}
