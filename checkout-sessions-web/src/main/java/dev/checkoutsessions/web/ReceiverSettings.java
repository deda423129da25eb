package dev.checkoutsessions.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * Checks the receivers' settings at startup. A failure is the client's
 * {@link CheckoutConfigurationException} naming the property, the problem and the fix, so
 * the starter reports it like every other {@code checkout.*} setting.
 */
final class ReceiverSettings {

	private ReceiverSettings() {
	}

	static void requirePath(String property, @Nullable String path) {
		if (path == null || !path.startsWith("/") || path.contains("{") || path.contains("*")
				|| path.chars().anyMatch(Character::isWhitespace)) {
			throw new CheckoutConfigurationException(property,
					"must be a literal path starting with '/', was '" + path + "'",
					"Set '" + property + "' to a path such as '/checkout/webhooks'.");
		}
	}

	static int requireBodySize(String property, @Nullable DataSize size) {
		if (size == null || size.toBytes() < 1 || size.toBytes() > DeliveryBodies.DRAIN_LIMIT) {
			throw new CheckoutConfigurationException(property, "must be between 1B and 16MB, was " + size,
					"Set '" + property + "' to a size such as '64KB'.");
		}
		return (int) size.toBytes();
	}

	static Duration requirePositive(String property, @Nullable Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new CheckoutConfigurationException(property, "must be a positive duration, was " + duration,
					"Set '" + property + "' to a duration such as '2s'.");
		}
		return duration;
	}

	static int requireAtLeast(String property, int value, int minimum) {
		if (value < minimum) {
			throw new CheckoutConfigurationException(property, "must be at least " + minimum + ", was " + value,
					"Set '" + property + "' to " + minimum + " or more.");
		}
		return value;
	}

	static String requireSignatureKey(@Nullable String key) {
		if (key == null || key.isBlank() || key.startsWith("${")) {
			throw new CheckoutConfigurationException("checkout.webhooks.signature-key",
					"is required when checkout.webhooks.enabled is true (every webhook is verified with it)",
					"Set 'checkout.webhooks.signature-key' to the signature key of your webhook in the Checkout.com"
							+ " Dashboard, e.g. signature-key: ${CHECKOUT_WEBHOOKS_SIGNATURE_KEY} with that environment variable, or"
							+ " set 'checkout.webhooks.enabled' to false.");
		}
		return key;
	}

}
