package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import dev.checkoutsessions.autoconfigure.CheckoutRateLimitAutoConfiguration;
import dev.checkoutsessions.autoconfigure.SessionsClientAutoConfiguration;
import dev.checkoutsessions.client.CheckoutRateLimitedException;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code checkout.rate-limit.store=redis} on a real Redis: three application instances
 * share one account budget of 50 writes per second, and Redis going away mid-run leaves
 * calls going on a local bucket.
 */
@ExtendWith(OutputCaptureExtension.class)
class SharedRateLimitRedisTests {

	private static final int BUDGET = 50;

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

	/** How long three instances share the budget: four whole seconds are measured. */
	private static final int SHARED_RUN_SECONDS = 6;

	/** A flapping Redis: away this long out of every {@link #FLAP_PERIOD}. */
	private static final Duration FLAP_DOWN = Duration.ofMillis(800);

	private static final Duration FLAP_PERIOD = Duration.ofSeconds(2);

	private static final int FLAP_COUNT = 10;

	private static final String FALLBACK_WARNING = "Redis is unreachable for the Checkout.com rate limit";

	private static int redisPort;

	@BeforeAll
	static void redis() {
		redisPort = RedisForTests.port();
	}

	@Test
	void threeInstancesPushingAsHardAsTheyCanShareOneBudgetOfFiftyWritesPerSecond() throws Exception {
		try (ApiStandIn api = new ApiStandIn()) {
			ApplicationContextRunner instance = instance(api, redisPort, "ack_" + UUID.randomUUID());
			instance.run((first) -> instance.run((second) -> instance.run((third) -> {
				List<ApplicationContext> fleet = List.of(first, second, third);
				fleet.forEach(SharedRateLimitRedisTests::awaitShared);
				Load load = Load.start(fleet, 8, Duration.ofSeconds(SHARED_RUN_SECONDS));
				load.await();

				load.assertEveryCallSucceededOrWasRateLimitedWithinItsDeadline();
				List<Integer> all = perSecond(api.sessionRequests(), SHARED_RUN_SECONDS);
				// The first second warms three cold JVM paths (a Redis round trip slower
				// than the limiter's timeout falls back to the local bucket); the last
				// is cut short by the end of the run.
				List<Integer> perSecond = all.subList(1, SHARED_RUN_SECONDS - 1);
				double average = perSecond.stream().mapToInt(Integer::intValue).average().orElse(0);
				System.out.println("Shared budget of " + BUDGET + "/s, three instances: " + all + " per second, "
						+ load.outcomes.size() + " calls");
				assertThat(average).as("requests per second, per second: %s", perSecond)
					.isBetween(BUDGET * 0.9, BUDGET * 1.1);
				assertThat(perSecond).as("each second")
					.allSatisfy((count) -> assertThat(count).isBetween((int) (BUDGET * 0.9),
							(int) Math.ceil(BUDGET * 1.1)));
			})));
		}
	}

	@Test
	void redisGoingAwayMidRunFallsBackToALocalBucketAndCallsGoOn(CapturedOutput output) throws Exception {
		try (ApiStandIn api = new ApiStandIn(); TcpProxy redis = new TcpProxy(redisPort)) {
			ApplicationContextRunner instance = instance(api, redis.port(), "ack_" + UUID.randomUUID());
			instance.run((context) -> {
				awaitShared(context);
				Load load = Load.start(List.of(context), 8, Duration.ofSeconds(4));
				TimeUnit.MILLISECONDS.sleep(1500);
				long cutAt = System.nanoTime();
				redis.cut();
				load.await();

				load.assertEveryCallSucceededOrWasRateLimitedWithinItsDeadline();
				long afterCut = api.sessionRequests().stream().filter((at) -> at - cutAt > 0).count();
				System.out.println("Redis cut after 1.5 s: " + afterCut + " requests sent in the 2.5 s after the cut");
				// About 2.5 s at 50/s went on from the local bucket.
				assertThat(afterCut).isGreaterThan(BUDGET);
				RedisRateLimiter limiter = (RedisRateLimiter) context.getBean(RateLimiter.class);
				assertThat(limiter.isShared()).isFalse();
				assertThat(((SessionsClientDiagnostics) context.getBean(SessionsClient.class)).limits())
					.extractingByKey("rateLimit")
					.asString()
					.contains("store=redis", "unavailable since", "local bucket");
				assertThat(output.getOut().split(FALLBACK_WARNING, -1)).as("one WARN").hasSize(2);
			});
		}
	}

