package dev.checkoutsessions.client.observation;

/**
 * Value of the {@code outcome} observation key.
 */
public enum CallOutcome {

	/** The call succeeded. */
	SUCCESS,

	/** Checkout.com rejected the request (4xx) or the OAuth credentials. */
	CLIENT_ERROR,

	/** Checkout.com failed (5xx) or answered with an unusable body. */
	SERVER_ERROR,

	/** No usable answer: connection failure, reset or timeout. */
	TRANSPORT_ERROR

}
