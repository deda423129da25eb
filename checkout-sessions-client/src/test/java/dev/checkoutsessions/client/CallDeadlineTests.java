package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.io.ConnectionEndpoint;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import dev.checkoutsessions.client.CheckoutDeadlineExceededException.Phase;
import dev.checkoutsessions.client.observation.CallOutcome;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code callTimeout} on real loopback servers: a server that never answers, a pool too
 * small for the callers, a token endpoint that stalls.
 */
class CallDeadlineTests {

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

	// 10 % over the deadline, the bound.
	private static final Duration BOUND = Duration.ofMillis(2200);

	@RegisterExtension
	static WireMockExtension tokens = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void stubToken() {
		ApiStubs.stubToken(tokens, ApiStubs.ACCESS_TOKEN, 3600);
	}

	@Test
	void everyOneOf300CallersOfAServerThatNeverAnswersEndsTypedWithinTheCallTimeout() throws Exception {
		try (StallingServer server = new StallingServer();
				AutoCloseable closeable = (AutoCloseable) stalledClient(server).build()) {
			SessionsClient client = (SessionsClient) closeable;
			((SessionsClientDiagnostics) client).obtainOAuthToken(Duration.ofSeconds(5));
			ExecutorService callers = Executors.newFixedThreadPool(300);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Outcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				boolean write = i % 2 == 0;
				outcomes.add(callers.submit(() -> {
					start.await();
					long began = System.nanoTime();
					try {
						if (write) {
							client.requestSession(SessionsClientWireTests.minimalRequest());
						}
						else {
							client.getSessionDetails(SESSION_ID);
						}
						return new Outcome(write, Duration.ofNanos(System.nanoTime() - began), null);
					}
					catch (RuntimeException ex) {
						return new Outcome(write, Duration.ofNanos(System.nanoTime() - began), ex);
					}
				}));
			}
			start.countDown();
			List<Outcome> results = new ArrayList<>();
			for (Future<Outcome> outcome : outcomes) {
				results.add(outcome.get(30, TimeUnit.SECONDS));
			}
			callers.shutdownNow();

			List<Duration> took = results.stream().map(Outcome::took).sorted().toList();
			assertThat(took.get(took.size() - 1)).as("slowest of 300 (p50 %s, p99 %s)", took.get(150), took.get(296))
				.isLessThan(BOUND);
			assertThat(results).allSatisfy(
					(outcome) -> assertThat(outcome.failure()).isInstanceOf(CheckoutDeadlineExceededException.class));
			List<CheckoutDeadlineExceededException> failures = results.stream()
				.map((outcome) -> (CheckoutDeadlineExceededException) outcome.failure())
				.toList();
			assertThat(failures).extracting(CheckoutDeadlineExceededException::getPhase)
				.isSubsetOf(Phase.RESPONSE, Phase.CONNECTION_POOL);
			// The pool holds 200: the other 100 callers waited for a connection, and sent
			// nothing unless one came free with time left to send.
			assertThat(failures).filteredOn(CheckoutDeadlineExceededException::isPoolExhausted).allSatisfy((ex) -> {
				assertThat(ex.isRequestSent()).isFalse();
				assertThat(ex.getMessage()).contains("waiting for a free pooled connection", "nothing was sent",
						"Time: OAuth token");
			});
			assertThat(failures).filteredOn((ex) -> ex.getPhase() == Phase.RESPONSE).allSatisfy((ex) -> {
				assertThat(ex.isRequestSent()).isTrue();
				assertThat(ex.getMessage())
					.contains("ran out of its call timeout of 2000 ms waiting for Checkout.com's answer");
			});
			assertThat(results).filteredOn(Outcome::write)
				.extracting((outcome) -> outcome.failure().getMessage())
				.filteredOn((message) -> message.contains("answer"))
				.allMatch((message) -> message.contains("repeating it is not safe"));
			assertThat(((SessionsClientDiagnostics) client).recentCalls()).extracting(RecentCall::outcome)
				.containsAnyOf(CallOutcome.POOL_EXHAUSTED, CallOutcome.DEADLINE_EXCEEDED)
				.doesNotContain(CallOutcome.SUCCESS);
		}
	}

	@Test
	void aCallThatGetsNoPooledConnectionFailsTypedAtItsDeadlineWithNothingSent() throws Exception {
		tokens.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		PoolingHttpClientConnectionManager pool = HttpComponentsFactory.connectionManager(Duration.ofSeconds(1),
				Duration.ofSeconds(5), 1);
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(tokens)
			.requestFactory(HttpComponentsFactory.create(pool, Duration.ofSeconds(1), Duration.ofSeconds(5)), 1)
			.callTimeout(Duration.ofMillis(1000))
			.build()) {
			SessionsClient client = (SessionsClient) closeable;
			((SessionsClientDiagnostics) client).obtainOAuthToken(Duration.ofSeconds(5));
			// Another caller holds the only connection for longer than this call may
			// wait.
			ConnectionEndpoint held = pool.lease("holder", new HttpRoute(new HttpHost("127.0.0.1", 1)), null)
				.get(Timeout.ofSeconds(1));
			long began = System.nanoTime();
			assertThatExceptionOfType(CheckoutDeadlineExceededException.class)
				.isThrownBy(() -> client.getSessionDetails(SESSION_ID))
				.satisfies((ex) -> {
					assertThat(ex.isPoolExhausted()).isTrue();
					assertThat(ex.isRequestSent()).isFalse();
					assertThat(ex.getCause()).isInstanceOfSatisfying(CheckoutTransportException.class,
							(cause) -> assertThat(cause.getKind())
								.isEqualTo(CheckoutTransportException.Kind.POOL_EXHAUSTED));
					assertThat(ex.getMessage()).contains("waiting for a free pooled connection", "nothing was sent")
						.as("no request left the pool")
						.contains("0 requests");
				});
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(Duration.ofMillis(800), BOUND);
			assertThat(((SessionsClientDiagnostics) client).recentCalls()).extracting(RecentCall::outcome)
				.containsExactly(CallOutcome.POOL_EXHAUSTED);
			assertThat(((SessionsClientDiagnostics) client).limits()).containsEntry("maxConnections", 1);
			pool.release(held, null, TimeValue.ZERO_MILLISECONDS);
			assertThat(client.getSessionDetails(SESSION_ID).getId()).as("works once a connection is free").isNotBlank();
		}
		tokens.verify(1, getRequestedFor(urlPathEqualTo("/sessions/" + SESSION_ID)));
		pool.close();
	}

	@Test
	void requestsInFlightAreGaugedBesideThePoolSizeAndShownInTheLimits() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (StallingServer server = new StallingServer();
				AutoCloseable closeable = (AutoCloseable) stalledClient(server).maxConnections(3)
					.callTimeout(Duration.ofMillis(1500))
					.meterRegistry(meters)
					.build()) {
			SessionsClient client = (SessionsClient) closeable;
			((SessionsClientDiagnostics) client).obtainOAuthToken(Duration.ofSeconds(5));
			Gauge inFlight = meters.get("checkout.sessions.client.requests.in-flight").gauge();
			assertThat(meters.get("checkout.sessions.client.connections.max").gauge().value()).isEqualTo(3);
			assertThat(inFlight.value()).isZero();
			ExecutorService callers = Executors.newFixedThreadPool(5);
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				calls.add(callers.submit(() -> client.getSessionDetails(SESSION_ID)));
			}
			// Three hold the pool's connections, two wait for one: all five are in
			// flight.
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
			while (inFlight.value() < 5 && System.nanoTime() < until) {
				Thread.sleep(10);
			}
			assertThat(inFlight.value()).isEqualTo(5);
			assertThat(((SessionsClientDiagnostics) client).limits()).containsEntry("inFlightRequests", 5L)
				.containsEntry("maxConnections", 3);
			for (Future<?> call : calls) {
				assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
					.isThrownBy(() -> call.get(10, TimeUnit.SECONDS))
					.withCauseInstanceOf(CheckoutDeadlineExceededException.class);
			}
			callers.shutdown();
			assertThat(inFlight.value()).isZero();
			assertThat(((SessionsClientDiagnostics) client).limits()).containsEntry("inFlightRequests", 0L);
		}
	}

	@Test
	void lastAttemptReadTimeoutShrinksToWhatIsLeftOfTheCall() throws Exception {
		try (StallingServer server = new StallingServer();
				AutoCloseable closeable = (AutoCloseable) stalledClient(server).retry(ApiStubs.FAST_RETRY)
					.readTimeout(Duration.ofMillis(1500))
					.callTimeout(Duration.ofMillis(2000))
					.build()) {
			long began = System.nanoTime();
			assertThatExceptionOfType(CheckoutDeadlineExceededException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.satisfies((ex) -> {
					// 1500 ms read timeout, a short backoff, then a second attempt cut to
					// the ~300 ms left.
					assertThat(ex.getAttempts()).isEqualTo(2);
					assertThat(ex.getPhase()).isEqualTo(Phase.RESPONSE);
					assertThat(ex.isRequestSent()).isTrue();
					assertThat(ex.getCallTimeout()).isEqualTo(Duration.ofMillis(2000));
					assertThat(ex.getCause()).isInstanceOf(CheckoutTransportException.class);
					assertThat(ex.getMessage()).contains("2 requests", "it is safe to repeat");
				});
			// Waits end a little before the deadline, so that the failure reaches the
			// caller by then.
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(Duration.ofMillis(1700), BOUND);
			assertThat(server.connections()).isEqualTo(2);
		}
	}

	@Test
	void jdkClientShrinksTheLastAttemptToo() throws Exception {
		try (StallingServer server = new StallingServer();
				AutoCloseable closeable = (AutoCloseable) stalledClient(server).retry(ApiStubs.FAST_RETRY)
					.requestFactory(DefaultRequestFactories.jdk(Duration.ofMillis(500), Duration.ofMillis(1500)))
					.readTimeout(Duration.ofMillis(1500))
					.build()) {
			long began = System.nanoTime();
			assertThatExceptionOfType(CheckoutDeadlineExceededException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
				.satisfies((ex) -> assertThat(ex.getPhase()).isEqualTo(Phase.RESPONSE));
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(Duration.ofMillis(1700), BOUND);
		}
	}

	@Test
	void springJdkFactoryWithAFixedReadTimeoutEndsAtTheCallDeadline() throws Exception {
		// As Spring Boot builds it for spring.http.clients.imperative.factory=jdk: its
		// read timeout is fixed per factory.
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
		factory.setReadTimeout(Duration.ofSeconds(30));
		try (StallingServer server = new StallingServer();
				AutoCloseable closeable = (AutoCloseable) stalledClient(server).requestFactory(factory)
					.callTimeout(Duration.ofMillis(1000))
					.build()) {
			SessionsClient client = (SessionsClient) closeable;
			((SessionsClientDiagnostics) client).obtainOAuthToken(Duration.ofSeconds(5));
			long began = System.nanoTime();
			assertThatExceptionOfType(CheckoutDeadlineExceededException.class)
				.isThrownBy(() -> client.getSessionDetails(SESSION_ID))
				.satisfies((ex) -> {
					assertThat(ex.getPhase()).isEqualTo(Phase.RESPONSE);
					assertThat(ex.isRequestSent()).isTrue();
					assertThat(ex.getMessage()).contains("no answer before the call's deadline");
				});
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(Duration.ofMillis(800),
					Duration.ofMillis(1100));
			assertThat(Thread.currentThread().isInterrupted()).isFalse();
			// The next call on the same thread is bounded the same way.
			assertThatExceptionOfType(CheckoutDeadlineExceededException.class)
				.isThrownBy(() -> client.getSessionDetails(SESSION_ID));
			assertThat(Thread.currentThread().isInterrupted()).isFalse();
		}
	}

	@Test
	void stalledTokenEndpointEndsTheCallWithinItsDeadlineAndNothingWasSent() throws Exception {
		try (StallingServer server = new StallingServer();
				AutoCloseable closeable = (AutoCloseable) SessionsClient.builder()
					.baseUrl(tokens.baseUrl())
					.tokenUrl(server.baseUrl() + "/connect/token")
					.clientCredentials(ApiStubs.CLIENT_ID, ApiStubs.CLIENT_SECRET)
					.readTimeout(Duration.ofSeconds(30))
					.callTimeout(Duration.ofMillis(1000))
					.build()) {
			long began = System.nanoTime();
			assertThatExceptionOfType(CheckoutDeadlineExceededException.class)
				.isThrownBy(() -> ((SessionsClient) closeable).requestSession(SessionsClientWireTests.minimalRequest()))
				.satisfies((ex) -> {
					assertThat(ex.getPhase()).isEqualTo(Phase.OAUTH_TOKEN);
					assertThat(ex.isRequestSent()).isFalse();
					assertThat(ex.getMessage()).contains("waiting for an OAuth access token", "nothing was sent")
						.doesNotContain(ApiStubs.CLIENT_SECRET);
				});
			assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(1100));
		}
	}

	@Test
	void callTimeoutMustBePositive() {
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> SessionsClient.builder().callTimeout(Duration.ZERO))
			.withMessageContaining("callTimeout must be a positive duration");
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> SessionsClient.builder().maxConnections(0))
			.withMessageContaining("maxConnections must be 1 or more");
	}

	private static SessionsClientBuilder stalledClient(StallingServer server) {
		return SessionsClient.builder()
			.baseUrl(server.baseUrl())
			.tokenUrl(tokens.baseUrl() + "/connect/token")
			.clientCredentials(ApiStubs.CLIENT_ID, ApiStubs.CLIENT_SECRET)
			.readTimeout(Duration.ofSeconds(30))
			.callTimeout(CALL_TIMEOUT);
	}

	private record Outcome(boolean write, Duration took, RuntimeException failure) {
	}

}
