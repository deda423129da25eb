package dev.checkoutsessions.client;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.checkoutsessions.client.model.GetSessionResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Resolved accounts over real HTTP on loopback: many accounts on one
 * {@link CheckoutTransport} share its connections and threads but not their tokens, an
 * evicted client's call under way finishes, and meters tell the accounts apart.
 */
class ResolvedAccountsOverHttpTests {

	private static final int ACCOUNTS = 1_000;

	private static final int POOL_SIZE = 8;

	private static final int CALLERS = 16;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private LoopbackCheckout checkout;

	private ThreadPoolExecutor callers;

	@BeforeEach
	void start() throws Exception {
		this.checkout = new LoopbackCheckout(CALLERS);
		this.callers = new ThreadPoolExecutor(CALLERS, CALLERS, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
		// Started before any count of the JVM's threads.
		this.callers.prestartAllCoreThreads();
	}

	@AfterEach
	void stop() {
		this.callers.shutdownNow();
		this.checkout.close();
	}

	private CheckoutAccount account(String name) {
		return CheckoutAccount.of("ack_" + name, "secret-of-" + name)
			.withUrls(this.checkout.baseUrl(), this.checkout.tokenUrl());
	}

	@Test
	void aThousandResolvedAccountsShareOnePoolYetEachCallsWithItsOwnToken() throws Exception {
		int threadsBefore = this.threads.getThreadCount();
		try (CheckoutTransport transport = CheckoutTransport
			.create(ClientSettings.defaults().withMaxConnections(POOL_SIZE));
				ResolvingSessionsClients clients = ResolvingSessionsClients
					.builder(this::account, (account) -> account.applyTo(onTransport(transport)).build())
					.build()) {
			callEveryAccountOnce(clients, ACCOUNTS);
			int threadsGrown = this.threads.getThreadCount() - threadsBefore;

			// One pool: never more connections than it holds, though a thousand
			// clients called.
			assertThat(this.checkout.connections()).isBetween(1, POOL_SIZE);
			// The pool's idle-connection evictor; no thread per account.
			assertThat(threadsGrown).isLessThanOrEqualTo(4);
			assertThat(this.checkout.tokenClientIds()).hasSize(ACCOUNTS);
			assertThat(new HashSet<>(this.checkout.tokenClientIds())).hasSize(ACCOUNTS);
			for (int i = 0; i < ACCOUNTS; i++) {
				assertThat(this.checkout.authorizationBySession().get("sid_m" + i))
					.isEqualTo("Bearer " + LoopbackCheckout.tokenOf("ack_m" + i));
			}
		}
	}

	/**
	 * The same count without a shared transport, on a few accounts: each client opens its
	 * own connection and starts its own evictor thread, so the counts above would see a
	 * thousand of each if the accounts did not share.
	 */
	@Test
	void clientsWithoutASharedTransportEachOpenAConnectionAndAThreadOfTheirOwn() throws Exception {
		int accounts = 20;
		int threadsBefore = this.threads.getThreadCount();
		try (ResolvingSessionsClients clients = ResolvingSessionsClients
			.builder(this::account, (account) -> account.applyTo(SessionsClient.builder()).build())
			.build()) {
			callEveryAccountOnce(clients, accounts);

			assertThat(this.checkout.connections()).isGreaterThanOrEqualTo(accounts);
			assertThat(this.threads.getThreadCount() - threadsBefore).isGreaterThanOrEqualTo(accounts);
		}
	}

	@Test
	void aCallUnderWayOnAnEvictedClientFinishesAfterItsClientIsClosed() throws Exception {
		AtomicInteger closes = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		this.checkout.holdAnswer("sid_slow", release);
		try (CheckoutTransport transport = CheckoutTransport.create(ClientSettings.defaults());
				ResolvingSessionsClients clients = ResolvingSessionsClients
					.builder(this::account,
							(account) -> countingCloses(account.applyTo(onTransport(transport)).build(), closes))
					.build()) {
			SessionsClient evicted = clients.get("m1");
			Future<GetSessionResponse> underWay = this.callers.submit(() -> evicted.getSessionDetails("sid_slow"));
			await().atMost(Duration.ofSeconds(10)).until(() -> this.checkout.asked("sid_slow"));

			clients.accountChanged("m1");
			assertThat(closes).hasValue(1);
			release.countDown();

			assertThat(underWay.get(10, TimeUnit.SECONDS).getId()).isNotNull();
			assertThat(clients.get("m1")).isNotSameAs(evicted);
			assertThat(clients.get("m1").getSessionDetails("sid_after").getId()).isNotNull();
		}
	}

	@Test
	void metersAreTaggedWithTheAccountAndResolvedAccountsShareOneInFlightGauge() throws Exception {
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		try (CheckoutTransport transport = CheckoutTransport.create(ClientSettings.defaults())) {
			Supplier<SessionsClientBuilder> builders = () -> onTransport(transport).meterRegistry(meters)
				.observationRegistry(observations);
			SessionsClient eu = account("eu").applyTo(builders.get()).account("eu").build();
			SessionsClient us = account("us").applyTo(builders.get()).account("us").build();
			try (ResolvingSessionsClients clients = ResolvingSessionsClients
				.builder(this::account, (account) -> account.applyTo(builders.get()).build())
				.configured(SessionsClients.of(Map.of("eu", eu, "us", us), "eu"))
				.build()) {
				clients.get("eu").getSessionDetails("sid_eu");
				clients.get("us").getSessionDetails("sid_us");
				CountDownLatch release = new CountDownLatch(1);
				this.checkout.holdAnswer("sid_r1", release);
				this.checkout.holdAnswer("sid_r2", release);
				Future<GetSessionResponse> r1 = this.callers
					.submit(() -> clients.get("r1").getSessionDetails("sid_r1"));
				Future<GetSessionResponse> r2 = this.callers
					.submit(() -> clients.get("r2").getSessionDetails("sid_r2"));
				await().atMost(Duration.ofSeconds(10))
					.until(() -> this.checkout.asked("sid_r1") && this.checkout.asked("sid_r2"));

				assertThat(inFlight(meters, "resolved")).isEqualTo(2.0);
				release.countDown();
				r1.get(10, TimeUnit.SECONDS);
				r2.get(10, TimeUnit.SECONDS);
				assertThat(inFlight(meters, "resolved")).isZero();

				assertThat(callTimer(meters, "eu")).isEqualTo(1);
				assertThat(callTimer(meters, "us")).isEqualTo(1);
				assertThat(callTimer(meters, "resolved")).isEqualTo(2);
			}
			finally {
				eu.close();
				us.close();
			}
		}
	}

	private static SessionsClientBuilder onTransport(CheckoutTransport transport) {
		return SessionsClient.builder().transport(transport).callTimeout(Duration.ofSeconds(15));
	}

	private void callEveryAccountOnce(ResolvingSessionsClients clients, int accounts) throws Exception {
		List<Future<GetSessionResponse>> calls = new ArrayList<>();
		for (int i = 0; i < accounts; i++) {
			String name = "m" + i;
			calls.add(this.callers.submit(() -> clients.get(name).getSessionDetails("sid_" + name)));
		}
		for (Future<GetSessionResponse> call : calls) {
			assertThat(call.get(30, TimeUnit.SECONDS).getId()).isNotNull();
		}
	}

	private static double inFlight(MeterRegistry meters, String account) {
		return meters.get(MicrometerCallMeters.IN_FLIGHT).tag("account", account).gauge().value();
	}

	private static long callTimer(MeterRegistry meters, String account) {
		return meters.get("checkout.sessions.client").tag("account", account).timer().count();
	}

	/**
	 * The client, counting how often it is closed.
	 */
	private static SessionsClient countingCloses(SessionsClient client, AtomicInteger closes) {
		return (SessionsClient) Proxy.newProxyInstance(ResolvedAccountsOverHttpTests.class.getClassLoader(),
				new Class<?>[] { SessionsClient.class }, (proxy, method, args) -> {
					if (method.getName().equals("close")) {
						closes.incrementAndGet();
					}
					try {
						return method.invoke(client, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
