package dev.checkoutsessions.client.observation;

/**
 * Value of the {@code outcome} observation key.
 *
 * @since 0.1.0
 */
public enum CallOutcome {

	/** The call succeeded. */
	SUCCESS,

	/** Checkout.com rejected the request (4xx) or the OAuth credentials. */
	CLIENT_ERROR,

	/** Checkout.com failed (5xx) or answered with an unusable body. */
	SERVER_ERROR,

	/** No usable answer: connection failure, reset or timeout. */
	TRANSPORT_ERROR,

	/**
	 * The client itself failed (a bug, e.g. a {@code NullPointerException} in an interceptor): says nothing
	 * about Checkout.com's health.
	 */
	INTERNAL_ERROR

}
