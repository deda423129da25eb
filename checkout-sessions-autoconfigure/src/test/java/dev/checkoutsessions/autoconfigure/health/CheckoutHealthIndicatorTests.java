package dev.checkoutsessions.autoconfigure.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.checkoutsessions.client.CheckoutException;
import dev.checkoutsessions.client.OAuthTokenState;
import dev.checkoutsessions.client.RecentCall;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;
import dev.checkoutsessions.client.SessionsOperation;
import dev.checkoutsessions.client.observation.CallOutcome;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.SessionsEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * Tests for {@link CheckoutHealthIndicator}: real clients against the emulator, and fakes
 * for states the emulator cannot produce on demand.
 */
class CheckoutHealthIndicatorTests {

	@RegisterExtension
	static final SessionsEmulatorExtension checkout = new SessionsEmulatorExtension();

	private SessionsClient client;

	@AfterEach
	void closeClient() {
		if (this.client != null) {
			this.client.close();
		}
	}

	private SessionsClient client(SessionsEmulator emulator, String secret) {
		this.client = SessionsClient.builder()
			.baseUrl(emulator.baseUrl())
			.tokenUrl(emulator.tokenUrl())
			.clientCredentials(emulator.clientId(), secret)
			.retry(ClientSettings.Retry.disabled())
			.readTimeout(Duration.ofSeconds(2))
			.build();
		return this.client;
	}

	private static Health check(SessionsClient client) {
		return new CheckoutHealthIndicator(client, 3).health();
	}

