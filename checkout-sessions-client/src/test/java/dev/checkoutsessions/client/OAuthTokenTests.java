package dev.checkoutsessions.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.CLIENT_ID;
import static dev.checkoutsessions.client.ApiStubs.CLIENT_SECRET;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static dev.checkoutsessions.client.ApiStubs.fixtureResponse;
import static dev.checkoutsessions.client.ApiStubs.tokenEndpoint;
import static dev.checkoutsessions.client.ApiStubs.tokenResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * OAuth client credentials: lazy fetch, caching, refresh ahead of expiry, one refresh
 * after a 401, one token fetch for many concurrent callers, and clear errors from the
 * token endpoint.
 */
class OAuthTokenTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void tokenIsFetchedLazilyWithClientCredentialsAndCached() throws Exception {
		ApiStubs.stubToken(api, "token-1", 3600);
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(fixtureResponse(200, "get-sessions-200-pending.json")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			SessionsClient client = (SessionsClient) closeable;
			api.verify(0, postRequestedFor(urlPathEqualTo("/connect/token")));

			client.getSessionDetails(SESSION_ID);
			client.getSessionDetails(SESSION_ID);

			api.verify(1,
					postRequestedFor(urlPathEqualTo("/connect/token"))
						.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
						.withRequestBody(containing("grant_type=client_credentials"))
						.withRequestBody(containing("client_id=" + CLIENT_ID))
						.withRequestBody(containing("scope=sessions%3Aapp+sessions%3Abrowser")));
			api.verify(2, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)).withHeader("Authorization",
					equalTo("Bearer token-1")));
		}
	}

	@Test
	void tokenIsRefreshedAheadOfExpiry() throws Exception {
		api.stubFor(tokenEndpoint().inScenario("tokens")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(tokenResponse("token-1", 100))
			.willSetStateTo("second"));
		api.stubFor(tokenEndpoint().inScenario("tokens")
			.whenScenarioStateIs("second")
			.willReturn(tokenResponse("token-2", 100)));
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(fixtureResponse(200, "get-sessions-200-pending.json")));
		MutableClock clock = new MutableClock();
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).clock(clock).build()) {
			SessionsClient client = (SessionsClient) closeable;
			client.getSessionDetails(SESSION_ID);
			clock.advance(Duration.ofSeconds(79));
			client.getSessionDetails(SESSION_ID);
			clock.advance(Duration.ofSeconds(2));
			client.getSessionDetails(SESSION_ID);
		}
		// 81 s into a 100 s token is inside the refresh margin (a fifth of the lifetime):
		// refreshed early.
		api.verify(2, postRequestedFor(urlPathEqualTo("/connect/token")));
		api.verify(2, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)).withHeader("Authorization",
				equalTo("Bearer token-1")));
		api.verify(1, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)).withHeader("Authorization",
				equalTo("Bearer token-2")));
	}

	@Test
	void failedEarlyRefreshKeepsUsingTheStillValidToken() throws Exception {
		api.stubFor(tokenEndpoint().inScenario("tokens")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(tokenResponse("token-1", 100))
			.willSetStateTo("down"));
		api.stubFor(tokenEndpoint().inScenario("tokens")
			.whenScenarioStateIs("down")
			.willReturn(aResponse().withStatus(503)));
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(fixtureResponse(200, "get-sessions-200-pending.json")));
		MutableClock clock = new MutableClock();
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).clock(clock).build()) {
			SessionsClient client = (SessionsClient) closeable;
			client.getSessionDetails(SESSION_ID);
			clock.advance(Duration.ofSeconds(90));
			client.getSessionDetails(SESSION_ID);
		}
		api.verify(2, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)).withHeader("Authorization",
				equalTo("Bearer token-1")));
	}

	@Test
	void unauthorizedAnswerRefreshesTheTokenOnceAndRepeatsTheCall() throws Exception {
		api.stubFor(tokenEndpoint().inScenario("tokens")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(tokenResponse("revoked", 3600))
			.willSetStateTo("fresh"));
		api.stubFor(tokenEndpoint().inScenario("tokens")
			.whenScenarioStateIs("fresh")
			.willReturn(tokenResponse("fresh", 3600)));
		api.stubFor(get("/sessions/" + SESSION_ID).withHeader("Authorization", equalTo("Bearer revoked"))
			.willReturn(unauthorized()));
		api.stubFor(get("/sessions/" + SESSION_ID).withHeader("Authorization", equalTo("Bearer fresh"))
			.willReturn(fixtureResponse(200, "get-sessions-200-pending.json")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			assertThat(((SessionsClient) closeable).getSessionDetails(SESSION_ID).getId()).isNotBlank();
		}
		api.verify(2, postRequestedFor(urlPathEqualTo("/connect/token")));
		api.verify(2, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)));
	}

	@Test
	void unauthorizedTwiceFailsWithoutLooping() throws Exception {
		ApiStubs.stubToken(api, "never-good", 3600);
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(unauthorized()));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(401))
				.withMessageContaining("rejected even after fetching a new one");
		}
		api.verify(2, postRequestedFor(urlPathEqualTo("/connect/token")));
		api.verify(2, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)));
	}

	@Test
	void unauthorizedWithSessionSecretIsNeverRetriedAndSaysWhy() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(unauthorized()));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).withSessionSecret(ApiStubs.SESSION_SECRET)
					.getSessionDetails(SESSION_ID))
				.withMessageContaining("session secret was rejected")
				.withMessageNotContaining(ApiStubs.SESSION_SECRET);
		}
		api.verify(1, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)));
		api.verify(0, postRequestedFor(urlPathEqualTo("/connect/token")));
	}

	@Test
	void concurrentCallersShareOneTokenFetch() throws Exception {
		api.stubFor(tokenEndpoint().willReturn(tokenResponse("shared", 3600).withFixedDelay(200)));
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(fixtureResponse(200, "get-sessions-200-pending.json")));
		int callers = 16;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		// A read timeout well above the token's 200 ms: on a busy machine the shared
		// fetch
		// must not time out and be retried, which would be a second fetch for another
		// reason.
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.readTimeout(Duration.ofSeconds(10))
			.build()) {
			SessionsClient client = (SessionsClient) closeable;
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return client.getSessionDetails(SESSION_ID);
				}));
			}
			start.countDown();
			for (Future<?> call : calls) {
				call.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		api.verify(1, postRequestedFor(urlPathEqualTo("/connect/token")));
		api.verify(callers, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)).withHeader("Authorization",
				equalTo("Bearer shared")));
	}

	@Test
	void rejectedCredentialsBecomeATypedExceptionWithoutTheSecret() throws Exception {
		api.stubFor(tokenEndpoint().willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_client\"}")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			SessionsClient client = (SessionsClient) closeable;
			assertThatExceptionOfType(CheckoutAuthenticationException.class)
				.isThrownBy(() -> client.getSessionDetails(SESSION_ID))
				.satisfies((ex) -> {
					assertThat(ex.getError()).isEqualTo("invalid_client");
					assertThat(ex.isCredentialsRejected()).isTrue();
					assertThat(ex.isTransient()).isFalse();
					assertThat(ex.getAttempts()).isEqualTo(1);
				})
				.withMessageContaining("client id or secret is wrong")
				.withMessageNotContaining(CLIENT_SECRET);
			OAuthTokenState state = ((SessionsClientDiagnostics) client).oauthTokenState();
			assertThat(state.status()).isEqualTo(OAuthTokenState.Status.FAILED);
			assertThat(state.credentialsRejected()).isTrue();
		}
		api.verify(0, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)));
	}

	@Test
	void tokenEndpointAnsweringHtmlIsATypedException() throws Exception {
		api.stubFor(tokenEndpoint().willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Login</body></html>")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			assertThatExceptionOfType(CheckoutAuthenticationException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.withMessageContaining("holds no access_token")
				.withMessageContaining("text/html");
		}
	}

	@Test
	void obtainingATokenForHealthIsBoundedAndReportsTheState() throws Exception {
		ApiStubs.stubToken(api, "token-1", 3600);
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			SessionsClientDiagnostics diagnostics = (SessionsClientDiagnostics) closeable;
			assertThat(diagnostics.oauthTokenState().status()).isEqualTo(OAuthTokenState.Status.NONE);
			OAuthTokenState state = diagnostics.obtainOAuthToken(Duration.ofSeconds(2));
			assertThat(state.status()).isEqualTo(OAuthTokenState.Status.VALID);
			assertThat(state.toString()).doesNotContain("token-1");
			diagnostics.obtainOAuthToken(Duration.ofSeconds(2));
		}
		api.verify(1, postRequestedFor(urlPathEqualTo("/connect/token")));
	}

	@Test
	void tokenEndpointMayAnswerExpiresInAsText() throws Exception {
		api.stubFor(tokenEndpoint().willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":\"3600\"}")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			OAuthTokenState state = ((SessionsClientDiagnostics) closeable).obtainOAuthToken(Duration.ofSeconds(2));
			assertThat(state.expiresAt()).isAfter(Instant.now().plusSeconds(3500));
		}
	}

	@Test
	void anAbsurdTokenLifetimeIsATypedAuthenticationFailure() throws Exception {
		// 1e30 or Infinity seconds ended in an untyped DateTimeException when the expiry
		// was computed.
		for (String expiresIn : new String[] { "1e30", "\"Infinity\"", "1e400" }) {
			api.resetAll();
			api.stubFor(
					tokenEndpoint().willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":" + expiresIn + "}")));
			try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
				assertThatExceptionOfType(CheckoutAuthenticationException.class).as(expiresIn)
					.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(ApiStubs.SESSION_ID))
					.withMessageContaining("without a usable expires_in");
			}
		}
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-24T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
