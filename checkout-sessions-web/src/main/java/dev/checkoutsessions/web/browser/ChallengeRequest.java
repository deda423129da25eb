package dev.checkoutsessions.web.browser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.ThreeDsInfo;

/**
 * The EMVCo challenge request (CReq) a challenged session carries in
 * {@code 3ds.challenge_request}: base64url JSON that the browser posts, unchanged, to
 * {@code acs.url} as the {@code creq} form field. Decoded here for what the page must
 * know before posting it: the window size to give the challenge iframe.
 *
 * @param encoded the base64url text, as the API sent it (post this, never a re-encoding)
 * @param threeDsServerTransactionId {@code threeDSServerTransID}
 * @param acsTransactionId {@code acsTransID}, when present
 * @param messageVersion {@code messageVersion}, when present
 * @param windowSize {@code challengeWindowSize}; {@link ChallengeWindowSize#FULL_SCREEN}
 * when absent (EMVCo's fallback for a browser whose size is unknown)
 * @since 0.1.0
 */
public record ChallengeRequest(String encoded, @Nullable String threeDsServerTransactionId,
		@Nullable String acsTransactionId, @Nullable String messageVersion, ChallengeWindowSize windowSize) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Decodes a CReq.
	 * @param encoded base64url JSON, with or without padding
	 * @return the decoded request
	 * @throws IllegalArgumentException naming {@code 3ds.challenge_request} when the text
	 * is not base64url JSON or its {@code challengeWindowSize} is not one of
	 * {@code 01}–{@code 05}
	 */
	public static ChallengeRequest decode(@Nullable String encoded) {
		if (encoded == null || encoded.isBlank()) {
			throw new IllegalArgumentException("3ds.challenge_request is missing: the session carries no CReq");
		}
		JsonNode creq;
		try {
			byte[] json = Base64.getUrlDecoder().decode(encoded.trim().replace("=", ""));
			creq = JSON.readTree(new String(json, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new IllegalArgumentException("3ds.challenge_request is not base64url-encoded JSON (an EMVCo CReq)");
		}
		if (creq == null || !creq.isObject()) {
			throw new IllegalArgumentException("3ds.challenge_request is not a JSON object (an EMVCo CReq)");
		}
		String size = text(creq, "challengeWindowSize");
		ChallengeWindowSize windowSize = (size == null) ? ChallengeWindowSize.FULL_SCREEN
				: ChallengeWindowSize.ofCode(size)
					.orElseThrow(() -> new IllegalArgumentException("3ds.challenge_request has challengeWindowSize '"
							+ size + "'; EMVCo defines 01 (250x400), 02 (390x400), 03 (500x600), 04 (600x400) and "
							+ "05 (full screen)"));
		return new ChallengeRequest(encoded, text(creq, "threeDSServerTransID"), text(creq, "acsTransID"),
				text(creq, "messageVersion"), windowSize);
	}

	/**
	 * The CReq of a challenged session.
	 * @param session a session read from the API
	 * @return the decoded CReq, or empty when the session has none
	 */
	public static Optional<ChallengeRequest> of(GetSessionResponse session) {
		ThreeDsInfo threeDs = session.getThreeDs();
		String encoded = (threeDs != null) ? threeDs.getChallengeRequest() : null;
		return (encoded == null || encoded.isBlank()) ? Optional.empty() : Optional.of(decode(encoded));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

}
