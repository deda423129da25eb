package dev.checkoutsessions.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Masks sensitive values for {@code toString()}: secrets, cryptograms and card numbers
 * must never reach a log line, and personal data is shown only as much as helps
 * debugging. Every method returns null for null so that absent fields stay absent.
 */
final class Redact {

	private static final String MASK = "****";

	private Redact() {
	}

	/**
	 * Keeps the key prefix ({@code sek_}) so the kind of secret is still recognisable.
	 */
	static @Nullable String secret(@Nullable String value) {
		if (value == null) {
			return null;
		}
		int underscore = value.indexOf('_');
		return underscore > 0 && underscore <= 4 ? value.substring(0, underscore + 1) + MASK : MASK;
	}

	static @Nullable String hidden(@Nullable Object value) {
		return value == null ? null : MASK;
	}

	/** Card and token numbers: only the last four characters, as printed on receipts. */
	static @Nullable String lastFour(@Nullable String value) {
		if (value == null) {
			return null;
		}
		if (value.length() <= 8) {
			return MASK;
		}
		return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
	}

	/** Keeps the first character and the domain: enough to tell two addresses apart. */
	static @Nullable String email(@Nullable String value) {
		if (value == null) {
			return null;
		}
		int at = value.lastIndexOf('@');
		return at > 0 ? value.charAt(0) + MASK + value.substring(at) : MASK;
	}

}
