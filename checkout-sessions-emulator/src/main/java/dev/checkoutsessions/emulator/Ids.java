package dev.checkoutsessions.emulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Generates identifiers in the formats the Sessions API uses, so clients validating
 * formats accept them.
 */
final class Ids {

	/** Lowercase base32 (RFC 4648 letters, digits 2–7), the alphabet of real ids. */
	private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

	private final SecureRandom random = new SecureRandom();

	/** {@code sid_} followed by 26 lowercase base32 characters. */
	String sessionId() {
		return prefixed("sid");
	}

	/**
	 * {@code sek_} followed by 44 base64 characters (32 random bytes), as in the API's
	 * example secret.
	 */
	String sessionSecret() {
		return "sek_" + Base64.getEncoder().encodeToString(bytes(32));
	}

	/**
	 * An opaque bearer token; real ones are JWTs, but clients must treat them as opaque
	 * anyway.
	 */
	String accessToken() {
		return "emu_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
	}

	/**
	 * A prefixed id such as {@code src_…} or {@code pc_…}: prefix, underscore, 26
	 * lowercase base32 characters.
	 */
	String prefixed(String prefix) {
		return prefix + "_" + base32(26);
	}

	/** 43 URL-safe base64 characters (32 random bytes), for generated client secrets. */
	String urlSafeSecret() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
	}

	/**
	 * 64 hex characters (32 random bytes), for generated webhook signature keys: the
	 * shape the Spring test support generates for
	 * {@code checkout.webhooks.signature-key}.
	 */
	String hexKey() {
		return java.util.HexFormat.of().formatHex(bytes(32));
	}

	/** A 28-character base64 CAVV/AAV-like cryptogram (20 bytes). */
	String cryptogram() {
		return Base64.getEncoder().encodeToString(bytes(20));
	}

	/** A 32-character reference number such as the DS and ACS ones in the fixtures. */
	String referenceNumber() {
		return UUID.randomUUID().toString().substring(0, 32);
	}

	String uuid() {
		return UUID.randomUUID().toString();
	}

	private String base32(int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(BASE32.charAt(random.nextInt(BASE32.length())));
		}
		return id.toString();
	}

	private byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

}