	@Test
	void programmingErrorsDoNotMakeTheClientDown(SessionsEmulator emulator) throws Exception {
		org.springframework.web.client.RestClient.Builder buggy = org.springframework.web.client.RestClient.builder()
			.requestInterceptor((request, body, execution) -> {
				if (request.getURI().getPath().startsWith("/sessions")) {
					throw new NullPointerException("bug in an interceptor");
				}
				return execution.execute(request, body);
			});
		this.client = SessionsClient.builder()
			.baseUrl(emulator.baseUrl())
			.tokenUrl(emulator.tokenUrl())
			.clientCredentials(emulator.clientId(), emulator.clientSecret())
			.restClientBuilder(buggy)
			.retry(ClientSettings.Retry.disabled())
			.build();
		for (int i = 0; i < 3; i++) {
			org.assertj.core.api.Assertions.assertThatNullPointerException()
				.isThrownBy(() -> this.client.getSessionDetails("sid_y3oqhf46pyzuxjbcn2giaqnb44"));
		}
		Health health = check(this.client);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails().get("recentCalls").toString()).contains("internal_error=3")
			.contains("transport_error=0");
	}

	@Test
	void upAfterACallThatReachedCheckoutAndWithoutARequestOfItsOwn(SessionsEmulator emulator) {
		SessionsClient client = client(emulator, emulator.clientSecret());
		assertThatExceptionOfType(CheckoutException.class)
			.isThrownBy(() -> client.getSessionDetails("sid_doesnotexist"));
		List<Endpoint> endpoints = List.of(Endpoint.TOKEN, Endpoint.CREATE_SESSION, Endpoint.GET_SESSION,
				Endpoint.COLLECT_DATA, Endpoint.ISSUER_FINGERPRINT, Endpoint.COMPLETE_SESSION);
		long requestsBefore = endpoints.stream().mapToLong(emulator::requestCount).sum();
		Health health = check(client);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("tokenStatus", "VALID")
			.containsKeys("tokenExpiresAt", "lastCallAt");
		check(client);
		assertThat(endpoints.stream().mapToLong(emulator::requestCount).sum()).isEqualTo(requestsBefore);
	}

	@Test
	void healthChecksSendNoRequestAndReportUnknownUntilTheFirstCall(SessionsEmulator emulator) {
		SessionsClient client = client(emulator, emulator.clientSecret());
		long tokenRequests = emulator.requestCount(Endpoint.TOKEN);
		for (int i = 0; i < 20; i++) {
			Health health = check(client);
			assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(health.getDetails()).containsEntry("tokenStatus", "NONE")
				.containsEntry("reason", "no call to Checkout.com yet; a health check makes none");
		}
		assertThat(emulator.requestCount(Endpoint.TOKEN)).as("token requests caused by 20 health checks")
			.isEqualTo(tokenRequests);
	}

	@Test
	void downWhenCredentialsAreRejectedAndNeverShowsTheSecret(SessionsEmulator emulator) {
		String wrongSecret = "wrong-secret-value-123";
		SessionsClient client = client(emulator, wrongSecret);
		assertThatExceptionOfType(CheckoutException.class).isThrownBy(() -> client.getSessionDetails("sid_x"));
		Health health = check(client);
		assertThat(health.getStatus()).isEqualTo(CheckoutHealthIndicator.CHECKOUT_DOWN);
		assertThat(health.getDetails()).containsEntry("tokenStatus", "FAILED")
			.containsEntry("reason", "the OAuth token endpoint rejected the client credentials")
			.containsKey("lastError");
		assertThat(health.getDetails().toString()).doesNotContain(wrongSecret).doesNotContain(emulator.clientSecret());
		long tokenRequests = emulator.requestCount(Endpoint.TOKEN);
		assertThat(check(client).getStatus()).isEqualTo(CheckoutHealthIndicator.CHECKOUT_DOWN);
		assertThat(emulator.requestCount(Endpoint.TOKEN)).as("no token request from a health check")
			.isEqualTo(tokenRequests);
	}

	@Test
	void downWhenTheLastCallsAllFailedOnTransport(SessionsEmulator emulator) {
		SessionsClient client = client(emulator, emulator.clientSecret());
		emulator.faults().next(3).on(Endpoint.GET_SESSION).resetConnection();
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(CheckoutException.class).isThrownBy(() -> client.getSessionDetails("sid_x"));
		}
		Health health = check(client);
		assertThat(health.getStatus()).isEqualTo(CheckoutHealthIndicator.CHECKOUT_DOWN);
		@SuppressWarnings("unchecked")
		Map<String, Integer> counts = (Map<String, Integer>) health.getDetails().get("recentCalls");
		assertThat(counts).containsEntry("transport_error", 3).containsEntry("success", 0);
		assertThat(health.getDetails().get("lastError").toString()).contains("get_session_details")
			.doesNotContain("sid_x");
	}

	@Test
	void apiErrorsDoNotMakeTheClientUnhealthy(SessionsEmulator emulator) {
		SessionsClient client = client(emulator, emulator.clientSecret());
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(CheckoutException.class)
				.isThrownBy(() -> client.getSessionDetails("sid_doesnotexist"));
		}
		Health health = check(client);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails().get("recentCalls").toString()).contains("client_error=3");
	}

	@Test
	void fewerTransportFailuresThanTheThresholdStayUp() {
		SessionsClient client = mock(SessionsClient.class,
				withSettings().extraInterfaces(SessionsClientDiagnostics.class));
		SessionsClientDiagnostics diagnostics = (SessionsClientDiagnostics) client;
		when(diagnostics.oauthTokenState())
			.thenReturn(new OAuthTokenState(OAuthTokenState.Status.VALID, Instant.now().plusSeconds(600), null, false));
		RecentCall ok = new RecentCall(Instant.now(), SessionsOperation.GET_SESSION_DETAILS, CallOutcome.SUCCESS, 200,
				null);
		RecentCall failed = new RecentCall(Instant.now(), SessionsOperation.GET_SESSION_DETAILS,
				CallOutcome.TRANSPORT_ERROR, 0, "CheckoutTransportException");
		when(diagnostics.recentCalls()).thenReturn(List.of(failed, failed, ok, failed, failed));
		assertThat(new CheckoutHealthIndicator(client, 3).health().getStatus()).isEqualTo(Status.UP);
		verify(diagnostics, never()).obtainOAuthToken(any());
		when(diagnostics.recentCalls()).thenReturn(List.of(ok, failed, failed, failed));
		assertThat(new CheckoutHealthIndicator(client, 3).health().getStatus())
			.isEqualTo(CheckoutHealthIndicator.CHECKOUT_DOWN);
		// A stalled API: calls run out of their deadline rather than failing on the wire.
		RecentCall timedOut = new RecentCall(Instant.now(), SessionsOperation.GET_SESSION_DETAILS,
				CallOutcome.DEADLINE_EXCEEDED, 0, "CheckoutDeadlineExceededException");
		when(diagnostics.recentCalls()).thenReturn(List.of(ok, timedOut, failed, timedOut));
		assertThat(new CheckoutHealthIndicator(client, 3).health().getStatus())
			.isEqualTo(CheckoutHealthIndicator.CHECKOUT_DOWN);
	}

	@Test
	void limitsAndTheRateLimitStoreAreInTheDetails() {
		SessionsClient client = mock(SessionsClient.class,
				withSettings().extraInterfaces(SessionsClientDiagnostics.class));
		SessionsClientDiagnostics diagnostics = (SessionsClientDiagnostics) client;
		when(diagnostics.oauthTokenState())
			.thenReturn(new OAuthTokenState(OAuthTokenState.Status.VALID, Instant.now().plusSeconds(600), null, false));
		when(diagnostics.recentCalls())
			.thenReturn(List.of(new RecentCall(Instant.now(), SessionsOperation.REQUEST_SESSION,
					CallOutcome.POOL_EXHAUSTED, 0, "CheckoutDeadlineExceededException")));
		when(diagnostics.limits()).thenReturn(java.util.Map.of("callTimeout", "PT20S", "maxConnections", 200,
				"rateLimit", java.util.Map.of("store", "redis", "redis", "unavailable since …")));
		Health health = new CheckoutHealthIndicator(client, 3).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails().get("limits").toString()).contains("maxConnections=200", "store=redis",
				"unavailable since");
		assertThat(health.getDetails().get("recentCalls").toString()).contains("pool_exhausted=1");
	}

}
