package dev.checkoutsessions.autoconfigure.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What identifies a Checkout.com account to the rate limit, whatever the store: the
 * merchant's subdomain when set (one per account), otherwise a hash of the OAuth client
 * id (never the id itself). Checkout.com counts requests per account, so every limiter of
 * one identity takes from the same budget, and the identity is what a shared store keys
 * the account's buckets by.
 *
 * @since 0.2.0
 */
public final class AccountIdentity {

	private AccountIdentity() {
	}

	/**
	 * The identity of the account with this subdomain or client id.
	 * @param subdomain the subdomain, may be {@code null}
	 * @param clientId the OAuth client id, used when there is no subdomain
	 * @return the identity: the subdomain, trimmed and lower case, or
	 * {@code client-<16 hex digits of its SHA-256>}
	 */
	public static String of(@Nullable String subdomain, String clientId) {
		if (subdomain != null && !subdomain.isBlank()) {
			return subdomain.trim().toLowerCase(Locale.ROOT);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(clientId.getBytes(StandardCharsets.UTF_8));
			return "client-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
