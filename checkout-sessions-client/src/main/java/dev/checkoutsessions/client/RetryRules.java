package dev.checkoutsessions.client;

import org.jspecify.annotations.Nullable;

/**
 * The retry decision table: whether a failed attempt may be repeated depends on the operation and on
 * whether the request can have been processed. {@code POST /sessions} and {@code POST …/complete} are
 * repeated only when Checkout.com certainly did not act on them.
 */
final class RetryRules {

	private RetryRules() {
	}

	/**
	 * Low-cardinality reason to retry {@code failure} of {@code operation}, or {@code null} when it must not
	 * be retried.
	 */
	static @Nullable String retryReason(SessionsOperation operation, Throwable failure) {
		if (failure instanceof CheckoutTransportException transport) {
			return switch (transport.getKind()) {
				case CONNECT_FAILED -> "connect_failed";
				case TLS_HANDSHAKE_FAILED -> null;
				case READ_TIMEOUT -> operation.isIdempotent() ? "read_timeout" : null;
				case CONNECTION_BROKEN -> operation.isIdempotent() ? "connection_broken" : null;
			};
		}
		if (failure instanceof CheckoutApiException api) {
			int status = api.getHttpStatusCode();
			// 429 and 503 mean the request was turned away, not processed.
			if (status == 429 || status == 503) {
				return "http_" + status;
			}
			if (status == 500 || status == 502 || status == 504) {
				return operation.isIdempotent() ? "http_" + status : null;
			}
			return null;
		}
		if (failure instanceof CheckoutAuthenticationException auth) {
			// The API request was never sent when no token could be had.
			return auth.isTransient() ? "oauth_token_unavailable" : null;
		}
		return null;
	}

	/**
	 * Why {@code failure} was not retried when the caller needs to know (the request may have been
	 * processed), or {@code null} when the failure is simply permanent.
	 */
	static @Nullable String whyNotRetried(SessionsOperation operation, Throwable failure) {
		boolean maybeProcessed = (failure instanceof CheckoutTransportException transport && transport.isRequestSent())
				|| (failure instanceof CheckoutApiException api && api.getHttpStatusCode() >= 500);
		if (!operation.isIdempotent() && maybeProcessed) {
			return "not retried: " + operation.httpMethod() + " " + operation.uriTemplate()
					+ " may already have been processed and repeating it is not safe"
					+ ((operation == SessionsOperation.REQUEST_SESSION)
							? " (it could create a second session); look the session up or request a new one"
							: " (it would trigger a second callback); read the session to see whether it completed");
		}
		return null;
	}

}
