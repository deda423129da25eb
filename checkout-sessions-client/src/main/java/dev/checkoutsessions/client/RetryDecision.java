package dev.checkoutsessions.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Whether a failed attempt may be repeated, decided in one place. It depends on the
 * operation and on whether the request can have been processed: {@code POST /sessions}
 * and {@code POST …/complete} are repeated only when Checkout.com certainly did not act
 * on them.
 *
 * @param retry whether the attempt may be repeated
 * @param reason low-cardinality reason of a retry (the {@code reason} tag), {@code null}
 * when not retried
 * @param whyNotRetried why the failure was not retried when the caller needs to know (the
 * request may have been processed), {@code null} when it was retried or is simply
 * permanent
 * @param minimumDelay the server's {@code Retry-After}, {@code null} when it sent none
 */
record RetryDecision(boolean retry, @Nullable String reason, @Nullable String whyNotRetried,
		@Nullable Duration minimumDelay) {

	private static final RetryDecision PERMANENT = new RetryDecision(false, null, null, null);

	static RetryDecision of(SessionsOperation operation, Throwable failure) {
		if (failure instanceof CheckoutAuthenticationException auth) {
			// No token could be had, so the API request was never sent.
			return auth.isTransient() ? retry("oauth_token_unavailable", null) : PERMANENT;
		}
		if (failure instanceof CheckoutRateLimitedException || failure instanceof CheckoutDeadlineExceededException) {
			// The wait allowed is spent: another attempt would wait again.
			return PERMANENT;
		}
		if (failure instanceof CheckoutTransportException transport) {
			return switch (transport.getKind()) {
				// Nothing was sent.
				case CONNECT_FAILED -> retry("connect_failed", null);
				case POOL_EXHAUSTED -> retry("pool_exhausted", null);
				// A wrong trust store fails the same way every time.
				case TLS_HANDSHAKE_FAILED -> PERMANENT;
				// The request was sent and may have been processed.
				case READ_TIMEOUT -> operation.isIdempotent() ? retry("read_timeout", null) : unsafe(operation);
				case CONNECTION_BROKEN ->
					operation.isIdempotent() ? retry("connection_broken", null) : unsafe(operation);
			};
		}
		if (failure instanceof CheckoutApiException api) {
			int status = api.getHttpStatusCode();
			Duration retryAfter = api.getRetryAfter().orElse(null);
			// 429 and 503 mean the request was turned away, not processed.
			if (status == 429 || status == 503) {
				return retry("http_" + status, retryAfter);
			}
			// Other 5xx may have been processed: repeat only what is harmless to repeat.
			if (status == 500 || status == 502 || status == 504) {
				return operation.isIdempotent() ? retry("http_" + status, retryAfter) : unsafe(operation);
			}
			return (status >= 500 && !operation.isIdempotent()) ? unsafe(operation) : PERMANENT;
		}
		// An unusable 2xx body or anything else: repeating cannot help.
		return PERMANENT;
	}

	private static RetryDecision retry(String reason, @Nullable Duration retryAfter) {
		return new RetryDecision(true, reason, null, retryAfter);
	}

	private static RetryDecision unsafe(SessionsOperation operation) {
		return new RetryDecision(false, null, "not retried: " + operation.request()
				+ " may already have been processed and repeating it is not safe"
				+ ((operation == SessionsOperation.REQUEST_SESSION)
						? " (it could create a second session); look the session up or request a new one"
						: " (it would trigger a second callback); read the session to see whether it completed"),
				null);
	}

}
