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

	static RetryDecision of(SessionsOperation operation, CheckoutException failure) {
		if (failure instanceof CheckoutAuthenticationException auth) {
			// No token could be had, so the API request was never sent.
			return auth.isTransient() ? retry("oauth_token_unavailable", null) : PERMANENT;
		}
		if (failure instanceof CheckoutRateLimitedException || failure instanceof CheckoutDeadlineExceededException) {
			// The wait allowed is spent: another attempt would wait again.
			return PERMANENT;
		}
		if (mayHaveBeenProcessed(failure) && !operation.isIdempotent()) {
			return unsafe(operation);
		}
		if (failure instanceof CheckoutTransportException transport) {
			return switch (transport.getKind()) {
				case CONNECT_FAILED -> retry("connect_failed", null);
				case POOL_EXHAUSTED -> retry("pool_exhausted", null);
				// A wrong trust store fails the same way every time.
				case TLS_HANDSHAKE_FAILED -> PERMANENT;
				case READ_TIMEOUT -> retry("read_timeout", null);
				case CONNECTION_BROKEN -> retry("connection_broken", null);
			};
		}
		if (failure instanceof CheckoutApiException api) {
			int status = api.getHttpStatusCode();
			// 429 and 503 were turned away; 500, 502 and 504 reach here only when
			// repeating is harmless, and other 5xx are not expected to pass.
			if (status == 429 || status == 503 || status == 500 || status == 502 || status == 504) {
				return retry("http_" + status, api.getRetryAfter().orElse(null));
			}
		}
		// Any other answer, an unusable 2xx body or anything else: repeating cannot help.
		return PERMANENT;
	}

	/**
	 * Whether Checkout.com may have acted on the request that failed: it was sent and no
	 * answer said it was turned away. The one rule behind the retry decision, the
	 * deadline's accounting and every message that says so.
	 */
	static boolean mayHaveBeenProcessed(CheckoutException failure) {
		if (failure instanceof CheckoutTransportException transport) {
			return transport.isRequestSent();
		}
		if (failure instanceof CheckoutApiException api) {
			// A 5xx may hide a success behind a failed gateway or a crash after the
			// write,
			// except 503, which turns the request away.
			return api.getHttpStatusCode() >= 500 && api.getHttpStatusCode() != 503;
		}
		return false;
	}

	private static RetryDecision retry(String reason, @Nullable Duration retryAfter) {
		return new RetryDecision(true, reason, null, retryAfter);
	}

	private static RetryDecision unsafe(SessionsOperation operation) {
		return new RetryDecision(false, null, "not retried: " + operation.request()
				+ " may already have been processed and repeating it is not safe" + operation.insteadOfRepeating(),
				null);
	}

}
