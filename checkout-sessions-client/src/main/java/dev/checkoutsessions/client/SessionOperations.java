package dev.checkoutsessions.client;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.ChannelType;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

/**
 * The four operations on an existing session. {@link SessionsClient} runs them with
 * OAuth, {@link SessionSecretOperations} with one session's secret; the signatures are
 * the same.
 *
 * @since 0.1.0
 */
public interface SessionOperations {

	/**
	 * Gets session details: {@code GET /sessions/{id}}.
	 * @param sessionId the session id ({@code sid_…})
	 * @return the session
	 */
	GetSessionResponse getSessionDetails(String sessionId);

	/**
	 * Gets session details for one channel: {@code GET /sessions/{id}} with the
	 * {@code channel} header, which limits {@code next_actions} to that channel.
	 * @param sessionId the session id ({@code sid_…})
	 * @param channel {@link ChannelType#BROWSER} or {@link ChannelType#APP}
	 * @return the session
	 * @throws IllegalArgumentException if {@code channel} is null or another channel
	 */
	GetSessionResponse getSessionDetails(String sessionId, ChannelType channel);

	/**
	 * Updates a session with channel data: {@code PUT /sessions/{id}/collect-data}.
	 * @param sessionId the session id
	 * @param channelData browser, app or merchant-initiated channel data
	 * @return the updated session
	 */
	GetSessionResponse updateSession(String sessionId, ChannelData channelData);

	/**
	 * Completes a non-hosted session: {@code POST /sessions/{id}/complete} (204).
	 * Checkout.com then posts the result to the session's {@code callback_url}.
	 * @param sessionId the session id
	 */
	void completeSession(String sessionId);

	/**
	 * Sends the 3DS Method completion indicator: {@code PUT
	 * /sessions/{id}/issuer-fingerprint}.
	 * @param sessionId the session id
	 * @param request the completion indicator ({@code Y}, {@code N} or {@code U})
	 * @return the updated session
	 */
	GetSessionResponse update3dsMethodCompletionIndicator(String sessionId, ThreeDsMethodCompletionRequest request);

}