	@Test
	void withRedisAwayAFleetThatDeclaresItsSizeStaysWithinTheBudget() throws Exception {
		try (ApiStandIn api = new ApiStandIn(); TcpProxy redis = new TcpProxy(redisPort)) {
			ApplicationContextRunner instance = instance(api, redis.port(), "ack_" + UUID.randomUUID())
				.withPropertyValues("checkout.rate-limit.instances=3");
			instance.run((first) -> instance.run((second) -> instance.run((third) -> {
				List<ApplicationContext> fleet = List.of(first, second, third);
				fleet.forEach(SharedRateLimitRedisTests::awaitShared);
				redis.cut();
				Load load = Load.start(fleet, 8, Duration.ofSeconds(3));
				load.await();

				load.assertEveryCallSucceededOrWasRateLimitedWithinItsDeadline();
				// Skip the first half second: each instance notices the cut on its first
				// call and each local bucket starts full.
				long from = load.startedAt + TimeUnit.MILLISECONDS.toNanos(500);
				long to = from + TimeUnit.SECONDS.toNanos(2);
				long sent = api.sessionRequests().stream().filter((at) -> at - from > 0 && at - to <= 0).count();
				System.out.println("Redis away, three instances declaring instances=3: " + sent + " requests in 2 s");
				// Each takes 50 / 3 = 16 writes/s: 96 in 2 s together (without the
				// declared size: 300).
				assertThat(sent).isBetween((long) (2 * BUDGET * 0.8), (long) (2 * BUDGET * 1.1));
				fleet
					.forEach((context) -> assertThat(((RedisRateLimiter) context.getBean(RateLimiter.class)).describe())
						.containsEntry("instances", 3)
						.extractingByKey("redis")
						.asString()
						.contains("33 reads/s and 16 writes/s (the budget ÷ 3 instances)"));
			})));
		}
	}

	@Test
	void aFlappingRedisCostsTheLimiterOneConnectionNotOneMorePerFlap() throws Exception {
		String name = "checkout-flapping-" + UUID.randomUUID();
		try (ApiStandIn api = new ApiStandIn(); TcpProxy redis = new TcpProxy(redisPort)) {
			ApplicationContextRunner instance = instance(api, redis.port(), "ack_" + UUID.randomUUID())
				.withPropertyValues("spring.data.redis.client-name=" + name);
			instance.run((context) -> {
				awaitShared(context);
				// The token and a cold JVM's first call are not what this test is about.
				context.getBean(SessionsClient.class).requestSession(request());
				long connected = RedisForTests.clients(redisPort, name);
				List<Long> afterEachFlap = new ArrayList<>();
				// Calls keep going so that each flap is noticed: a Redis round trip that
				// outlasts the limiter's timeout sends the limiter to its probe. Each
				// flap
				// is longer than that timeout, and the probe comes back while Redis is.
				Load load = Load.start(List.of(context), 2, FLAP_PERIOD.multipliedBy(FLAP_COUNT));
				for (int flap = 0; flap < FLAP_COUNT; flap++) {
					redis.interrupt();
					TimeUnit.MILLISECONDS.sleep(FLAP_DOWN.toMillis());
					redis.restore();
					TimeUnit.MILLISECONDS.sleep(FLAP_PERIOD.minus(FLAP_DOWN).toMillis());
					afterEachFlap.add(RedisForTests.clients(redisPort, name));
				}
				load.await();
				awaitShared(context);
				afterEachFlap.add(RedisForTests.clients(redisPort, name));

				System.out.println("Redis flapping " + FLAP_COUNT + " times: " + connected
						+ " client(s) before, after each flap " + afterEachFlap);
				load.assertEveryCallSucceededOrWasRateLimitedWithinItsDeadline();
				assertThat(connected).as("clients once connected").isEqualTo(1);
				assertThat(afterEachFlap).as("clients after each of %s flaps", FLAP_COUNT)
					.allSatisfy((clients) -> assertThat(clients).isLessThanOrEqualTo(connected));
			});
		}
	}

