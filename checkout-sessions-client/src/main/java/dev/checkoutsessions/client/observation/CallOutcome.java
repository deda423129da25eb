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
	 * The call ran out of its deadline ({@code checkout.call-timeout}) before an answer,
	 * other than waiting for a pooled connection.
	 */
	DEADLINE_EXCEEDED,

	/** No pooled connection became free within the call's deadline; nothing was sent. */
	POOL_EXHAUSTED,

	/** No permit of the client-side rate limit within its max wait; nothing was sent. */
	RATE_LIMITED,

	/**
	 * The client itself failed (a bug, e.g. a {@code NullPointerException} in an
	 * interceptor): says nothing about Checkout.com's health.
	 */
	INTERNAL_ERROR

}
