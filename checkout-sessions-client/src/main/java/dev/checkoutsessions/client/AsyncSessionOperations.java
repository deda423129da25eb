package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.ChannelType;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

/**
 * The {@link SessionOperations} as {@code CompletableFuture}s.
 *
 * @since 0.1.0
 */
public interface AsyncSessionOperations {

	/**
	 * Asynchronous {@link SessionOperations#getSessionDetails(String)}.
	 * @param sessionId the session id
	 * @return the session
	 */
	CompletableFuture<GetSessionResponse> getSessionDetails(String sessionId);

	/**
	 * Asynchronous {@link SessionOperations#getSessionDetails(String, ChannelType)}.
	 * @param sessionId the session id
	 * @param channel {@link ChannelType#BROWSER} or {@link ChannelType#APP}
	 * @return the session, when it arrives
	 */
	CompletableFuture<GetSessionResponse> getSessionDetails(String sessionId, ChannelType channel);

	/**
	 * Asynchronous {@link SessionOperations#updateSession(String, ChannelData)}.
	 * @param sessionId the session id
	 * @param channelData the channel data
	 * @return the updated session
	 */
	CompletableFuture<GetSessionResponse> updateSession(String sessionId, ChannelData channelData);

	/**
	 * Asynchronous {@link SessionOperations#completeSession(String)}.
	 * @param sessionId the session id
	 * @return completes when the session was completed
	 */
	CompletableFuture<Void> completeSession(String sessionId);

	/**
	 * Asynchronous
	 * {@link SessionOperations#update3dsMethodCompletionIndicator(String, ThreeDsMethodCompletionRequest)}.
	 * @param sessionId the session id
	 * @param request the completion indicator
	 * @return the updated session
	 */
	CompletableFuture<GetSessionResponse> update3dsMethodCompletionIndicator(String sessionId,
			ThreeDsMethodCompletionRequest request);

}
