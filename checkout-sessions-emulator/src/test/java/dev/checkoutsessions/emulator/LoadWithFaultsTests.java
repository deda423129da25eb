package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import dev.checkoutsessions.client.CheckoutAuthenticationException;
import dev.checkoutsessions.client.CheckoutException;
import dev.checkoutsessions.client.CheckoutTransportException;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;

/**
 * Eight threads run complete flows (create, collect-data, get, complete) through the real
 * client while the emulator faults about 10% of Sessions answers at random: 429 with
 * Retry-After, 503, a reset before and one after processing, and answers held past the
 * read timeout. Every call must end in success or a typed exception within its budget, no
 * request may create a second session, flows must not see each other's sessions, nothing
 * may leak, and the client's retry counter and observations must agree with what the
 * emulator received.
 */
class LoadWithFaultsTests {

	private static final int THREADS = 8;

	private static final int FLOWS_PER_THREAD = 25;

	private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

	private static final ClientSettings.Retry RETRY = ClientSettings.Retry.defaults()
		.withMaxRetries(3)
		.withDelays(Duration.ofMillis(5), Duration.ofMillis(20))
		.withJitter(Duration.ZERO);

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

	// The retry template checks the budget before each attempt, so the last attempt may
	// start just inside it
	// and then wait for a full read timeout; the slack covers scheduling on a busy 2-core
	// machine.
	private static final Duration CALL_LIMIT = CALL_TIMEOUT.plus(READ_TIMEOUT).plusSeconds(1);

	private static final String CALL_OBSERVATION = "checkout.sessions.client";

	private static final Pattern OWN_THREADS = Pattern
		.compile("(?i).*(checkout-sessions|httpclient|qtp|jetty|wiremock|idle-connection|connection-evictor).*");

	private static final List<Endpoint> SESSION_ENDPOINTS = List.of(Endpoint.CREATE_SESSION, Endpoint.COLLECT_DATA,
			Endpoint.GET_SESSION, Endpoint.COMPLETE_SESSION);

	private final List<Long> latenciesNanos = new CopyOnWriteArrayList<>();

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicInteger failedCalls = new AtomicInteger();

	private final AtomicInteger completedFlows = new AtomicInteger();

	/**
	 * Calls whose last attempt failed to get an OAuth token, so sent nothing to the
	 * Sessions endpoints.
	 */
	private final AtomicInteger finalTokenFailures = new AtomicInteger();

	/**
	 * Calls whose last attempt ended in a read timeout (earlier ones are in the retry
	 * counter).
	 */
	private final AtomicInteger finalReadTimeouts = new AtomicInteger();

	/** References whose create failed after the request may have been processed. */
	private final Set<String> createsMaybeProcessed = ConcurrentHashMap.newKeySet();

	/** Session id each successful create returned, by reference. */
	private final Map<String, String> createdIds = new ConcurrentHashMap<>();

