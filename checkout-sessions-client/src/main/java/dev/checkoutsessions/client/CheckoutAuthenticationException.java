package dev.checkoutsessions.client;

import org.jspecify.annotations.Nullable;

/**
 * An OAuth access token could not be obtained from the token endpoint: the credentials or
 * scopes were rejected ({@link #getError()} holds the OAuth error such as
 * {@code invalid_client}), the endpoint failed, or it answered something that is not a
 * token.
 *
 * @since 0.1.0
 */
public class CheckoutAuthenticationException extends CheckoutException {

	private static final long serialVersionUID = 1L;

	/** The OAuth {@code error} code, or null. */
	private final @Nullable String error;

	/** HTTP status of the token endpoint's answer, 0 when none arrived. */
	private final int httpStatusCode;

	/** Whether trying again later may succeed. */
	private final boolean transientFailure;

	/**
	 * Creates an exception for a failed OAuth token request.
	 * @param message what failed; must not contain the client secret
	 * @param error the OAuth {@code error} code, such as {@code invalid_client}, or null
	 * @param httpStatusCode the token endpoint's HTTP status, or 0 when no answer arrived
	 * @param transientFailure whether trying again later may succeed (unreachable, 5xx or
	 * 429)
	 * @param cause the underlying failure, or null
	 */
	public CheckoutAuthenticationException(String message, @Nullable String error, int httpStatusCode,
			boolean transientFailure, @Nullable Throwable cause) {
		super(message, cause);
		this.error = error;
		this.httpStatusCode = httpStatusCode;
		this.transientFailure = transientFailure;
	}

	/**
	 * The OAuth {@code error} code from the token endpoint, e.g. {@code invalid_client}.
	 * @return the error or {@code null} when the endpoint did not answer with an OAuth
	 * error body
	 */
	public @Nullable String getError() {
		return this.error;
	}

	/**
	 * HTTP status of the token endpoint's answer.
	 * @return the status, or 0 when no answer was received
	 */
	public int getHttpStatusCode() {
		return this.httpStatusCode;
	}

	/**
	 * Whether trying again later may succeed (endpoint unreachable or 5xx/429) as opposed
	 * to rejected credentials or scopes.
	 * @return whether the failure is transient
	 */
	public boolean isTransient() {
		return this.transientFailure;
	}

	/**
	 * Whether Checkout.com rejected the client credentials themselves.
	 * @return whether the credentials were rejected
	 */
	public boolean isCredentialsRejected() {
		return "invalid_client".equals(this.error) || "unauthorized_client".equals(this.error);
	}

	@Override
	String describeFailure() {
		return "OAuth token " + ((this.error != null) ? this.error
				: (this.httpStatusCode > 0) ? "HTTP " + this.httpStatusCode : "unavailable");
	}

}
