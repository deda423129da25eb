package dev.checkoutsessions.emulator;

import java.time.Instant;
import java.util.Set;

/**
 * An issued bearer token: the account and client it was issued to, what it may do and
 * until when.
 */
record AccessToken(String account, String clientId, Set<String> scopes, Instant expiresAt) {

	boolean isExpiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}
}
