package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;

import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;

/**
 * The {@link SessionsClient} operations as {@code CompletableFuture}s, run on the
 * client's executor (virtual threads on Java 21+, a bounded pool on Java 17, or the
 * executor given to the builder). Invalid arguments still fail immediately with
 * {@link IllegalArgumentException}; everything else completes the future exceptionally
 * with the same exceptions the blocking calls throw.
 *
 * @since 0.1.0
 */
public interface AsyncSessionsClient extends AsyncSessionOperations {

	/**
	 * Asynchronous {@link SessionsClient#requestSession(SessionRequest)}.
	 * @param request the session request
	 * @return the created or accepted session
	 */
	CompletableFuture<SessionResponse> requestSession(SessionRequest request);

	/**
	 * Asynchronous session-secret operations.
	 * @param sessionSecret the session secret
	 * @return operations bound to that secret
	 */
	AsyncSessionSecretOperations withSessionSecret(String sessionSecret);

}
