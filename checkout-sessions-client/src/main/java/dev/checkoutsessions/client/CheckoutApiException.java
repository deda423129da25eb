package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Checkout.com answered with a non-2xx status. Carries the status, the request id from
 * the {@code Cko-Request-Id} header (quote it to Checkout.com support) and the
 * {@code error_type} / {@code error_codes} of the error body when the body was JSON.
 *
 * @since 0.1.0
 */
public class CheckoutApiException extends CheckoutException {

	private static final long serialVersionUID = 1L;

	/** HTTP status of the answer. */
	private final int httpStatusCode;

	/** {@code Cko-Request-Id} header or body {@code request_id}, or null. */
	private final @Nullable String requestId;

	/** The body's {@code error_type}, or null. */
	private final @Nullable String errorType;

	/** The body's {@code error_codes}, empty when none. */
	private final List<String> errorCodes;

	/** The {@code Retry-After} delay, or null. */
	private final @Nullable Duration retryAfter;

	/**
	 * Creates an exception for a 4xx or 5xx answer of the Sessions API.
	 * @param message what failed; must not contain secrets or card data
	 * @param httpStatusCode the HTTP status of the answer
	 * @param requestId the {@code Cko-Request-Id} header or the body's
	 * {@code request_id}, or null
	 * @param errorType the body's {@code error_type}, such as
	 * {@code unprocessable_entity}, or null
	 * @param errorCodes the body's {@code error_codes}, such as
	 * {@code currency_required}; copied
	 * @param retryAfter the delay of a {@code Retry-After} header, or null
	 */
	public CheckoutApiException(String message, int httpStatusCode, @Nullable String requestId,
			@Nullable String errorType, List<String> errorCodes, @Nullable Duration retryAfter) {
		super(message);
		this.httpStatusCode = httpStatusCode;
		this.requestId = requestId;
		this.errorType = errorType;
		this.errorCodes = List.copyOf(errorCodes);
		this.retryAfter = retryAfter;
	}

	/**
	 * HTTP status code of the answer.
	 * @return the status code
	 */
	public int getHttpStatusCode() {
		return this.httpStatusCode;
	}

	/**
	 * Value of the {@code Cko-Request-Id} response header (matched case-insensitively),
	 * falling back to the body's {@code request_id}.
	 * @return the request id or {@code null} when the answer carried none
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * The body's {@code error_type}, e.g. {@code operation_not_allowed}.
	 * @return the error type or {@code null} when the body was empty or not JSON
	 */
	public @Nullable String getErrorType() {
		return this.errorType;
	}

	/**
	 * The body's {@code error_codes}, e.g. {@code [update_not_allowed_due_to_state]}.
	 * @return the error codes, empty when there were none
	 */
	public List<String> getErrorCodes() {
		return this.errorCodes;
	}

	/**
	 * Delay the server asked for in a {@code Retry-After} header.
	 * @return the delay, empty when the header was absent or unreadable
	 */
	public Optional<Duration> getRetryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	@Override
	String describeFailure() {
		return "HTTP " + this.httpStatusCode + ((this.errorType != null) ? " " + this.errorType : "");
	}

}
