package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One account's webhook credentials: the signature keys (several while a key is being
 * rotated in the Dashboard) and the optional {@code Authorization} value.
 */
final class WebhookAccount {

	private final String name;

	private final List<String> signatureKeys;

	private final byte @Nullable [] authorization;

	/**
	 * @param name the account's name, carried by its events
	 * @param signatureKeys at least one key
	 * @param authorization the Authorization value to require, {@code null} for none
	 */
	WebhookAccount(String name, List<String> signatureKeys, @Nullable String authorization) {
		if (signatureKeys.isEmpty()) {
			throw new IllegalArgumentException("An account's webhooks need at least one signature key");
		}
		this.name = name;
		this.signatureKeys = List.copyOf(signatureKeys);
		this.authorization = (authorization != null && !authorization.isEmpty())
				? authorization.getBytes(StandardCharsets.UTF_8) : null;
	}

	String name() {
		return this.name;
	}

	/**
	 * Whether any of the keys signed the body. Every key is tried whatever the earlier
	 * ones gave, each in constant time: how long this takes depends on how many keys
	 * there are, never on which one matched, so timing tells a sender nothing about the
	 * keys.
	 */
	boolean signed(byte[] body, String signature) {
		boolean verified = false;
		for (String key : this.signatureKeys) {
			verified |= WebhookSignature.verify(key, body, signature);
		}
		return verified;
	}

	/** Constant time too: the header value is a shared secret. */
	boolean authorized(@Nullable String header) {
		if (this.authorization == null) {
			return true;
		}
		return header != null && MessageDigest.isEqual(this.authorization, header.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		// Never the keys or the header value.
		return "WebhookAccount[" + this.name + ", " + this.signatureKeys.size() + " signature key(s)]";
	}

}
