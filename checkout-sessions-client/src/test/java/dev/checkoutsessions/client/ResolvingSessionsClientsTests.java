package dev.checkoutsessions.client;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The cache of resolved accounts on its own, with clients that only record being closed:
 * one resolution per account however many callers race for it, failures not cached, and
 * every eviction (changed, idle, least recently used, closed) closing the client exactly
 * once.
 */
class ResolvingSessionsClientsTests {

	private static final int CALLERS = 32;

	private final Map<String, AtomicInteger> resolutions = new ConcurrentHashMap<>();

	private final List<SpyClient> built = new CopyOnWriteArrayList<>();

	private final OAuthTokenTests.MutableClock clock = new OAuthTokenTests.MutableClock();

	private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

	@AfterEach
	void stopCallers() {
		this.callers.shutdownNow();
	}

	private CheckoutAccount resolve(String name) {
		this.resolutions.computeIfAbsent(name, (key) -> new AtomicInteger()).incrementAndGet();
		return CheckoutAccount.of("ack_" + name, "secret-of-" + name);
	}

	private int resolutionsOf(String name) {
		AtomicInteger count = this.resolutions.get(name);
		return (count != null) ? count.get() : 0;
	}

	private SessionsClient spyFactory(CheckoutAccount account) {
		SpyClient spy = new SpyClient(account);
		this.built.add(spy);
		return spy.client;
	}

	private ResolvingSessionsClients.Builder builder(CheckoutAccountResolver resolver) {
		return ResolvingSessionsClients.builder(resolver, this::spyFactory).clock(this.clock);
	}

	private SpyClient spyOf(SessionsClient client) {
		return this.built.stream().filter((spy) -> spy.client == client).findFirst().orElseThrow();
	}