	@Test
	void flowsUnderRandomFaultsStayCorrectBoundedAndAccountedFor() throws Exception {
		Set<Thread> threadsBefore = liveThreads();
		SessionsEmulator emulator = SessionsEmulator.builder().start();
		emulator.faults().randomly(0.021, 1L).respondWith429(Duration.ofSeconds(1));
		emulator.faults().randomly(0.021, 2L).respondWith503();
		emulator.faults().randomly(0.021, 3L).resetConnection();
		emulator.faults().randomly(0.021, 4L).resetAfterProcessing();
		emulator.faults().randomly(0.021, 5L).delay(READ_TIMEOUT.multipliedBy(2));

		AtomicInteger observations = new AtomicInteger();
		AtomicInteger retryEvents = new AtomicInteger();
		ObservationRegistry observationRegistry = ObservationRegistry.create();
		observationRegistry.observationConfig().observationHandler(new ObservationHandler<>() {
			// Handlers are chosen before a convention names the observation, so the name
			// is checked on use.
			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				if (CALL_OBSERVATION.equals(context.getName())) {
					retryEvents.incrementAndGet();
				}
			}

			@Override
			public void onStop(Observation.Context context) {
				if (CALL_OBSERVATION.equals(context.getName())) {
					observations.incrementAndGet();
				}
			}
		});
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		// The same pool HttpComponentsFactory builds (no automatic retries, no
		// redirects), kept here so the
		// test can see whether every connection went back to it.
		PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(200)
			.setMaxConnPerRoute(200)
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.ofSeconds(1))
				.setSocketTimeout(Timeout.of(READ_TIMEOUT))
				.build())
			.build();
		HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(HttpClients.custom()
			.setConnectionManager(pool)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.build());
		factory.setReadTimeout(READ_TIMEOUT);
		SessionsClient client = SessionsClient.builder()
			.baseUrl(emulator.baseUrl())
			.tokenUrl(emulator.tokenUrl())
			.clientCredentials(emulator.clientId(), emulator.clientSecret())
			.processingChannelId(emulator.processingChannelId())
			.requestFactory(factory)
			.readTimeout(READ_TIMEOUT)
			.retry(RETRY)
			.callTimeout(CALL_TIMEOUT)
			.observationRegistry(observationRegistry)
			.meterRegistry(meterRegistry)
			.build();

		long started = System.nanoTime();
		ExecutorService workers = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				int worker = thread;
				results.add(workers.submit(() -> {
					for (int flow = 0; flow < FLOWS_PER_THREAD; flow++) {
						runFlow(client, "LOAD-" + worker + "-" + flow);
					}
					return null;
				}));
			}
			for (Future<?> result : results) {
				result.get(3, TimeUnit.MINUTES);
			}
		}
		finally {
			workers.shutdownNow();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		PoolStats afterRun = pool.getTotalStats();
		long received = SESSION_ENDPOINTS.stream().mapToLong(emulator::requestCount).sum();
		long faults = emulator.faults().injected();
		double retries = meterRegistry.find("checkout.sessions.client.retries")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
		double retriedReadTimeouts = meterRegistry.find("checkout.sessions.client.retries")
			.tag("reason", "read_timeout")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
		Map<String, Double> retriesByReason = meterRegistry.find("checkout.sessions.client.retries")
			.counters()
			.stream()
			.collect(Collectors.groupingBy((counter) -> counter.getId().getTag("reason"),
					Collectors.summingDouble(Counter::count)));
		List<EmulatedSession> sessions = emulator.sessions();
		Map<String, Long> sessionsPerReference = sessions.stream()
			.collect(Collectors.groupingBy(EmulatedSession::reference, Collectors.counting()));
		long duplicates = sessionsPerReference.values().stream().mapToLong((count) -> count - 1).sum();
		List<Long> sorted = new ArrayList<>(latenciesNanos);
		Collections.sort(sorted);

		((AutoCloseable) client).close();
		factory.destroy();
		emulator.close();

		System.out.printf(
				"LoadWithFaultsTests: %d flows (%d completed) in %d ms; %d logical calls (%d ended in a "
						+ "typed exception); emulator received %d Sessions requests, injected %d faults; %.0f retries; "
						+ "%s; latency p50 %d ms, p99 %d ms, max %d ms; sessions %d, duplicates %d%n",
				THREADS * FLOWS_PER_THREAD, completedFlows.get(), took.toMillis(), calls.get(), failedCalls.get(),
				received, faults, retries, retriesByReason, millis(percentile(sorted, 50)),
				millis(percentile(sorted, 99)), millis(sorted.get(sorted.size() - 1)), sessions.size(), duplicates);

		assertThat(faults).as("faults injected").isPositive();
		assertThat(completedFlows.get()).as("flows that completed despite the faults").isPositive();
		assertThat(sorted.get(sorted.size() - 1)).as("slowest call, ns").isLessThanOrEqualTo(CALL_LIMIT.toNanos());

		// Zero duplicates: one session at most per reference, the one the client was told
		// about when it was.
		assertThat(duplicates).isZero();
		createdIds.forEach(
				(reference, id) -> assertThat(sessions).filteredOn((session) -> session.reference().equals(reference))
					.singleElement()
					.satisfies((session) -> assertThat(session.id()).isEqualTo(id)));
		Set<String> orphans = sessionsPerReference.keySet()
			.stream()
			.filter((reference) -> !createdIds.containsKey(reference))
			.collect(Collectors.toSet());
		assertThat(createsMaybeProcessed).as("failed creates that may have created a session").containsAll(orphans);

		// One observation per logical call, whatever its outcome.
		assertThat(observations.get()).isEqualTo(calls.get());
		assertThat(retryEvents.get()).as("retry events on observations").isEqualTo((int) retries);
		// Each logical call is one first attempt plus its counted retries. An attempt
		// that could not get an OAuth
		// token (the shared first fetch can time out on a loaded machine) sends nothing
		// to the Sessions
		// endpoints: those are the retries tagged oauth_token_unavailable and the calls
		// that ended on a token
		// failure. On loopback nothing fails to connect, the token outlives the run (no
		// 401 adds a request within
		// an attempt) and HttpClient retries nothing itself, so the emulator can never
		// see more than the rest.
		// It can see fewer only through read timeouts: the client may give up on a
		// request still queued in
		// Jetty, which then drops it uncounted; nothing on either side tells those apart
		// from timeouts on
		// counted requests, so the figure is bounded by the attempts that timed out
		// (retried with reason
		// read_timeout, or the call's last attempt).
		long tokenFailures = retriesByReason.getOrDefault("oauth_token_unavailable", 0.0).longValue()
				+ finalTokenFailures.get();
		long attempts = calls.get() + (long) retries - tokenFailures;
		long timedOutAttempts = (long) retriedReadTimeouts + finalReadTimeouts.get();
		assertThat(received).as("Sessions requests the emulator received")
			.isLessThanOrEqualTo(attempts)
			.isGreaterThanOrEqualTo(attempts - timedOutAttempts);

		assertThat(afterRun.getLeased()).as("connections still leased after the run").isZero();
		assertThat(afterRun.getPending()).as("requests still waiting for a connection").isZero();
		assertNoNewThreads(threadsBefore);
	}

	private void runFlow(SessionsClient client, String reference) {
		SessionRequest request = SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.amount(1000L)
			.currency(Currency.USD)
			.reference(reference)
			.completion(NonHostedCompletionInfo.builder().build())
			.build();
		SessionResponse created;
		try {
			created = call(() -> client.requestSession(request));
		}
		catch (CheckoutException ex) {
			// A create that failed after sending may have created the session (reset or
			// held answer).
			if (!(ex instanceof CheckoutTransportException transport) || transport.isRequestSent()) {
				createsMaybeProcessed.add(reference);
			}
			return;
		}
		String id = created.getSession().getId();
		assertThat(created.getSession().getReference()).isEqualTo(reference);
		createdIds.put(reference, id);
		try {
			assertThat(call(() -> client.updateSession(id, browser())).getId()).isEqualTo(id);
			GetSessionResponse read = call(() -> client.getSessionDetails(id));
			assertThat(read.getId()).isEqualTo(id);
			assertThat(read.getReference()).isEqualTo(reference);
			call(() -> {
				client.completeSession(id);
				return null;
			});
			completedFlows.incrementAndGet();
		}
		catch (CheckoutException ex) {
			// A typed failure ends this flow; the assertions above and in the test say
			// whether it was sound.
		}
	}

	private <T> T call(Supplier<T> operation) {
		calls.incrementAndGet();
		long start = System.nanoTime();
		try {
			return operation.get();
		}
		catch (CheckoutException ex) {
			failedCalls.incrementAndGet();
			if (ex instanceof CheckoutAuthenticationException) {
				finalTokenFailures.incrementAndGet();
			}
			if (ex instanceof CheckoutTransportException transport
					&& transport.getKind() == CheckoutTransportException.Kind.READ_TIMEOUT) {
				finalReadTimeouts.incrementAndGet();
			}
			throw ex;
		}
		finally {
			latenciesNanos.add(System.nanoTime() - start);
		}
	}

	private static BrowserSession browser() {
		return BrowserSession.builder()
			.acceptHeader("text/html")
			.javaEnabled(false)
			.javascriptEnabled(true)
			.language("en-GB")
			.colorDepth("24")
			.screenHeight("1080")
			.screenWidth("1920")
			.timezone("60")
			.userAgent("Mozilla/5.0")
			.ipAddress("1.12.123.255")
			.build();
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

	private static long millis(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

	private static Set<Thread> liveThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
	}

	/**
	 * Threads of the HTTP client, the client library or the emulator's Jetty that
	 * outlived their owners. The emulator's callback sender holds a JDK HttpClient whose
	 * selector thread cannot be stopped on Java 17 (no close() before 21; it ends when
	 * the client is collected), so it is not counted here.
	 */
	private static void assertNoNewThreads(Set<Thread> before) throws InterruptedException {
		List<String> leaked = List.of();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (System.nanoTime() < deadline) {
			leaked = liveThreads().stream()
				.filter((thread) -> !before.contains(thread))
				.map(Thread::getName)
				.filter((name) -> OWN_THREADS.matcher(name).matches() && !name.endsWith("-SelectorManager"))
				.toList();
			if (leaked.isEmpty()) {
				return;
			}
			Thread.sleep(100);
		}
		assertThat(leaked).as("threads left behind").isEmpty();
	}

}