	@Test
	void outsideAContextTheFirstPermitStartsTheLimiter() throws Exception {
		LettuceConnectionFactory connectionFactory = new LettuceConnectionFactory("127.0.0.1", redisPort);
		connectionFactory.afterPropertiesSet();
		try (RedisRateLimiters limiters = new RedisRateLimiters(LettuceBuckets.store(connectionFactory))) {
			RedisRateLimiter limiter = limiters.forAccount("outside-" + UUID.randomUUID(),
					ClientSettings.RateLimit.defaults().withBudgets(100, BUDGET));
			assertThat(limiters.isRunning()).isFalse();
			assertThat(limiter.describe()).extractingByKey("redis").asString().contains("not connected yet");

			assertThat(limiter.tryAcquire(RateLimiter.Kind.WRITE, Duration.ZERO)).isTrue();

			assertThat(limiters.isRunning()).isTrue();
			await().atMost(Duration.ofSeconds(5)).until(limiter::isShared);
			assertThat(limiter.describe()).containsEntry("redis", "connected");
		}
		finally {
			connectionFactory.destroy();
		}
	}

	private static ApplicationContextRunner instance(ApiStandIn api, int redisPort, String clientId) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class,
					RestClientAutoConfiguration.class, DataRedisAutoConfiguration.class,
					CheckoutRateLimitAutoConfiguration.class, SessionsClientAutoConfiguration.class))
			.withPropertyValues("checkout.base-url=" + api.baseUrl(),
					"checkout.oauth.token-url=" + api.baseUrl() + "/connect/token",
					"checkout.oauth.client-id=" + clientId, "checkout.oauth.client-secret=s3cr3t-value",
					"checkout.call-timeout=" + CALL_TIMEOUT.toMillis() + "ms", "checkout.rate-limit.enabled=true",
					"checkout.rate-limit.store=redis", "checkout.rate-limit.writes-per-second=" + BUDGET,
					"checkout.rate-limit.max-wait=1s", "spring.data.redis.host=127.0.0.1",
					"spring.data.redis.port=" + redisPort, "spring.data.redis.timeout=1s");
	}

	private static void awaitShared(ApplicationContext context) {
		RedisRateLimiter limiter = (RedisRateLimiter) context.getBean(RateLimiter.class);
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!limiter.isShared() && System.nanoTime() - until < 0) {
			Thread.onSpinWait();
		}
		assertThat(limiter.isShared()).as("connected to Redis: %s", limiter.describe()).isTrue();
	}

	/** Requests per whole second since the first, for {@code seconds} seconds. */
	private static List<Integer> perSecond(List<Long> arrivals, int seconds) {
		long first = arrivals.stream().mapToLong(Long::longValue).min().orElseThrow();
		int[] counts = new int[seconds];
		for (long at : arrivals) {
			int second = (int) TimeUnit.NANOSECONDS.toSeconds(at - first);
			if (second < seconds) {
				counts[second]++;
			}
		}
		List<Integer> list = new ArrayList<>();
		for (int count : counts) {
			list.add(count);
		}
		return list;
	}

	private static SessionRequest request() {
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.currency(Currency.USD)
			.completion(NonHostedCompletionInfo.builder().build())
			.build();
	}

	/** Callers looping {@code requestSession} as fast as their permits allow. */
	private static final class Load {

		private final List<Thread> threads = new ArrayList<>();

		private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

		private final long startedAt = System.nanoTime();

		static Load start(List<ApplicationContext> fleet, int callersEach, Duration duration) {
			Load load = new Load();
			long end = System.nanoTime() + duration.toNanos();
			for (ApplicationContext context : fleet) {
				SessionsClient client = context.getBean(SessionsClient.class);
				for (int i = 0; i < callersEach; i++) {
					Thread thread = new Thread(() -> {
						while (System.nanoTime() - end < 0) {
							long began = System.nanoTime();
							Throwable failure = null;
							try {
								client.requestSession(request());
							}
							catch (RuntimeException ex) {
								failure = ex;
							}
							load.outcomes.add(new Outcome(Duration.ofNanos(System.nanoTime() - began), failure));
						}
					}, "load");
					load.threads.add(thread);
					thread.start();
				}
			}
			return load;
		}

		void await() throws InterruptedException {
			for (Thread thread : this.threads) {
				thread.join(30_000);
			}
		}

		void assertEveryCallSucceededOrWasRateLimitedWithinItsDeadline() {
			assertThat(this.outcomes).isNotEmpty().allSatisfy((outcome) -> {
				if (outcome.failure() != null) {
					assertThat(outcome.failure()).isInstanceOf(CheckoutRateLimitedException.class);
				}
				assertThat(outcome.took()).isLessThan(CALL_TIMEOUT.plus(CALL_TIMEOUT.dividedBy(10)));
			});
		}

	}

	private record Outcome(Duration took, Throwable failure) {
	}

}
