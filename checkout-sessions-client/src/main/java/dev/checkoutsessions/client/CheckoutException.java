package dev.checkoutsessions.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception thrown by the Sessions client. Unchecked.
 *
 * <p>
 * When a call was attempted more than once, {@link #getAttempts()} says how many times
 * and {@link #getAttemptFailures()} why each attempt failed; the message ends with the
 * same summary. Messages never contain secrets, tokens or card data.
 *
 * @since 0.1.0
 */
public class CheckoutException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** HTTP attempts made for the logical call, 1 when it was not retried. */
	private int attempts = 1;

	/** One short description per failed attempt, oldest first. */
	private List<String> attemptFailures = List.of();

	/**
	 * The attempt summary appended to the message, or null when the call was not retried.
	 */
	private @Nullable String retrySummary;

	/**
	 * Creates an exception for a failure that has no underlying cause.
	 * @param message what failed; must not contain secrets or card data
	 */
	public CheckoutException(String message) {
		super(message);
	}

	/**
	 * Creates an exception caused by another.
	 * @param message what failed; must not contain secrets or card data
	 * @param cause the underlying failure, or null
	 */
	public CheckoutException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/**
	 * Number of HTTP attempts made for the logical call that failed (1 when it was not
	 * retried).
	 * @return the number of attempts
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * One short description per failed attempt, oldest first (e.g.
	 * {@code "HTTP 503 service_not_available"}).
	 * @return the attempt failures, never {@code null}
	 */
	public List<String> getAttemptFailures() {
		return this.attemptFailures;
	}

	/** Short description of this failure used in attempt summaries. */
	String describeFailure() {
		return getClass().getSimpleName();
	}

	void recordAttempts(List<String> failures, String outcome) {
		this.attempts = failures.size();
		this.attemptFailures = Collections.unmodifiableList(new ArrayList<>(failures));
		StringBuilder summary = new StringBuilder(" [").append(this.attempts).append(" attempts: ");
		for (int i = 0; i < failures.size(); i++) {
			summary.append(i == 0 ? "" : ", ").append(i + 1).append(") ").append(failures.get(i));
		}
		this.retrySummary = summary.append("; ").append(outcome).append(']').toString();
	}

	/**
	 * Takes over the attempt count of the failure this one wraps, without repeating its
	 * summary.
	 */
	void copyAttempts(CheckoutException wrapped) {
		this.attempts = wrapped.attempts;
		this.attemptFailures = wrapped.attemptFailures;
	}

	@Override
	public @Nullable String getMessage() {
		String message = super.getMessage();
		return (this.retrySummary != null) ? message + this.retrySummary : message;
	}

}
