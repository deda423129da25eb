package dev.checkoutsessions.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.observation.CallOutcome;
import dev.checkoutsessions.client.observation.DefaultOAuthTokenObservationConvention;
import dev.checkoutsessions.client.observation.OAuthTokenObservationContext;
import dev.checkoutsessions.client.observation.SessionsMeterFilter;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Defects a review of the client found, each reproduced against a real HTTP server.
 */
class ReviewDefectsTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void stubToken() {
		ApiStubs.stubToken(api, ApiStubs.ACCESS_TOKEN, 3600);
	}

	@Test
	void recentCallKeepsTheErrorTypeWithTheDefaultNoOpObservationRegistry() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(ApiStubs.json(404, "{\"error_type\":\"not_found\"}")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.retry(ClientSettings.Retry.disabled())
			.build()) {
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID));
			List<RecentCall> calls = ((SessionsClientDiagnostics) closeable).recentCalls();
			assertThat(calls).singleElement().satisfies((call) -> {
				assertThat(call.outcome()).isEqualTo(CallOutcome.CLIENT_ERROR);
				assertThat(call.errorType()).isEqualTo("CheckoutApiException");
			});
		}
	}

	@Test
	void prometheusScrapeHasOneRetryMeterNoDuplicateErrorTagAndHelpForEveryCheckoutMeter() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.json(503, "{\"error_type\":\"service_not_available\"}")));
		PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		prometheus.config().meterFilter(new SessionsMeterFilter());
		TestObservationRegistry observations = TestObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(prometheus));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.observationRegistry(observations)
			.meterRegistry(prometheus)
			.build()) {
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID));
		}
		String scrape = prometheus.scrape();
		List<String> samples = scrape.lines().filter((line) -> line.startsWith("checkout_")).toList();

		assertThat(samples).anyMatch((line) -> line.startsWith("checkout_sessions_client_retries_total{")
				&& line.contains("reason=\"http_503\"") && line.endsWith(" 3.0"));
		assertThat(scrape).doesNotContain("checkout_sessions_client_retry_total");
		assertThat(samples).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).doesNotContain("error=\"").doesNotContain(",error=\""));
		assertThat(samples).filteredOn((line) -> line.startsWith("checkout_sessions_client_seconds_count"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("error_type=\"CheckoutApiException\""));
		List<String> help = scrape.lines().filter((line) -> line.startsWith("# HELP checkout_")).toList();
		assertThat(help).isNotEmpty().allSatisfy((line) -> assertThat(line.split(" ", 4)).hasSize(4));
	}

	@Test
	void tokenObservationConventionIsUsed() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		TestObservationRegistry observations = TestObservationRegistry.create();
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.observationRegistry(observations)
			.tokenObservationConvention(new DefaultOAuthTokenObservationConvention() {
				@Override
				public KeyValues getLowCardinalityKeyValues(OAuthTokenObservationContext context) {
					return super.getLowCardinalityKeyValues(context).and(KeyValue.of("tenant", "eu"));
				}
			})
			.build()) {
			((SessionsClient) closeable).getSessionDetails(SESSION_ID);
		}
		io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(observations)
			.hasObservationWithNameEqualTo("checkout.oauth.token")
			.that()
			.hasLowCardinalityKeyValue("tenant", "eu");
	}

	@Test
	void tokenFetchFailureIsClassifiedAsTheTokenRequest() throws Exception {
		String tokenUrl = "http://127.0.0.1:" + freePort() + "/connect/token";
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.tokenUrl(tokenUrl)
			.retry(ClientSettings.Retry.disabled())
			.build()) {
			assertThatExceptionOfType(CheckoutAuthenticationException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.satisfies((ex) -> assertThat(ex.getCause()).isInstanceOfSatisfying(CheckoutTransportException.class,
						(transport) -> {
							assertThat(transport.getKind()).isEqualTo(CheckoutTransportException.Kind.CONNECT_FAILED);
							assertThat(transport).hasMessageStartingWith("POST " + tokenUrl + " failed")
								.hasMessageNotContaining("/sessions");
						}))
				.withMessageContaining("connect failed");
		}
	}

	@Test
	void getSessionDetailsReachesTheHttpLibraryThroughAtMostSixOwnFramesNoneCallingBackUp() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(ApiStubs.json(404, "{\"error_type\":\"not_found\"}")));
		List<StackTraceElement> ownFrames = new java.util.ArrayList<>();
		RestClient.Builder recording = RestClient.builder().requestInterceptor((request, body, execution) -> {
			if (request.getURI().getPath().startsWith("/sessions")) {
				for (StackTraceElement frame : new Throwable().getStackTrace()) {
					if (frame.getClassName().startsWith("dev.checkoutsessions.client.")
							&& !frame.getClassName().startsWith(ReviewDefectsTests.class.getName())) {
						ownFrames.add(frame);
					}
				}
			}
			return execution.execute(request, body);
		});
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.restClientBuilder(recording)
			// A cold WireMock may take longer than the stubs' 800 ms for its first
			// answer.
			.readTimeout(Duration.ofSeconds(5))
			.retry(ClientSettings.Retry.disabled())
			.build()) {
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID));
		}
		// SessionCalls, execute, retrying, attempt, send, ApiTransport.send: no lambda,
		// so
		// no callback handed down and called back.
		assertThat(ownFrames).hasSizeLessThanOrEqualTo(6)
			.noneMatch((frame) -> frame.getMethodName().startsWith("lambda$"));
	}

	@Test
	void aProgrammingErrorIsAnInternalErrorNotATransportError() throws Exception {
		RestClient.Builder buggy = RestClient.builder().requestInterceptor((request, body, execution) -> {
			if (request.getURI().getPath().startsWith("/sessions")) {
				throw new NullPointerException("bug in an interceptor");
			}
			return execution.execute(request, body);
		});
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).restClientBuilder(buggy).build()) {
			assertThatNullPointerException()
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.withMessage("bug in an interceptor");
			assertThat(((SessionsClientDiagnostics) closeable).recentCalls()).singleElement().satisfies((call) -> {
				assertThat(call.outcome()).isEqualTo(CallOutcome.INTERNAL_ERROR);
				assertThat(call.errorType()).isEqualTo("NullPointerException");
			});
		}
		api.verify(0, com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/sessions.*")));
	}

	@Test
	void commentsStandAloneWithoutDocumentsOutsideTheRepository() throws IOException {
		List<Path> roots = List.of(Path.of("src"), Path.of("../checkout-sessions-autoconfigure/src"),
				Path.of("../checkout-sessions-web/src"), Path.of("../checkout-sessions-emulator/src"),
				Path.of("../checkout-sessions-spring-boot-starter"), Path.of("../sample-app/src"),
				Path.of("../benchmarks/src"), Path.of("../compatibility-tests/src"));
		for (Path root : roots) {
			assertThat(root).as("module sources").exists();
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					String text = Files.readString(file);
					assertThat(text).as(file.toString())
						.doesNotContain("DESIGN" + ".md")
						.doesNotContainPattern("reference " + "§")
						.doesNotContain("sessions-api" + ".md");
				}
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
