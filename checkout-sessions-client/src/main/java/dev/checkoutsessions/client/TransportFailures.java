package dev.checkoutsessions.client;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import javax.net.ssl.SSLHandshakeException;

import dev.checkoutsessions.client.CheckoutTransportException.Kind;

/**
 * Classifies I/O failures by whether the request can have reached the server, whatever
 * HTTP library Spring's request factory uses underneath (JDK, Apache HttpClient 5, Jetty,
 * Reactor Netty).
 */
final class TransportFailures {

	private TransportFailures() {
	}

	/**
	 * The transport failure of {@code request}.
	 * @param request what was attempted, e.g. {@code GET /sessions/{id}} or
	 * {@code POST <token URL>}
	 * @param failure what the HTTP library threw
	 */
	static CheckoutTransportException classify(String request, Throwable failure) {
		Kind kind = kindOf(failure);
		String what = request;
		String message = switch (kind) {
			case POOL_EXHAUSTED -> what + " failed: no pooled connection became free in time (" + rootMessage(failure)
					+ "); the request was not sent (raise maxConnections if this happens under " + "normal load)";
			case CONNECT_FAILED -> what + " failed: could not connect to Checkout.com (" + rootMessage(failure)
					+ "); the request was not sent";
			case TLS_HANDSHAKE_FAILED -> what + " failed: the TLS handshake with Checkout.com failed ("
					+ rootMessage(failure) + "); check the trust store or SSL bundle";
			case READ_TIMEOUT ->
				what + " failed: no answer within the read timeout; Checkout.com may have " + "processed the request";
			case CONNECTION_BROKEN -> what + " failed: the connection broke after the request was sent ("
					+ rootMessage(failure) + "); Checkout.com may have processed the request";
		};
		return new CheckoutTransportException(message, kind, failure);
	}

	/**
	 * A failure of a request that creates nothing (the warm-up's {@code HEAD}): the
	 * advice of {@link #classify} on whether Checkout.com may have processed it would
	 * mislead.
	 */
	static CheckoutTransportException ofProbe(String request, Throwable failure) {
		Kind kind = kindOf(failure);
		return new CheckoutTransportException(request + " failed (" + kind + ": " + rootMessage(failure)
				+ "); it creates nothing, and the first call connects again", kind, failure);
	}

	static Kind kindOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String type = cause.getClass().getSimpleName();
			// HttpClient 5 and Reactor Netty, by name: both libraries are optional.
			if (type.equals("ConnectionRequestTimeoutException") || type.equals("PoolAcquireTimeoutException")
					|| type.equals("PoolAcquirePendingLimitException")) {
				return Kind.POOL_EXHAUSTED;
			}
			if (cause instanceof SSLHandshakeException) {
				return Kind.TLS_HANDSHAKE_FAILED;
			}
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
					|| cause instanceof NoRouteToHostException || cause instanceof UnknownHostException
					|| cause.getClass().getSimpleName().equals("ConnectTimeoutException")) {
				return Kind.CONNECT_FAILED;
			}
			if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
					|| cause instanceof java.util.concurrent.TimeoutException
					|| (cause instanceof InterruptedIOException && cause.getMessage() != null
							&& cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timeout"))) {
				return Kind.READ_TIMEOUT;
			}
		}
		return Kind.CONNECTION_BROKEN;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
