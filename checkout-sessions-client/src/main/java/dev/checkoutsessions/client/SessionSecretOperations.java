package dev.checkoutsessions.client;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

/**
 * Session-scoped operations authenticated with one session's secret ({@code Authorization: sek_…}).
 * Answers read this way omit {@code session_secret}, {@code certificates}, {@code cryptogram} and
 * {@code eci}: read the final result with OAuth. A 401 here means the secret is wrong or has expired; it
 * is never retried.
 */
public interface SessionSecretOperations {

	/**
	 * Gets session details: {@code GET /sessions/{id}}.
	 * @param sessionId the session id
	 * @return the session
	 */
	GetSessionResponse getSessionDetails(String sessionId);

	/**
	 * Updates a session with channel data: {@code PUT /sessions/{id}/collect-data}.
	 * @param sessionId the session id
	 * @param channelData the channel data
	 * @return the updated session
	 */
	GetSessionResponse updateSession(String sessionId, ChannelData channelData);

	/**
	 * Completes a non-hosted session: {@code POST /sessions/{id}/complete}.
	 * @param sessionId the session id
	 */
	void completeSession(String sessionId);

	/**
	 * Sends the 3DS Method completion indicator: {@code PUT /sessions/{id}/issuer-fingerprint}.
	 * @param sessionId the session id
	 * @param request the completion indicator
	 * @return the updated session
	 */
	GetSessionResponse update3dsMethodCompletionIndicator(String sessionId, ThreeDsMethodCompletionRequest request);

}
