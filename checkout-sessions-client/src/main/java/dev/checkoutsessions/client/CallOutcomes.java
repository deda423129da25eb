package dev.checkoutsessions.client;

import dev.checkoutsessions.client.observation.CallOutcome;

/**
 * The one classification of a failure into a {@link CallOutcome}, shared by the
 * {@code checkout.sessions.client} and {@code checkout.oauth.token} observations and by
 * health's recent calls, so that one failure is the same outcome on every meter.
 */
final class CallOutcomes {

	private CallOutcomes() {
	}

	static CallOutcome of(CheckoutException ex) {
		if (ex instanceof CheckoutDeadlineExceededException deadline) {
			return deadline.isPoolExhausted() ? CallOutcome.POOL_EXHAUSTED : CallOutcome.DEADLINE_EXCEEDED;
		}
		if (ex instanceof CheckoutRateLimitedException) {
			return CallOutcome.RATE_LIMITED;
		}
		if (ex instanceof CheckoutTransportException transport
				&& transport.getKind() == CheckoutTransportException.Kind.POOL_EXHAUSTED) {
			return CallOutcome.POOL_EXHAUSTED;
		}
		if (ex instanceof CheckoutApiException api) {
			return (api.getHttpStatusCode() >= 500) ? CallOutcome.SERVER_ERROR : CallOutcome.CLIENT_ERROR;
		}
		if (ex instanceof CheckoutAuthenticationException auth) {
			return authentication(auth);
		}
		if (ex instanceof CheckoutResponseException) {
			// An answer the client cannot use is the server's failure.
			return CallOutcome.SERVER_ERROR;
		}
		return CallOutcome.TRANSPORT_ERROR;
	}

	private static CallOutcome authentication(CheckoutAuthenticationException auth) {
		int status = auth.getHttpStatusCode();
		if (auth.isCredentialsRejected() || (status >= 400 && status < 500 && status != 429)) {
			return CallOutcome.CLIENT_ERROR;
		}
		// A 5xx, a 429, or a 2xx without a usable token: the token endpoint's failure. No
		// status: it was never reached.
		return (status > 0) ? CallOutcome.SERVER_ERROR : CallOutcome.TRANSPORT_ERROR;
	}

}
