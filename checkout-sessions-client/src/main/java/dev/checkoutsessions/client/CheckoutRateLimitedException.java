package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.Locale;

/**
 * No permit of the client-side rate limiter ({@code checkout.rate-limit.*}) was had
 * within its {@code max-wait} or what was left of the call's deadline. Nothing was sent:
 * the caller may try again later without risk, also for {@code POST /sessions}.
 *
 * @since 0.1.0
 */
public class CheckoutRateLimitedException extends CheckoutException {

	private static final long serialVersionUID = 1L;

	/** The budget the call drew on. */
	private final RateLimiter.Kind kind;

	/** How long the call waited for a permit. */
	private final Duration waited;

	/**
	 * Creates the exception.
	 * @param message why no permit came
	 * @param kind the budget the call drew on
	 * @param waited how long the call waited for a permit
	 */
	public CheckoutRateLimitedException(String message, RateLimiter.Kind kind, Duration waited) {
		super(message);
		this.kind = kind;
		this.waited = waited;
	}

	/**
	 * Which budget had no permit left.
	 * @return reads or writes
	 */
	public RateLimiter.Kind getKind() {
		return this.kind;
	}

	/**
	 * How long the call waited for a permit before giving up.
	 * @return the time waited
	 */
	public Duration getWaited() {
		return this.waited;
	}

	/**
	 * Always {@code false}: a call without a permit is never sent.
	 * @return {@code false}
	 */
	public boolean isRequestSent() {
		return false;
	}

	@Override
	String describeFailure() {
		return "no " + this.kind.name().toLowerCase(Locale.ROOT) + " permit";
	}

}
