package dev.checkoutsessions.client;

/**
 * The call failed below HTTP: the connection could not be made, was reset, or an answer
 * did not arrive in time. {@link #isRequestSent()} tells whether Checkout.com may have
 * received (and processed) the request, which decides whether it was safe to retry.
 *
 * @since 0.1.0
 */
public class CheckoutTransportException extends CheckoutException {

	private static final long serialVersionUID = 1L;

	/** What went wrong on the wire. */
	public enum Kind {

		/** The connection could not be established; nothing was sent. */
		CONNECT_FAILED(false),

		/**
		 * No connection of the client's pool became free in time
		 * ({@code checkout.http.max-connections}); nothing was sent.
		 */
		POOL_EXHAUSTED(false),

		/**
		 * The TLS handshake failed (untrusted certificate, protocol mismatch); nothing
		 * was sent.
		 */
		TLS_HANDSHAKE_FAILED(false),

		/**
		 * The request was sent but no complete answer arrived within the read timeout.
		 */
		READ_TIMEOUT(true),

		/** The connection broke after the request may have been sent. */
		CONNECTION_BROKEN(true);

		private final boolean requestSent;

		Kind(boolean requestSent) {
			this.requestSent = requestSent;
		}

	}

	/** What went wrong on the wire. */
	private final Kind kind;

	/**
	 * Creates an exception for a call that got no usable HTTP answer.
	 * @param message what failed
	 * @param kind what went wrong on the wire, which tells whether the request may have
	 * been processed
	 * @param cause the I/O failure
	 */
	public CheckoutTransportException(String message, Kind kind, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	/**
	 * What went wrong on the wire.
	 * @return the kind of failure
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * Whether the request may have reached Checkout.com: {@code false} only when no
	 * connection was had (connect failure, TLS handshake failure, pool exhausted).
	 * @return whether the request may have been processed
	 */
	public boolean isRequestSent() {
		return this.kind.requestSent;
	}

	@Override
	String describeFailure() {
		return this.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

}
