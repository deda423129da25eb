package dev.checkoutsessions.client;

/**
 * Counts retries ({@code checkout.sessions.client.retries}); a no-op unless a Micrometer
 * {@code MeterRegistry} was given to the builder.
 */
interface RetryRecorder {

	RetryRecorder NONE = (operation, reason) -> {
	};

	void retried(SessionsOperation operation, String reason);

}
