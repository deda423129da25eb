package dev.checkoutsessions.emulator;

import java.time.Instant;
import java.util.Set;

/** An issued bearer token: who it was issued to, what it may do and until when. */
record AccessToken(String clientId, Set<String> scopes, Instant expiresAt) {

	boolean isExpiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}
}
