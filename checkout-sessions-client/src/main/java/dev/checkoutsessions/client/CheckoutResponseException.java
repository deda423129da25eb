package dev.checkoutsessions.client;

import org.jspecify.annotations.Nullable;

/**
 * Checkout.com (or something in between, such as a proxy) answered with a success status
 * but a body the client cannot use: not JSON, truncated, empty where a session was
 * expected, or larger than the configured limit.
 *
 * @since 0.1.0
 */
public class CheckoutResponseException extends CheckoutException {

	private static final long serialVersionUID = 1L;

	/** HTTP status of the unusable answer. */
	private final int httpStatusCode;

	/** {@code Cko-Request-Id} header, or null. */
	private final @Nullable String requestId;

	/**
	 * Creates an exception for a success answer whose body cannot be used.
	 * @param message what was wrong with the answer; must not contain its secrets
	 * @param httpStatusCode the HTTP status of the answer
	 * @param requestId the {@code Cko-Request-Id} header, or null
	 * @param cause the parsing failure, or null
	 */
	public CheckoutResponseException(String message, int httpStatusCode, @Nullable String requestId,
			@Nullable Throwable cause) {
		super(message, cause);
		this.httpStatusCode = httpStatusCode;
		this.requestId = requestId;
	}

	/**
	 * HTTP status code of the unusable answer.
	 * @return the status code
	 */
	public int getHttpStatusCode() {
		return this.httpStatusCode;
	}

	/**
	 * Value of the {@code Cko-Request-Id} response header.
	 * @return the request id or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	@Override
	String describeFailure() {
		return "unusable HTTP " + this.httpStatusCode + " body";
	}

}
