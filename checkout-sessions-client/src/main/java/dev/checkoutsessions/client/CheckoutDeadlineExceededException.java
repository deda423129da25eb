package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A call ran out of its {@code callTimeout} ({@code checkout.call-timeout}): the deadline
 * of the whole logical call, OAuth token, connection wait, every attempt and backoff
 * included. {@link #getPhase()} says what the call was waiting for when time ran out, the
 * message says where the time went, and {@link #isRequestSent()} whether Checkout.com may
 * have received, and processed, the request. Whether it was repeated followed the retry
 * table as always: running out of time never makes a {@code POST} repeatable.
 *
 * @since 0.1.0
 */
public class CheckoutDeadlineExceededException extends CheckoutException {

	private static final long serialVersionUID = 1L;

	/** What the call was waiting for when the deadline passed. */
	public enum Phase {

		/** An OAuth access token; the API request was not sent. */
		OAUTH_TOKEN(false),

		/**
		 * A free connection of the client's pool ({@code checkout.http.max-connections});
		 * nothing was sent.
		 */
		CONNECTION_POOL(false),

		/** A new connection to Checkout.com; nothing was sent. */
		CONNECT(false),

		/** The answer to a request that was sent: Checkout.com may have processed it. */
		RESPONSE(true);

		private final boolean requestSent;

		Phase(boolean requestSent) {
			this.requestSent = requestSent;
		}

	}

	/** Where the call was when its time ran out. */
	private final Phase phase;

	/** The deadline the call had. */
	private final Duration callTimeout;

	/** Whether the request may have reached Checkout.com. */
	private final boolean requestSent;

	/**
	 * Creates the exception.
	 * @param message where the time went
	 * @param phase where the call was when its time ran out
	 * @param callTimeout the call's deadline
	 * @param requestSent whether the request may have reached Checkout.com
	 * @param cause the failure that ended the last attempt, if any
	 */
	public CheckoutDeadlineExceededException(String message, Phase phase, Duration callTimeout, boolean requestSent,
			@Nullable Throwable cause) {
		super(message, cause);
		this.phase = phase;
		this.callTimeout = callTimeout;
		this.requestSent = requestSent;
	}

	/**
	 * What the call was waiting for when its deadline passed.
	 * @return the phase
	 */
	public Phase getPhase() {
		return this.phase;
	}

	/**
	 * The deadline that passed.
	 * @return the call timeout
	 */
	public Duration getCallTimeout() {
		return this.callTimeout;
	}

	/**
	 * Whether any request of this call may have reached Checkout.com (and been
	 * processed): {@code false} when the time went to the token, the connection pool or
	 * connecting before anything was sent.
	 * @return whether the request may have been processed
	 */
	public boolean isRequestSent() {
		return this.requestSent;
	}

	/**
	 * Whether the time ran out waiting for a pooled connection: the pool
	 * ({@code checkout.http.max-connections}) is too small for the load, or connections
	 * are held by calls to a server that does not answer.
	 * @return whether the pool was exhausted
	 */
	public boolean isPoolExhausted() {
		return this.phase == Phase.CONNECTION_POOL;
	}

	@Override
	String describeFailure() {
		return "call timeout in " + this.phase.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
