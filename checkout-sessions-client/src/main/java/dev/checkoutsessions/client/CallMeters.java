package dev.checkoutsessions.client;

/**
 * The client's own meters beside the call observation: retries
 * ({@code checkout.sessions.client.retries}), rate-limiter permits
 * ({@code checkout.sessions.client.rate-limit.waits}, {@code …rate-limit.denied}),
 * {@code Retry-After} values over the cap ({@code …retry-after.capped}) and the HTTP
 * requests in flight ({@code checkout.sessions.client.requests.in-flight}); a no-op
 * unless a Micrometer {@code MeterRegistry} was given to the builder.
 */
interface CallMeters {

	CallMeters NONE = (operation, reason) -> {
	};

	void retried(SessionsOperation operation, String reason);

	/**
	 * An answer asked to wait longer than {@code retry.maxRetryAfter}; the client waits
	 * the cap.
	 * @param operation the call that got the answer
	 */
	default void retryAfterCapped(SessionsOperation operation) {
	}

	/**
	 * A permit was asked for.
	 * @param kind the budget
	 * @param waitedNanos how long the caller waited
	 * @param acquired whether it got one
	 */
	default void permit(RateLimiter.Kind kind, long waitedNanos, boolean acquired) {
	}

	/**
	 * Gauges the HTTP requests in flight: waiting for a pooled connection or for their
	 * answer. Against {@code maxConnections} it shows how close the pool is to
	 * exhaustion.
	 * @param executor whose requests to count
	 * @param maxConnections the pool size, 0 when not known
	 */
	default void gaugeInFlight(CallExecutor executor, int maxConnections) {
	}

}
