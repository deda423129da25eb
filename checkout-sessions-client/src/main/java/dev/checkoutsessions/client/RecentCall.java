package dev.checkoutsessions.client;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.observation.CallOutcome;

/**
 * Outcome of one finished logical call, kept for health reporting. Holds no session id or
 * card data.
 *
 * @param finishedAt when the call finished
 * @param operation the operation
 * @param outcome how it ended
 * @param statusCode HTTP status of the last answer, 0 when none arrived
 * @param errorType simple class name of the exception, {@code null} on success
 * @since 0.1.0
 */
public record RecentCall(Instant finishedAt, SessionsOperation operation, CallOutcome outcome, int statusCode,
		@Nullable String errorType) {
}
