package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

/**
 * The {@link SessionsClient} operations as {@code CompletableFuture}s, run on the client's executor
 * (virtual threads on Java 21+, a bounded pool on Java 17, or the executor given to the builder).
 * Invalid arguments still fail immediately with {@link IllegalArgumentException}; everything else
 * completes the future exceptionally with the same exceptions the blocking calls throw.
 */
public interface AsyncSessionsClient {

	/**
	 * Asynchronous {@link SessionsClient#requestSession(SessionRequest)}.
	 * @param request the session request
	 * @return the created or accepted session
	 */
	CompletableFuture<SessionResponse> requestSession(SessionRequest request);

	/**
	 * Asynchronous {@link SessionsClient#getSessionDetails(String)}.
	 * @param sessionId the session id
	 * @return the session
	 */
	CompletableFuture<GetSessionResponse> getSessionDetails(String sessionId);

	/**
	 * Asynchronous {@link SessionsClient#updateSession(String, ChannelData)}.
	 * @param sessionId the session id
	 * @param channelData the channel data
	 * @return the updated session
	 */
	CompletableFuture<GetSessionResponse> updateSession(String sessionId, ChannelData channelData);

	/**
	 * Asynchronous {@link SessionsClient#completeSession(String)}.
	 * @param sessionId the session id
	 * @return completes when the session was completed
	 */
	CompletableFuture<Void> completeSession(String sessionId);

	/**
	 * Asynchronous {@link SessionsClient#update3dsMethodCompletionIndicator(String, ThreeDsMethodCompletionRequest)}.
	 * @param sessionId the session id
	 * @param request the completion indicator
	 * @return the updated session
	 */
	CompletableFuture<GetSessionResponse> update3dsMethodCompletionIndicator(String sessionId,
			ThreeDsMethodCompletionRequest request);

	/**
	 * Asynchronous session-secret operations.
	 * @param sessionSecret the session secret
	 * @return operations bound to that secret
	 */
	AsyncSessionSecretOperations withSessionSecret(String sessionSecret);

}
