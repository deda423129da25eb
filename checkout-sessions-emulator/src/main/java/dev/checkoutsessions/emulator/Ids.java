package dev.checkoutsessions.emulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Generates identifiers in the formats the Sessions API uses, so clients validating
 * formats accept them.
 */
final class Ids {

	private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

	private final SecureRandom random = new SecureRandom();

	/** {@code sid_} followed by 26 lowercase alphanumerics. */
	String sessionId() {
		return "sid_" + lowerAlnum(26);
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
	 * lowercase alphanumerics.
	 */
	String prefixed(String prefix) {
		return prefix + "_" + lowerAlnum(26);
	}

	/** 43 URL-safe base64 characters (32 random bytes), for generated client secrets. */
	String urlSafeSecret() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
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

	private String lowerAlnum(int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(LOWER_ALNUM.charAt(random.nextInt(LOWER_ALNUM.length())));
		}
		return id.toString();
	}

	private byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

}
