package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.checkoutsessions.client.CheckoutTransportException.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RetryDecision#of} without a server: the reason tag, the explanation when a
 * request may have been processed, and the minimum delay from {@code Retry-After}.
 * {@link RetryDecisionTableTests} proves the same table on the wire.
 */
class RetryDecisionTests {

	@ParameterizedTest
	@EnumSource(SessionsOperation.class)
	void nothingSentIsAlwaysRetried(SessionsOperation operation) {
		assertThat(RetryDecision.of(operation, transport(Kind.CONNECT_FAILED)))
			.isEqualTo(new RetryDecision(true, "connect_failed", null, null));
		assertThat(RetryDecision.of(operation,
				new CheckoutAuthenticationException("token endpoint down", null, 503, true, null)))
			.isEqualTo(new RetryDecision(true, "oauth_token_unavailable", null, null));
		assertThat(RetryDecision.of(operation, api(429, Duration.ofSeconds(2))))
			.isEqualTo(new RetryDecision(true, "http_429", null, Duration.ofSeconds(2)));
	}

	@Test
	void maybeProcessedIsRetriedOnlyWhereRepeatingIsHarmless() {
		assertThat(RetryDecision.of(SessionsOperation.GET_SESSION_DETAILS, transport(Kind.READ_TIMEOUT)))
			.isEqualTo(new RetryDecision(true, "read_timeout", null, null));
		RetryDecision create = RetryDecision.of(SessionsOperation.REQUEST_SESSION, api(502, null));
		assertThat(create.retry()).isFalse();
		assertThat(create.whyNotRetried()).contains("POST /sessions may already have been processed")
			.contains("second session");
		RetryDecision complete = RetryDecision.of(SessionsOperation.COMPLETE_SESSION,
				transport(Kind.CONNECTION_BROKEN));
		assertThat(complete.whyNotRetried()).contains("second callback");
	}

	@Test
	void permanentFailuresNeedNoExplanation() {
		// Only CheckoutExceptions reach the decision: anything else is a bug and ends the
		// call as it is.
		for (CheckoutException failure : List.of(api(422, null), transport(Kind.TLS_HANDSHAKE_FAILED),
				new CheckoutAuthenticationException("invalid_client", "invalid_client", 401, false, null),
				new CheckoutResponseException("not JSON", 200, null, null))) {
			assertThat(RetryDecision.of(SessionsOperation.REQUEST_SESSION, failure)).as(failure.toString())
				.isEqualTo(new RetryDecision(false, null, null, null));
		}
	}

	private static CheckoutTransportException transport(Kind kind) {
		return new CheckoutTransportException(kind.name(), kind, new java.io.IOException(kind.name()));
	}

	private static CheckoutApiException api(int status, Duration retryAfter) {
		return new CheckoutApiException("HTTP " + status, status, null, null, List.of(), retryAfter);
	}

}
