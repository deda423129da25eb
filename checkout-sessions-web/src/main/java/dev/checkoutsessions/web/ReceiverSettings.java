package dev.checkoutsessions.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Checks the web features' settings at startup (public for their packages, not an API),
 * each failure naming its property and the fix.
 */
public final class ReceiverSettings {

	private ReceiverSettings() {
	}

	public static void requirePath(String property, @Nullable String path) {
		if (path == null || !path.startsWith("/") || path.contains("{") || path.contains("*")
				|| path.chars().anyMatch(Character::isWhitespace)) {
			throw new ReceiverConfigurationException(property,
					"must be a literal path starting with '/', was '" + path + "'",
					"Set '" + property + "' to a path such as '/checkout/webhooks'.");
		}
	}

	public static Duration requirePositive(String property, @Nullable Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new ReceiverConfigurationException(property, "must be a positive duration, was " + duration,
					"Set '" + property + "' to a duration such as '2s'.");
		}
		return duration;
	}

	public static int requireAtLeast(String property, int value, int minimum) {
		if (value < minimum) {
			throw new ReceiverConfigurationException(property, "must be at least " + minimum + ", was " + value,
					"Set '" + property + "' to " + minimum + " or more.");
		}
		return value;
	}

	public static String requireSignatureKey(@Nullable String key) {
		if (key == null || key.isBlank() || key.startsWith("${")) {
			throw new ReceiverConfigurationException("checkout.webhooks.signature-key",
					"is required when checkout.webhooks.enabled is true (every webhook is verified with it)",
					"Set 'checkout.webhooks.signature-key' to the signature key of your webhook in the Checkout.com"
							+ " Dashboard, e.g. signature-key: ${CHECKOUT_WEBHOOKS_SIGNATURE_KEY} with that environment variable, or"
							+ " set 'checkout.webhooks.enabled' to false.");
		}
		return key;
	}

}
