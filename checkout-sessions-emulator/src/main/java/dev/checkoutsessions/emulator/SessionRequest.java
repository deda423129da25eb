package dev.checkoutsessions.emulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * A validated {@code POST /sessions} body: what the session keeps from the request.
 *
 * @param cardNumber the PAN for card and network-token sources, otherwise {@code null}; never logged
 * @param echoes request objects the API returns as they were sent ({@code account_info}, {@code recurring}…)
 */
record SessionRequest(String cardNumber, String scheme, String cardFingerprint, Long amount, String currency,
		String authenticationType, String authenticationCategory, String challengeIndicator, String transactionType,
		String reference, Completion completion, ObjectNode channelData, ObjectNode echoes) {

	@Override
	public String toString() {
		return "SessionRequest[scheme=" + scheme + ", amount=" + amount + ", currency=" + currency + ", reference="
				+ reference + "]";
	}
}
