package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pooled HttpClient 5 connections are not used after the other end closed them for
 * idleness: the client closes them first ({@code maxIdleTime}) and checks the others
 * before reuse ({@code validateAfterInactivity}). Load balancers close idle connections
 * without a word; a {@code POST /sessions} written to one gets no answer and, as it may
 * have been processed, is not retried.
 */
class IdleConnectionsTests {

	private static final Duration SERVER_IDLE_TIMEOUT = Duration.ofSeconds(1);

	/**
	 * The time between two bursts of calls: seven of the ten outlast the server's idle
	 * timeout and stay below HttpClient's own 2 s validation, so without the client's
	 * limits the connections the last burst left are dead when the next one takes them;
	 * the short ones keep connections the client may reuse.
	 */
	private static final List<Duration> LULLS = List.of(Duration.ofMillis(1300), Duration.ofMillis(200),
			Duration.ofMillis(1500), Duration.ofMillis(1700), Duration.ofMillis(250), Duration.ofMillis(1200),
			Duration.ofMillis(1800), Duration.ofMillis(200), Duration.ofMillis(1400), Duration.ofMillis(1600));

	private static final int CALLERS = 40;

	@Test
	void noSessionFailsOverARunThatCrossesManyIdleClosesOfTheServer() throws Exception {
		// Scaled to the server's 1 s idle timeout, as the defaults are to a load
		// balancer's.
		ClientSettings settings = ClientSettings.defaults()
			.withMaxIdleTime(Duration.ofMillis(300))
			.withValidateAfterInactivity(Duration.ofMillis(100));
		Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
		int calls = 0;
		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		try (IdleClosingServer api = new IdleClosingServer(SERVER_IDLE_TIMEOUT);
				SessionsClient client = client(api, settings)) {
			burst(client, callers, failures);
			calls += CALLERS;
			for (Duration lull : LULLS) {
				// The lull is what the test is about: connections sit idle in the pool.
				Thread.sleep(lull.toMillis());
				burst(client, callers, failures);
				calls += CALLERS;
			}
			int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
			String run = "%d of %d POST /sessions failed %s; %d connections opened, %d closed by the server for idleness, %d by the client"
				.formatted(failed, calls, failures, api.connections(), api.closedForIdleness(), api.closedByClient());
			assertThat(failed).as(run).isZero();
			assertThat(api.sessionsCreated()).as(run).isEqualTo(calls);
			// Each long lull retired the connections of the burst before it.
			assertThat(api.closedByClient() + api.closedForIdleness()).as(run).isGreaterThanOrEqualTo(7);
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void aConnectionTheServerClosedIsCheckedAndReplacedBeforeItIsUsed() throws Exception {
		ClientSettings settings = ClientSettings.defaults().withValidateAfterInactivity(Duration.ZERO);
		// Long enough that a busy machine's new connection is not closed as idle before
		// its request arrives; the test waits for the close anyway.
		try (IdleClosingServer api = new IdleClosingServer(Duration.ofMillis(500));
				SessionsClient client = client(api, settings)) {
			client.requestSession(SessionsClientWireTests.minimalRequest());
			awaitTrue(() -> api.closedForIdleness() == 1, "the server closed the idle connection");

			client.requestSession(SessionsClientWireTests.minimalRequest());

			assertThat(api.sessionsCreated()).isEqualTo(2);
			assertThat(api.connections()).isEqualTo(2);
		}
	}

	@Test
	void theClientClosesAConnectionIdleForMaxIdleTimeBeforeTheServerDoes() throws Exception {
		ClientSettings settings = ClientSettings.defaults().withMaxIdleTime(Duration.ofMillis(200));
		try (IdleClosingServer api = new IdleClosingServer(Duration.ofSeconds(30));
				SessionsClient client = client(api, settings)) {
			client.requestSession(SessionsClientWireTests.minimalRequest());

			awaitTrue(() -> api.closedByClient() == 1, "the client closed its idle connection");
			assertThat(api.closedForIdleness()).isZero();
		}
	}

	@Test
	void closingTheClientStopsTheThreadThatEvictsIdleConnections() throws Exception {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		SessionsClient client = SessionsClient.builder()
			.baseUrl("http://127.0.0.1:9")
			.tokenUrl("http://127.0.0.1:9/connect/token")
			.clientCredentials(ApiStubs.CLIENT_ID, ApiStubs.CLIENT_SECRET)
			.build();
		List<Thread> evictors = new ArrayList<>(Thread.getAllStackTraces().keySet());
		evictors.removeAll(before);
		evictors.removeIf((thread) -> !thread.getName().startsWith("idle-connection-evictor"));
		assertThat(evictors).as("the client's evictor thread").hasSize(1);

		client.close();

		evictors.get(0).join(5_000);
		assertThat(evictors.get(0).isAlive()).as("evictor thread alive after close").isFalse();
	}

	private static void burst(SessionsClient client, ExecutorService callers, Map<String, AtomicInteger> failures) {
		List<CompletableFuture<?>> calls = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			calls.add(CompletableFuture.runAsync(() -> {
				try {
					client.requestSession(SessionsClientWireTests.minimalRequest());
				}
				catch (RuntimeException ex) {
					failures.computeIfAbsent(failure(ex), (key) -> new AtomicInteger()).incrementAndGet();
				}
			}, callers));
		}
		CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
	}

	private static String failure(RuntimeException ex) {
		return (ex instanceof CheckoutTransportException transport) ? transport.getKind().name()
				: ex.getClass().getSimpleName();
	}

	private static SessionsClient client(IdleClosingServer api, ClientSettings settings) {
		return SessionsClient.builder()
			.baseUrl(api.baseUrl())
			.tokenUrl(api.baseUrl() + "/connect/token")
			.clientCredentials(ApiStubs.CLIENT_ID, ApiStubs.CLIENT_SECRET)
			.settings(settings.withReadTimeout(Duration.ofSeconds(2))
				.withCallTimeout(Duration.ofSeconds(5))
				.withRetry(ApiStubs.FAST_RETRY))
			.build();
	}

	private static void awaitTrue(BooleanSupplier condition, String what) {
		Awaitility.await("waiting until " + what).atMost(Duration.ofSeconds(5)).until(condition::getAsBoolean);
	}

}
