package dev.checkoutsessions.web.delivery;

import java.util.Arrays;
import java.util.Optional;

/**
 * The webhook event types Checkout.com sends about 3-D Secure authentication. Other types
 * still arrive as {@link CheckoutWebhookEvent}s, with
 * {@link CheckoutWebhookEvent#getAuthenticationType()} empty.
 *
 * @since 0.1.0
 */
public enum AuthenticationEventType {

	/** {@code authentication_started}: the authentication began. */
	STARTED("authentication_started"),

	/** {@code authentication_approved}: the cardholder was authenticated. */
	APPROVED("authentication_approved"),

	/**
	 * {@code authentication_attempted}: authentication was attempted (liability shift may
	 * still apply).
	 */
	ATTEMPTED("authentication_attempted"),

	/**
	 * {@code authentication_expired}: the session expired before the cardholder finished.
	 */
	EXPIRED("authentication_expired"),

	/** {@code authentication_failed}: declined, rejected, unavailable or abandoned. */
	FAILED("authentication_failed");

	private final String type;

	AuthenticationEventType(String type) {
		this.type = type;
	}

	/**
	 * The wire value of the event's {@code type}.
	 * @return for example {@code authentication_approved}
	 */
	public String type() {
		return this.type;
	}

	/**
	 * Whether this event ends the authentication ({@code started} does not).
	 * @return {@code true} for every type but {@link #STARTED}
	 */
	public boolean isFinal() {
		return this != STARTED;
	}

	/**
	 * The authentication event type of a webhook {@code type}.
	 * @param type the wire value
	 * @return the type, or empty when it is not an authentication event
	 */
	public static Optional<AuthenticationEventType> of(String type) {
		return Arrays.stream(values()).filter((candidate) -> candidate.type.equals(type)).findFirst();
	}

}
