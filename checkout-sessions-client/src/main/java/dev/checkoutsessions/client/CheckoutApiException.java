package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Checkout.com answered with a non-2xx status. Carries the status, the request id from the
 * {@code Cko-Request-Id} header (quote it to Checkout.com support) and the {@code error_type} /
 * {@code error_codes} of the error body when the body was JSON.
 *
 * @since 0.1.0
 */
public class CheckoutApiException extends CheckoutException {

	private static final long serialVersionUID = 1L;

	private final int httpStatusCode;

	private final @Nullable String requestId;

	private final @Nullable String errorType;

	private final List<String> errorCodes;

	private final @Nullable Duration retryAfter;

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
	 * Value of the {@code Cko-Request-Id} response header (matched case-insensitively), falling back to
	 * the body's {@code request_id}.
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
