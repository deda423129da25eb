package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.client.observation.CallOutcome;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The client-side rate limit: the local token bucket on its own, and in the client
 * against WireMock (a permit before every request, retries included; a 429's
 * {@code Retry-After} pauses the bucket; no permit means a typed failure with nothing
 * sent).
 */
class RateLimitTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void stubToken() {
		ApiStubs.stubToken(api, ApiStubs.ACCESS_TOKEN, 3600);
	}

	@Test
	void localBucketHandsOutItsBudgetAndNoMore() throws Exception {
		RateLimiter limiter = RateLimiter.local(100, 20);
		AtomicInteger granted = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		long end = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		for (int i = 0; i < 4; i++) {
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() - end < 0) {
						if (limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ofMillis(100))) {
							granted.incrementAndGet();
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		// 20 per second plus the burst of 2, give or take what was reserved as the second
		// ended.
		assertThat(granted.get()).isBetween(18, 26);
		assertThat(limiter.tryAcquire(RateLimiter.Kind.READ, Duration.ZERO)).as("reads have their own bucket").isTrue();
	}

	@Test
	void noPermitWithinMaxWaitIsRefusedWithoutConsumingOne() throws Exception {
		RateLimiter limiter = RateLimiter.local(1, 1);
		assertThat(limiter.tryAcquire(RateLimiter.Kind.READ, Duration.ZERO)).isTrue();
		long began = System.nanoTime();
		assertThat(limiter.tryAcquire(RateLimiter.Kind.READ, Duration.ofMillis(100))).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - began)).as("refused at once").isLessThan(Duration.ofMillis(50));
		assertThat(limiter.tryAcquire(RateLimiter.Kind.READ, Duration.ofMillis(1500))).isTrue();
	}

	@Test
	void pauseHoldsEveryPermitForTheDuration() throws Exception {
		RateLimiter limiter = RateLimiter.local(1000, 1000);
		limiter.pause(RateLimiter.Kind.WRITE, Duration.ofMillis(300));
		assertThat(limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ofMillis(200))).isFalse();
		long began = System.nanoTime();
		assertThat(limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ofMillis(500))).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(Duration.ofMillis(150),
				Duration.ofMillis(450));
		assertThat(limiter.tryAcquire(RateLimiter.Kind.READ, Duration.ZERO)).as("reads are not paused").isTrue();
	}

	@Test
	void budgetsMustBePositive() {
		assertThatExceptionOfType(CheckoutConfigurationException.class).isThrownBy(() -> RateLimiter.local(0, 1))
			.withMessageStartingWith("rateLimit.readsPerSecond must be 1 or more, was 0");
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> SessionsClient.builder().rateLimiter(RateLimiter.local(1, 1), Duration.ofSeconds(-1)))
			.withMessageContaining("rateLimit.maxWait must not be negative");
	}

	@Test
	void callWithoutAPermitFailsTypedAndSendsNothing() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.rateLimiter(RateLimiter.local(1, 1), Duration.ofMillis(50))
			.meterRegistry(meters)
			.build()) {
			SessionsClient client = (SessionsClient) closeable;
			client.getSessionDetails(SESSION_ID);
			assertThatExceptionOfType(CheckoutRateLimitedException.class)
				.isThrownBy(() -> client.getSessionDetails(SESSION_ID))
				.satisfies((ex) -> {
					assertThat(ex.isRequestSent()).isFalse();
					assertThat(ex.getKind()).isEqualTo(RateLimiter.Kind.READ);
					assertThat(ex.getAttempts()).isEqualTo(1);
				})
				.withMessageContaining("GET /sessions/{id} was not sent: no read permit of the client-side rate limit "
						+ "(1/s, store local) within 50 ms (rateLimit.maxWait)");
			assertThat(((SessionsClientDiagnostics) client).recentCalls()).extracting(RecentCall::outcome)
				.containsExactly(CallOutcome.SUCCESS, CallOutcome.RATE_LIMITED);
			assertThat(meters.get("checkout.sessions.client.rate-limit.denied").tag("kind", "read").counter().count())
				.isEqualTo(1);
			assertThat(meters.get("checkout.sessions.client.rate-limit.waits").tag("kind", "read").timer().count())
				.isEqualTo(2);
		}
		api.verify(1, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)));
	}

	@Test
	void retriesPayForTheirPermitsAndA429PausesTheBucket() throws Exception {
		api.stubFor(post("/sessions").inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("free"));
		api.stubFor(post("/sessions").inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(ApiStubs.fixtureResponse(201, "post-sessions-201-approved.json")));
		ClientSettings.Retry retry = ApiStubs.FAST_RETRY.withMaxDelay(Duration.ofSeconds(2));
		RateLimiter limiter = RateLimiter.local(1000, 1000);
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.retry(retry)
			.callTimeout(Duration.ofSeconds(5))
			.rateLimiter(limiter, Duration.ofSeconds(3))
			.build()) {
			long began = System.nanoTime();
			((SessionsClient) closeable).requestSession(SessionsClientWireTests.minimalRequest());
			// Retry-After: 1 is honoured by the backoff and by the bucket, which nobody
			// else can take from now.
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		}
		api.verify(2, postRequestedFor(urlPathEqualTo("/sessions")));
		limiter.pause(RateLimiter.Kind.WRITE, Duration.ofSeconds(1));
		assertThat(limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ZERO)).isFalse();
	}

	@Test
	void a429PausesEveryCallerSharingTheLimiter() throws Exception {
		api.stubFor(
				get("/sessions/" + SESSION_ID).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
		RateLimiter limiter = RateLimiter.local(1000, 1000);
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.retry(ClientSettings.Retry.disabled())
			.rateLimiter(limiter, Duration.ZERO)
			.build()) {
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID));
			assertThat(limiter.tryAcquire(RateLimiter.Kind.READ, Duration.ZERO)).as("paused for everyone").isFalse();
			assertThat(limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ZERO)).as("writes unaffected").isTrue();
		}
	}

}
