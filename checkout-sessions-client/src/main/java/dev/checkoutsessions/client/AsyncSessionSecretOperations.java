package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

/**
 * The {@link SessionSecretOperations} as {@code CompletableFuture}s.
 */
public interface AsyncSessionSecretOperations {

	/**
	 * Asynchronous {@link SessionSecretOperations#getSessionDetails(String)}.
	 * @param sessionId the session id
	 * @return the session
	 */
	CompletableFuture<GetSessionResponse> getSessionDetails(String sessionId);

	/**
	 * Asynchronous {@link SessionSecretOperations#updateSession(String, ChannelData)}.
	 * @param sessionId the session id
	 * @param channelData the channel data
	 * @return the updated session
	 */
	CompletableFuture<GetSessionResponse> updateSession(String sessionId, ChannelData channelData);

	/**
	 * Asynchronous {@link SessionSecretOperations#completeSession(String)}.
	 * @param sessionId the session id
	 * @return completes when the session was completed
	 */
	CompletableFuture<Void> completeSession(String sessionId);

	/**
	 * Asynchronous {@link SessionSecretOperations#update3dsMethodCompletionIndicator(String, ThreeDsMethodCompletionRequest)}.
	 * @param sessionId the session id
	 * @param request the completion indicator
	 * @return the updated session
	 */
	CompletableFuture<GetSessionResponse> update3dsMethodCompletionIndicator(String sessionId,
			ThreeDsMethodCompletionRequest request);

}
