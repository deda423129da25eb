package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import dev.checkoutsessions.autoconfigure.CheckoutRateLimiters;
import dev.checkoutsessions.client.CheckoutRateLimitedException;
import dev.checkoutsessions.client.SessionsClient;

import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.BUDGET;
import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.FIFTY_WRITES;
import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.TOLERANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Two real clients of two accounts, each with its account's limiter, pushing
 * {@code POST /sessions} as hard as they can at a loopback stand-in of its own: each
 * account's stand-in sees about its account's 50 writes per second.
 */
class AccountRateLimitsClientsTests {

	private static final Duration RUN = Duration.ofSeconds(6);

	private static final int CALLERS_EACH = 8;

	@Test
	void twoClientsOfTwoAccountsSendFiftyWritesPerSecondEachWithTheLocalStore() throws Exception {
		assertEachAccountSendsItsBudget(new LocalRateLimiters(), "local");
	}

	@Test
	void twoClientsOfTwoAccountsSendFiftyWritesPerSecondEachOnRedis() throws Exception {
		LettuceConnectionFactory connectionFactory = new LettuceConnectionFactory("127.0.0.1", RedisForTests.port());
		connectionFactory.afterPropertiesSet();
		try (RedisRateLimiters limiters = new RedisRateLimiters(LettuceBuckets.store(connectionFactory))) {
			limiters.start();
			await().atMost(Duration.ofSeconds(10)).until(limiters::isShared);
			assertEachAccountSendsItsBudget(limiters, "redis");
			assertThat(limiters.isShared()).as("still on Redis").isTrue();
		}
		finally {
			connectionFactory.destroy();
		}
	}

	private static void assertEachAccountSendsItsBudget(CheckoutRateLimiters limiters, String store) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		try (ApiStandIn first = new ApiStandIn();
				ApiStandIn second = new ApiStandIn();
				SessionsClient firstClient = client(first, "aaaa1111-" + run, limiters);
				SessionsClient secondClient = client(second, "bbbb2222-" + run, limiters)) {
			// The token and a cold JVM's first call are not what this test is about.
			firstClient.requestSession(SessionCallers.request());
			secondClient.requestSession(SessionCallers.request());
			long warmedUp = System.nanoTime();

			List<Throwable> failures = SessionCallers.drive(List.of(firstClient, secondClient), CALLERS_EACH, RUN);

			assertThat(failures)
				.allSatisfy((failure) -> assertThat(failure).isInstanceOf(CheckoutRateLimitedException.class));
			// The first second is the burst of full buckets and the callers starting.
			double firstRate = perSecond(first, warmedUp);
			double secondRate = perSecond(second, warmedUp);
			System.out.println("Two clients of two accounts of " + BUDGET + " writes/s, store " + store + ", "
					+ CALLERS_EACH + " callers each for " + RUN + ": " + firstRate + " and " + secondRate
					+ " POST /sessions per second");
			assertThat(List.of(firstRate, secondRate))
				.allSatisfy((rate) -> assertThat(rate).isCloseTo(BUDGET, within(BUDGET * TOLERANCE)));
		}
	}

	/**
	 * Requests per second the stand-in received from one second into the run to its end.
	 */
	private static double perSecond(ApiStandIn api, long warmedUp) {
		List<Long> arrivals = api.sessionRequests().stream().filter((at) -> at - warmedUp > 0).sorted().toList();
		long from = arrivals.get(0) + TimeUnit.SECONDS.toNanos(1);
		long to = arrivals.get(0) + RUN.toNanos();
		long count = arrivals.stream().filter((at) -> at - from >= 0 && at - to < 0).count();
		return count / ((to - from) / 1e9);
	}

	private static SessionsClient client(ApiStandIn api, String subdomain, CheckoutRateLimiters limiters) {
		String clientId = "ack_" + subdomain;
		return SessionsClient.builder()
			.account(subdomain)
			.baseUrl(api.baseUrl())
			.tokenUrl(api.baseUrl() + "/connect/token")
			.clientCredentials(clientId, "s3cr3t-value")
			.callTimeout(Duration.ofSeconds(5))
			.rateLimiter(limiters.forAccount(subdomain, clientId, FIFTY_WRITES), Duration.ofSeconds(2))
			.build();
	}

}
