package dev.checkoutsessions.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code Retry-After}, exponential backoff and the overall time budget, with durations
 * small enough that no test waits for seconds.
 */
class RetryTimingTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void stubToken() {
		ApiStubs.stubToken(api, ApiStubs.ACCESS_TOKEN, 3600);
	}

	@Test
	void retryAfterLongerThanTheBackoffIsHonoured() {
		ClientSettings.Retry options = ClientSettings.Retry.defaults()
			.withDelay(Duration.ofMillis(10))
			.withJitter(Duration.ZERO);
		RetryDelays delays = new RetryDelays(options, new CallDeadline(Duration.ofSeconds(5)));

		assertThat(delays.next(Duration.ofMillis(300)).millis()).isEqualTo(300);
		assertThat(delays.next(null).millis()).isEqualTo(20);
	}

	@Test
	void backoffGrowsExponentiallyWithinJitterAndIsCapped() {
		ClientSettings.Retry options = new ClientSettings.Retry(true, 6, Duration.ofMillis(100), 2.0,
				Duration.ofMillis(500), Duration.ofMillis(20), Duration.ofSeconds(10));
		RetryDelays delays = new RetryDelays(options, new CallDeadline(Duration.ofSeconds(5)));
		long[] expected = { 100, 200, 400, 500, 500, 500 };
		long jitter = 20;
		for (long base : expected) {
			// Framework scales the jitter with the multiplier, like the interval itself.
			assertThat(delays.next(null).millis()).isBetween(Math.max(100, base - jitter),
					Math.min(500, base + jitter));
			jitter *= 2;
		}
		assertThat(delays.next(null).stopReason()).isEqualTo("gave up after 6 retries");
	}

	@Test
	void retryAfterBeyondTheBudgetStopsAtOnceAndSaysSo() throws Exception {
		api.stubFor(
				get("/sessions/" + SESSION_ID).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			long start = System.nanoTime();
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.satisfies((ex) -> assertThat(ex.getRetryAfter()).contains(Duration.ofSeconds(30)))
				.withMessageContaining("asked to retry after 10000 ms, beyond the remaining call timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		}
		api.verify(1, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)));
	}

	@Test
	void aDayLongRetryAfterPausesTheCallAndTheSharedLimiterOnlyUpToTheCap() throws Exception {
		// A WAF's 429 with Retry-After: 86400 used to stop the call and pause the shared
		// bucket for a day, for every caller.
		api.stubFor(get("/sessions/" + SESSION_ID).inScenario("banned")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400"))
			.willSetStateTo("ok"));
		api.stubFor(get("/sessions/" + SESSION_ID).inScenario("banned")
			.whenScenarioStateIs("ok")
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		RateLimiter limiter = RateLimiter.local(100, 100);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.retry(ApiStubs.FAST_RETRY.withMaxRetryAfter(Duration.ofMillis(300)))
			.rateLimiter(limiter, Duration.ofSeconds(2))
			.meterRegistry(meters)
			.build()) {
			long start = System.nanoTime();
			assertThat(((SessionsClient) closeable).getSessionDetails(SESSION_ID).getId()).isNotBlank();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(250),
					Duration.ofSeconds(2));
		}
		assertThat(limiter.tryAcquire(RateLimiter.Kind.READ, Duration.ofMillis(500))).as("the bucket is not paused")
			.isTrue();
		assertThat(meters.get("checkout.sessions.client.retry-after.capped").counter().count()).isEqualTo(1);
	}

	@Test
	void anAbsurdRetryAfterIsCappedInsteadOfOverflowing() throws Exception {
		// Long.MAX_VALUE seconds overflowed into an untyped ArithmeticException when the
		// limiter was paused.
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.json(429, "{}").withHeader("Retry-After", String.valueOf(Long.MAX_VALUE))));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.retry(ApiStubs.FAST_RETRY.withMaxRetries(1).withMaxRetryAfter(Duration.ofMillis(50)))
			.rateLimiter(RateLimiter.local(100, 100), Duration.ofSeconds(1))
			.build()) {
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(429))
				.satisfies((ex) -> assertThat(ex.getAttempts()).isEqualTo(2));
		}
	}

	@Test
	void retryAfterZeroRetriesAndSucceeds() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID).inScenario("limited")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
			.willSetStateTo("ok"));
		api.stubFor(get("/sessions/" + SESSION_ID).inScenario("limited")
			.whenScenarioStateIs("ok")
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			assertThat(((SessionsClient) closeable).getSessionDetails(SESSION_ID).getId()).isNotBlank();
		}
		api.verify(2, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)));
	}

	@Test
	void timeBudgetEndsTheCallWithASummaryOfEveryAttempt() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.json(503, "{\"error_type\":\"service_not_available\"}").withFixedDelay(150)));
		ClientSettings.Retry retry = ApiStubs.FAST_RETRY.withMaxRetries(50);
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.retry(retry)
			.callTimeout(Duration.ofMillis(500))
			.build()) {
			long start = System.nanoTime();
			// The last attempt ends with the 503 or, when its shrunk read timeout passes
			// first, the deadline.
			assertThatExceptionOfType(CheckoutException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.satisfies((ex) -> {
					assertThat(ex.getAttempts()).isBetween(2, 5);
					assertThat(ex.getAttemptFailures().get(0)).isEqualTo("HTTP 503 service_not_available");
				})
				.withMessageContaining("call timeout of 500 ms");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
		}
	}

	@Test
	void retryAfterHeaderIsReadAsSecondsOrHttpDate() {
		assertThat(ApiTransport.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
		assertThat(ApiTransport.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(10));
		assertThat(ApiTransport.retryAfter(inTenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
		assertThat(ApiTransport.retryAfter("soon")).isNull();
		assertThat(ApiTransport.retryAfter("-3")).isNull();
	}

}
