package dev.checkoutsessions.emulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A validated {@code POST /sessions} body: what the session keeps from the request.
 *
 * @param cardNumber the PAN for card and network-token sources, otherwise {@code null};
 * never logged
 * @param echoes request objects the API returns as they were sent ({@code account_info},
 * {@code recurring}…)
 */
record SessionRequest(@Nullable String cardNumber, String scheme, String cardFingerprint, @Nullable Long amount,
		String currency, String authenticationType, String authenticationCategory, String challengeIndicator,
		String transactionType, @Nullable String reference, Completion completion, @Nullable ObjectNode channelData,
		ObjectNode echoes) {

	@Override
	public String toString() {
		return "SessionRequest[scheme=" + scheme + ", amount=" + amount + ", currency=" + currency + ", reference="
				+ reference + "]";
	}
}