	@Test
	void thirtyTwoFirstCallsAtOnceResolveAndBuildTheAccountOnce() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (ResolvingSessionsClients clients = builder((name) -> {
			awaitQuietly(release);
			return resolve(name);
		}).build()) {
			List<Future<SessionsClient>> answers = getAllAtOnce(clients, "m1");
			// Every caller but the one resolving waits for its client before the
			// resolver answers.
			awaitCallersWaitingForTheResolution(CALLERS - 1);
			release.countDown();

			List<SessionsClient> got = new ArrayList<>();
			for (Future<SessionsClient> answer : answers) {
				got.add(answer.get(10, TimeUnit.SECONDS));
			}
			assertThat(resolutionsOf("m1")).isEqualTo(1);
			assertThat(this.built).hasSize(1);
			assertThat(got).hasSize(CALLERS).containsOnly(this.built.get(0).client);
		}
	}

	@Test
	void aFailingResolverFailsEveryWaiterAndIsAskedAgainByTheNextGet() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger calls = new AtomicInteger();
		try (ResolvingSessionsClients clients = builder((name) -> {
			if (calls.incrementAndGet() == 1) {
				awaitQuietly(release);
				throw new IllegalStateException("the merchant store is down");
			}
			return resolve(name);
		}).build()) {
			List<Future<SessionsClient>> answers = getAllAtOnce(clients, "m1");
			awaitCallersWaitingForTheResolution(CALLERS - 1);
			release.countDown();

			for (Future<SessionsClient> answer : answers) {
				assertThat(answer).failsWithin(Duration.ofSeconds(10))
					.withThrowableOfType(java.util.concurrent.ExecutionException.class)
					.havingCause()
					.isInstanceOf(IllegalStateException.class)
					.withMessage("the merchant store is down");
			}
			assertThat(this.built).isEmpty();

			SessionsClient client = clients.get("m1");
			assertThat(calls).hasValue(2);
			assertThat(client).isSameAs(this.built.get(0).client);
		}
	}

	@Test
	void aCheckedExceptionThrownByTheResolverIsWrappedWithTheAccountNameOnly() {
		try (ResolvingSessionsClients clients = builder((name) -> {
			throw sneaky(new IOException("jdbc:postgresql://db?password=hunter2 refused"));
		}).build()) {
			assertThatExceptionOfType(CheckoutException.class).isThrownBy(() -> clients.get("m1"))
				.withMessage("Could not resolve Checkout.com account 'm1'")
				.withCauseInstanceOf(IOException.class);
		}
	}

	@Test
	void anAccountTheResolverDoesNotKnowIsUnknownAndNotRemembered() {
		SpyClient eu = new SpyClient(CheckoutAccount.of("ack_eu", "secret-of-eu"));
		AtomicInteger calls = new AtomicInteger();
		try (ResolvingSessionsClients clients = builder((name) -> {
			calls.incrementAndGet();
			return null;
		}).configured(SessionsClients.of(Map.of("eu", eu.client), "eu")).build()) {
			for (int i = 0; i < 2; i++) {
				assertThatExceptionOfType(UnknownCheckoutAccountException.class).isThrownBy(() -> clients.get("m9"))
					.satisfies((ex) -> assertThat(ex.getAccount()).isEqualTo("m9"))
					.withMessageContaining("No Checkout.com account is named 'm9'")
					.withMessageContaining("the configured accounts are [eu]")
					.withMessageContaining("the account resolver knows none");
			}
			assertThat(calls).hasValue(2);
		}
	}

	@Test
	void configuredAccountsWinAndAreNeverResolvedNorClosed() {
		SpyClient eu = new SpyClient(CheckoutAccount.of("ack_eu", "secret-of-eu"));
		ResolvingSessionsClients clients = builder(this::resolve)
			.configured(SessionsClients.of(Map.of("eu", eu.client), "eu"))
			.build();

		assertThat(clients.get("eu")).isSameAs(eu.client);
		assertThat(clients.defaultClient()).isSameAs(eu.client);
		assertThat(clients.names()).containsExactly("eu");
		clients.accountChanged("eu");
		clients.close();

		assertThat(this.resolutions).isEmpty();
		assertThat(eu.isClosed()).isFalse();
	}

	@Test
	void withoutConfiguredAccountsThereAreNoNamesAndNoDefault() {
		try (ResolvingSessionsClients clients = builder(this::resolve).build()) {
			clients.get("m1");

			assertThat(clients.names()).isEmpty();
			assertThatExceptionOfType(UnknownCheckoutAccountException.class).isThrownBy(clients::defaultClient)
				.withMessageContaining("No Checkout.com account is the default");
		}
	}

	@Test
	void tenThousandCachedGetsNeverCallTheResolver() {
		try (ResolvingSessionsClients clients = builder(this::resolve).build()) {
			SessionsClient first = clients.get("m1");
			for (int i = 0; i < 10_000; i++) {
				assertThat(clients.get("m1")).isSameAs(first);
			}
			assertThat(resolutionsOf("m1")).isEqualTo(1);
			assertThat(this.built).hasSize(1);
		}
	}

	@Test
	void aClientUnusedForTheIdleTimeoutIsClosedByTheNextGetOfAnyAccountAndResolvedAgain() {
		try (ResolvingSessionsClients clients = builder(this::resolve).idleTimeout(Duration.ofMinutes(10)).build()) {
			SpyClient m1 = spyOf(clients.get("m1"));
			this.clock.advance(Duration.ofMinutes(6));
			clients.get("m2");
			assertThat(m1.isClosed()).as("used 6 minutes ago").isFalse();

			this.clock.advance(Duration.ofMinutes(5));
			SpyClient m2 = spyOf(clients.get("m2"));
			assertThat(m1.isClosed()).as("used 11 minutes ago").isTrue();
			assertThat(m2.isClosed()).isFalse();
			assertThat(clients.toString()).contains("resolved=1 [m2]");

			SessionsClient again = clients.get("m1");
			assertThat(again).isNotSameAs(m1.client);
			assertThat(resolutionsOf("m1")).isEqualTo(2);
			assertThat(m1.closes).hasValue(1);
		}
	}

	@Test
	void anIdleClientAskedForBeforeAnySweepIsClosedAndResolvedAgain() {
		try (ResolvingSessionsClients clients = builder(this::resolve).idleTimeout(Duration.ofMinutes(10)).build()) {
			SpyClient m1 = spyOf(clients.get("m1"));
			this.clock.advance(Duration.ofMinutes(10));

			assertThat(clients.get("m1")).isNotSameAs(m1.client);
			assertThat(m1.isClosed()).isTrue();
			assertThat(resolutionsOf("m1")).isEqualTo(2);
		}
	}

	@Test
	void evictIdleClosesIdleClientsWithoutAnyGet() {
		try (ResolvingSessionsClients clients = builder(this::resolve).idleTimeout(Duration.ofMinutes(10)).build()) {
			SpyClient m1 = spyOf(clients.get("m1"));
			this.clock.advance(Duration.ofMinutes(9));
			clients.evictIdle();
			assertThat(m1.isClosed()).isFalse();

			this.clock.advance(Duration.ofMinutes(1));
			clients.evictIdle();
			assertThat(m1.isClosed()).isTrue();
		}
	}

	@Test
	void accountChangedClosesTheClientAndTheNextGetResolvesAgain() {
		try (ResolvingSessionsClients clients = builder(this::resolve).build()) {
			SpyClient before = spyOf(clients.get("m1"));
			SpyClient other = spyOf(clients.get("m2"));

			clients.accountChanged("m1");
			clients.accountChanged("never-asked-for");

			assertThat(before.closes).hasValue(1);
			assertThat(other.isClosed()).isFalse();
			assertThat(clients.get("m1")).isNotSameAs(before.client);
			assertThat(resolutionsOf("m1")).isEqualTo(2);
		}
	}

	@Test
	void aResolutionUnderWayWhenTheAccountChangesIsDoneAgainSoNoStaleClientIsCached() throws Exception {
		CountDownLatch resolving = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger calls = new AtomicInteger();
		try (ResolvingSessionsClients clients = builder((name) -> {
			if (calls.incrementAndGet() == 1) {
				resolving.countDown();
				awaitQuietly(release);
				return CheckoutAccount.of("ack_" + name, "the-old-secret");
			}
			return CheckoutAccount.of("ack_" + name, "the-new-secret");
		}).build()) {
			Future<SessionsClient> first = this.callers.submit(() -> clients.get("m1"));
			assertThat(resolving.await(10, TimeUnit.SECONDS)).isTrue();
			clients.accountChanged("m1");
			release.countDown();

			SessionsClient got = first.get(10, TimeUnit.SECONDS);
			assertThat(spyOf(got).account.clientSecret()).isEqualTo("the-new-secret");
			assertThat(clients.get("m1")).isSameAs(got);
			assertThat(this.built).hasSize(2);
			SpyClient stale = this.built.get(0);
			assertThat(stale.account.clientSecret()).isEqualTo("the-old-secret");
			assertThat(stale.closes).hasValue(1);
			assertThat(calls).hasValue(2);
		}
	}

	@Test
	void beyondMaxAccountsTheLeastRecentlyUsedIsClosed() {
		try (ResolvingSessionsClients clients = builder(this::resolve).maxAccounts(2).build()) {
			SpyClient a = spyOf(clients.get("a"));
			this.clock.advance(Duration.ofSeconds(1));
			SpyClient b = spyOf(clients.get("b"));
			this.clock.advance(Duration.ofSeconds(1));
			clients.get("a");
			this.clock.advance(Duration.ofSeconds(1));

			SpyClient c = spyOf(clients.get("c"));

			assertThat(b.isClosed()).isTrue();
			assertThat(a.isClosed()).isFalse();
			assertThat(c.isClosed()).isFalse();
			assertThat(clients.toString()).contains("resolved=2");
		}
	}

	@Test
	void aResolutionStillUnderWayTakesNoRoomFromTheReadyClients() throws Exception {
		CountDownLatch resolving = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (ResolvingSessionsClients clients = builder((name) -> {
			if (name.equals("unknown")) {
				resolving.countDown();
				awaitQuietly(release);
				return null;
			}
			return resolve(name);
		}).maxAccounts(2).build()) {
			SpyClient a = spyOf(clients.get("a"));
			this.clock.advance(Duration.ofSeconds(1));
			SpyClient b = spyOf(clients.get("b"));
			Future<SessionsClient> unknown = this.callers.submit(() -> clients.get("unknown"));
			awaitQuietly(resolving);
			this.clock.advance(Duration.ofSeconds(1));

			SpyClient c = spyOf(clients.get("c"));
			release.countDown();

			assertThat(unknown).failsWithin(Duration.ofSeconds(10));
			assertThat(a.isClosed()).as("a, the least recently used").isTrue();
			assertThat(b.isClosed()).as("b, evicted for an account that never came").isFalse();
			assertThat(c.isClosed()).isFalse();
			assertThat(clients.toString()).contains("resolved=2");
		}
	}

	@Test
	void anAccountWhoseResolutionWasSlowIsUsedWhenBuiltNotWhenAsked() throws Exception {
		CountDownLatch resolving = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch closingA = new CountDownLatch(1);
		CountDownLatch finishClosingA = new CountDownLatch(1);
		try (ResolvingSessionsClients clients = ResolvingSessionsClients.builder((name) -> {
			if (name.equals("slow")) {
				resolving.countDown();
				awaitQuietly(release);
			}
			return resolve(name);
		}, (account) -> {
			SpyClient spy = account.clientId().equals("ack_a") ? new SpyClient(account, () -> {
				closingA.countDown();
				awaitQuietly(finishClosingA);
			}) : new SpyClient(account);
			this.built.add(spy);
			return spy.client;
		}).clock(this.clock).maxAccounts(2).build()) {
			SpyClient a = spyOf(clients.get("a"));
			this.clock.advance(Duration.ofSeconds(1));
			SpyClient b = spyOf(clients.get("b"));
			this.clock.advance(Duration.ofSeconds(9));
			Future<SessionsClient> slow = this.callers.submit(() -> clients.get("slow"));
			awaitQuietly(resolving);
			this.clock.advance(Duration.ofSeconds(10));
			clients.get("b");
			this.clock.advance(Duration.ofSeconds(5));
			// Built at 25 s; its builder evicts a and is still closing it...
			release.countDown();
			awaitQuietly(closingA);
			this.clock.advance(Duration.ofSeconds(5));
			// ...when another account is built at 30 s: b, used at 20 s, is the least
			// recently used, not the account built at 25 s.
			SpyClient z = spyOf(clients.get("z"));
			finishClosingA.countDown();

			SpyClient slowSpy = spyOf(slow.get(10, TimeUnit.SECONDS));
			assertThat(a.isClosed()).isTrue();
			assertThat(b.isClosed()).isTrue();
			assertThat(slowSpy.isClosed()).as("the account built at 25 s").isFalse();
			assertThat(z.isClosed()).isFalse();
		}
	}

	@Test
	void closeClosesEveryCachedClientAndRefusesLaterGets() {
		ResolvingSessionsClients clients = builder(this::resolve).build();
		SpyClient m1 = spyOf(clients.get("m1"));
		SpyClient m2 = spyOf(clients.get("m2"));

		clients.close();

		assertThat(m1.closes).hasValue(1);
		assertThat(m2.closes).hasValue(1);
		assertThatIllegalStateException().isThrownBy(() -> clients.get("m1"));
		assertThatIllegalStateException().isThrownBy(() -> clients.get("m3"));
		assertThat(clients.toString()).contains("resolved=0", "closed");
	}

	@Test
	void closingWhileAnAccountIsResolvedClosesItsClientAndFailsItsCaller() throws Exception {
		CountDownLatch resolving = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ResolvingSessionsClients clients = builder((name) -> {
			resolving.countDown();
			awaitQuietly(release);
			return resolve(name);
		}).build();
		Future<SessionsClient> underWay = this.callers.submit(() -> clients.get("m1"));
		assertThat(resolving.await(10, TimeUnit.SECONDS)).isTrue();

		clients.close();
		release.countDown();

		assertThat(underWay).failsWithin(Duration.ofSeconds(10))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(IllegalStateException.class);
		assertThat(this.built).hasSize(1);
		assertThat(this.built.get(0).closes).hasValue(1);
		assertThat(resolutionsOf("m1")).isEqualTo(1);
	}

	@Test
	void toStringNamesTheResolvedAccountsNeverTheirCredentials() {
		try (ResolvingSessionsClients clients = builder(this::resolve).build()) {
			clients.get("m1");

			assertThat(clients.toString()).isEqualTo("ResolvingSessionsClients{configured=[], resolved=1 [m1]}")
				.doesNotContain("secret");
		}
	}

	private List<Future<SessionsClient>> getAllAtOnce(ResolvingSessionsClients clients, String name) {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<SessionsClient>> answers = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			answers.add(this.callers.submit(() -> {
				start.await();
				return clients.get(name);
			}));
		}
		start.countDown();
		return answers;
	}

	/**
	 * Waits until {@code count} callers are blocked waiting for a client another caller
	 * is building: their stacks show where.
	 */
	private static void awaitCallersWaitingForTheResolution(int count) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Thread.getAllStackTraces()
				.values()
				.stream()
				.filter((stack) -> Arrays.stream(stack)
					.anyMatch((frame) -> frame.getClassName().equals(ResolvedAccount.class.getName())
							&& frame.getMethodName().equals("awaitClient")))
				.count() == count);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the test never released the resolver");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> RuntimeException sneaky(Throwable failure) throws T {
		throw (T) failure;
	}

}
