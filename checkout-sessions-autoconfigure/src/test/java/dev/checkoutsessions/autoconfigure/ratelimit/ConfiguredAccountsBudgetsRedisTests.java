package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.checkoutsessions.autoconfigure.CheckoutRateLimitAutoConfiguration;
import dev.checkoutsessions.autoconfigure.SessionsClientAutoConfiguration;
import dev.checkoutsessions.client.CheckoutRateLimitedException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.emulator.EmulatedSession;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.BUDGET;
import static dev.checkoutsessions.autoconfigure.ratelimit.AccountRateLimitsTests.TOLERANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The whole way a merchant meets it: two accounts configured under
 * {@code checkout.accounts}, each inheriting the top-level budget of 50 writes per second
 * with {@code checkout.rate-limit.store=redis}, both pushed as hard as they can through
 * {@link SessionsClients}, against the emulator serving both accounts. The emulator
 * records which account created each session: each account gets its own 50 per second,
 * not a share of one budget of 50 and not 100 between them.
 */
class ConfiguredAccountsBudgetsRedisTests {

	private static final Duration RUN = Duration.ofSeconds(5);

	private static final int CALLERS_EACH = 8;

	private static SessionsEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = SessionsEmulator.builder().account("eu").account("us").start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void twoConfiguredAccountsOnRedisEachSendTheirOwnFiftyWritesPerSecond() {
		int redisPort = RedisForTests.port();
		applicationWithTwoAccounts(redisPort).run((context) -> {
			assertThat(context).hasNotFailed();
			RedisRateLimiters limiters = context.getBean(RedisRateLimiters.class);
			await().atMost(Duration.ofSeconds(10)).until(limiters::isShared);
			SessionsClients clients = context.getBean(SessionsClients.class);
			SessionsClient eu = clients.get("eu");
			SessionsClient us = clients.get("us");
			// The tokens and a cold JVM's first calls are not what this test is about.
			eu.requestSession(SessionCallers.request());
			us.requestSession(SessionCallers.request());
			Instant warmedUp = Instant.now();

			List<Throwable> failures = SessionCallers.drive(List.of(eu, us), CALLERS_EACH, RUN);

			assertThat(failures)
				.allSatisfy((failure) -> assertThat(failure).isInstanceOf(CheckoutRateLimitedException.class));
			double euRate = perSecond("eu", warmedUp);
			double usRate = perSecond("us", warmedUp);
			System.out.println("Two configured accounts of " + BUDGET + " writes/s on Redis, " + CALLERS_EACH
					+ " callers each for " + RUN + ": eu " + euRate + " and us " + usRate + " sessions per second");
			assertThat(euRate).as("eu's sessions per second").isCloseTo(BUDGET, within(BUDGET * TOLERANCE));
			assertThat(usRate).as("us's sessions per second").isCloseTo(BUDGET, within(BUDGET * TOLERANCE));
			assertThat(limiters.isShared()).as("still on Redis").isTrue();
		});
	}

	private static ApplicationContextRunner applicationWithTwoAccounts(int redisPort) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class,
					RestClientAutoConfiguration.class, DataRedisAutoConfiguration.class,
					CheckoutRateLimitAutoConfiguration.class, SessionsClientAutoConfiguration.class))
			.withPropertyValues("checkout.base-url=" + emulator.baseUrl(),
					"checkout.oauth.token-url=" + emulator.tokenUrl(), "checkout.warm-up.enabled=false",
					"checkout.rate-limit.enabled=true", "checkout.rate-limit.store=redis",
					"checkout.rate-limit.writes-per-second=" + BUDGET, "checkout.rate-limit.max-wait=2s",
					"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redisPort)
			.withPropertyValues(account("eu"))
			.withPropertyValues(account("us"));
	}

	private static String[] account(String name) {
		String prefix = "checkout.accounts." + name + ".";
		return new String[] { prefix + "oauth.client-id=" + emulator.account(name).clientId(),
				prefix + "oauth.client-secret=" + emulator.account(name).clientSecret(),
				prefix + "processing-channel-id=" + emulator.account(name).processingChannelId() };
	}

	/**
	 * Sessions per second the emulator created for one account, from one second into the
	 * run (the burst of full buckets and the callers starting) to its end.
	 */
	private static double perSecond(String account, Instant warmedUp) {
		List<Instant> created = emulator.sessions()
			.stream()
			.filter((session) -> session.account().equals(account))
			.map(EmulatedSession::createdAt)
			.filter((at) -> at.isAfter(warmedUp))
			.sorted()
			.toList();
		Instant from = created.get(0).plusSeconds(1);
		Instant to = created.get(0).plus(RUN);
		long count = created.stream().filter((at) -> !at.isBefore(from) && at.isBefore(to)).count();
		return count / (Duration.between(from, to).toNanos() / 1e9);
	}

}
