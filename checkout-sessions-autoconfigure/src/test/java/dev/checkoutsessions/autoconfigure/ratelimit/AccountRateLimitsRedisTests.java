package dev.checkoutsessions.autoconfigure.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import dev.checkoutsessions.client.RateLimiter;

import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.BUDGET;
import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.FIFTY_WRITES;
import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.RUN;
import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.TOLERANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * {@code checkout.rate-limit.store=redis} with several accounts, on a real Redis: each
 * account gets its own budget, every instance of the application shares each account's
 * budget, and however many accounts there are an instance holds one connection to Redis
 * and one probe thread.
 */
class AccountRateLimitsRedisTests {

	private static int redisPort;

	/** Keeps this run's accounts apart from earlier runs' buckets still in Redis. */
	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final Deque<AutoCloseable> closeables = new ArrayDeque<>();

	@BeforeAll
	static void redis() {
		redisPort = RedisForTests.port();
	}

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
	}

	@Test
	void twoAccountsOfFiftyWritesPerSecondPushedAsHardAsPossibleEachGetFiftyPerSecond() throws Exception {
		RedisRateLimiters limiters = connected(instance("checkout-two-accounts-" + this.run));
		RateLimiter first = limiters.forAccount("aaaa1111-" + this.run, "ack_first", FIFTY_WRITES);
		RateLimiter second = limiters.forAccount("bbbb2222-" + this.run, "ack_second", FIFTY_WRITES);

		List<Double> rates = PermitRates.drive(List.of(first, second), 4, RUN);

		System.out.println("Redis store, two accounts of " + BUDGET + " writes/s, 4 threads each for " + RUN + ": "
				+ rates + " permits/s");
		assertThat(limiters.isShared()).as("still on Redis (no fallback to the local buckets)").isTrue();
		assertThat(rates).allSatisfy((rate) -> assertThat(rate).isCloseTo(BUDGET, within(BUDGET * TOLERANCE)));
	}

	@Test
	void twoInstancesShareTheBudgetOfOneAccountAndNotOfTwo() throws Exception {
		// Two instances of an application, as two JVMs would have them: limiters of
		// their own, each on a connection of its own, on one Redis.
		RedisRateLimiters one = connected(instance("checkout-instance-one-" + this.run));
		RedisRateLimiters two = connected(instance("checkout-instance-two-" + this.run));
		String shared = "eeee5555-" + this.run;

		List<Double> rates = PermitRates
			.drive(List.of(one.forAccount(shared, "ack_e", FIFTY_WRITES), two.forAccount(shared, "ack_e", FIFTY_WRITES),
					one.forAccount("ffff6666-" + this.run, "ack_f", FIFTY_WRITES),
					two.forAccount("gggg7777-" + this.run, "ack_g", FIFTY_WRITES)), 3, RUN);

		System.out.println("Redis store, two instances, " + BUDGET + " writes/s each account, 3 threads each for " + RUN
				+ ": shared account " + rates.subList(0, 2) + ", one account each " + rates.subList(2, 4)
				+ " permits/s");
		assertThat(one.isShared() && two.isShared()).as("still on Redis").isTrue();
		assertThat(rates.get(0) + rates.get(1)).as("one account, two instances")
			.isCloseTo(BUDGET, within(BUDGET * TOLERANCE));
		assertThat(rates.subList(2, 4)).as("an account of each instance")
			.allSatisfy((rate) -> assertThat(rate).isCloseTo(BUDGET, within(BUDGET * TOLERANCE)));
	}

	@Test
	void aThousandAccountsShareOneConnectionAndOneProbeThread() throws Exception {
		long probesBefore = probeThreads();
		String name = "checkout-thousand-" + this.run;
		RedisRateLimiters limiters = connected(instance(name));
		List<RedisRateLimiter> accounts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			accounts.add(limiters.forAccount(null, "ack_" + this.run + "_" + i, FIFTY_WRITES));
		}
		for (RedisRateLimiter account : accounts) {
			assertThat(account.tryAcquire(RateLimiter.Kind.READ, Duration.ofSeconds(1))).isTrue();
		}

		long clients = RedisForTests.clients(redisPort, name);
		long probes = probeThreads() - probesBefore;
		System.out.println("1,000 accounts on Redis: " + clients + " connection(s), " + probes + " probe thread(s)");
		assertThat(limiters.size()).isEqualTo(1000);
		assertThat(accounts)
			.allSatisfy((account) -> assertThat(account.describe()).containsEntry("redis", "connected"));
		assertThat(clients).as("connections to Redis").isEqualTo(1);
		assertThat(probes).as("probe threads").isEqualTo(1);
	}

	@Test
	void theLimitersOfAccountsNoClientHoldsAreLetGo() {
		RedisRateLimiters limiters = instance("checkout-let-go-" + this.run);
		this.closeables.push(limiters);
		RedisRateLimiter held = limiters.forAccount("hhhh8888-" + this.run, "ack_held", FIFTY_WRITES);
		for (int i = 0; i < 5_000; i++) {
			limiters.forAccount(null, "ack_" + this.run + "_merchant_" + i, FIFTY_WRITES);
		}

		LimitersLetGo.await(limiters::size);

		assertThat(limiters.forAccount("hhhh8888-" + this.run, "ack_another_credential", FIFTY_WRITES)).isSameAs(held);
	}

	@Test
	void theKeysHoldTheAccountIdentityAndNoCredential() throws Exception {
		LettuceConnectionFactory connectionFactory = connectionFactory("checkout-keys-" + this.run);
		RedisRateLimiters limiters = connected(new RedisRateLimiters(LettuceBuckets.store(connectionFactory)));
		String clientId = "ack_credential_" + this.run;
		RedisRateLimiter bySubdomain = limiters.forAccount("HhHh8888-" + this.run, clientId, FIFTY_WRITES);
		RedisRateLimiter byClientId = limiters.forAccount(null, clientId, FIFTY_WRITES);
		for (RateLimiter limiter : List.of(bySubdomain, byClientId)) {
			assertThat(limiter.tryAcquire(RateLimiter.Kind.READ, Duration.ofSeconds(1))).isTrue();
			assertThat(limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ofSeconds(1))).isTrue();
		}

		Set<String> keys = keys(connectionFactory);

		assertThat(byClientId.account()).matches("client-[0-9a-f]{16}");
		assertThat(keys).contains("checkout-sessions:rate-limit:hhhh8888-" + this.run + ":read",
				"checkout-sessions:rate-limit:hhhh8888-" + this.run + ":write",
				"checkout-sessions:rate-limit:" + byClientId.account() + ":read",
				"checkout-sessions:rate-limit:" + byClientId.account() + ":write");
		assertThat(keys).allSatisfy((key) -> assertThat(key).doesNotContain(clientId).doesNotContain("credential"));
	}

	private RedisRateLimiters instance(String clientName) {
		return new RedisRateLimiters(LettuceBuckets.store(connectionFactory(clientName)));
	}

	private LettuceConnectionFactory connectionFactory(String clientName) {
		LettuceConnectionFactory connectionFactory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", redisPort),
				LettuceClientConfiguration.builder().clientName(clientName).build());
		connectionFactory.afterPropertiesSet();
		this.closeables.push(connectionFactory::destroy);
		return connectionFactory;
	}

	private RedisRateLimiters connected(RedisRateLimiters limiters) {
		this.closeables.push(limiters);
		limiters.start();
		await().atMost(Duration.ofSeconds(10)).until(limiters::isShared);
		return limiters;
	}

	private static Set<String> keys(LettuceConnectionFactory connectionFactory) {
		try (RedisConnection connection = connectionFactory.getConnection()) {
			Set<byte[]> keys = connection.keyCommands()
				.keys("checkout-sessions:rate-limit:*".getBytes(StandardCharsets.UTF_8));
			return (keys != null) ? keys.stream()
				.map((key) -> new String(key, StandardCharsets.UTF_8))
				.collect(java.util.stream.Collectors.toSet()) : Set.of();
		}
	}

	private static long probeThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.isAlive() && RedisRateLimiters.PROBE_THREAD.equals(thread.getName()))
			.count();
	}

}
