package dev.checkoutsessions.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An OAuth client the token endpoint accepts, and the account whose sessions its tokens
 * reach. {@code toString()} never shows the secret.
 */
record ClientRegistration(String account, String clientId, String clientSecret, Set<String> scopes) {

	boolean secretMatches(@Nullable String candidate) {
		return candidate != null && MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
				candidate.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "ClientRegistration[account=" + account + ", clientId=" + clientId + ", scopes=" + scopes + "]";
	}
}
