package dev.checkoutsessions.autoconfigure;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.checkoutsessions.autoconfigure.ratelimit.LocalRateLimiters;
import dev.checkoutsessions.autoconfigure.ratelimit.RedisRateLimiter;
import dev.checkoutsessions.autoconfigure.ratelimit.RedisRateLimiters;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link CheckoutRateLimiters} bean of each store, and the top-level account's
 * {@link RateLimiter} bean taken from it, so that a configured or resolved account with
 * the same identity shares its buckets.
 */
class CheckoutRateLimitersAutoConfigurationTests {

	private static final ClientSettings.RateLimit BUDGETS = ClientSettings.RateLimit.defaults().withBudgets(80, 40);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CheckoutRateLimitAutoConfiguration.class))
		.withPropertyValues("checkout.oauth.client-id=ack_top", "checkout.oauth.client-secret=s3cr3t-value",
				"checkout.rate-limit.reads-per-second=80", "checkout.rate-limit.writes-per-second=40");

	@Test
	void withoutTheRateLimitThereAreNoLimiters() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CheckoutRateLimiters.class)
			.doesNotHaveBean(RateLimiter.class));
	}

	@Test
	void theTopLevelAccountsLimiterIsItsAccountsLimiterLocally() {
		this.contextRunner.withPropertyValues("checkout.rate-limit.enabled=true", "checkout.subdomain=AbCd1234")
			.run((context) -> {
				CheckoutRateLimiters limiters = context.getBean(CheckoutRateLimiters.class);
				assertThat(limiters).isInstanceOf(LocalRateLimiters.class);
				assertThat(context.getBean(RateLimiter.class))
					.isSameAs(limiters.forAccount("abcd1234", "ack_configured", BUDGETS))
					.isNotSameAs(limiters.forAccount("ef567890", "ack_top", BUDGETS));
			});
	}

	@Test
	void withoutASubdomainTheTopLevelAccountIsItsClientId() {
		this.contextRunner.withPropertyValues("checkout.rate-limit.enabled=true").run((context) -> {
			CheckoutRateLimiters limiters = context.getBean(CheckoutRateLimiters.class);
			assertThat(context.getBean(RateLimiter.class)).isSameAs(limiters.forAccount(null, "ack_top", BUDGETS))
				.isNotSameAs(limiters.forAccount(null, "ack_other", BUDGETS));
		});
	}

	@Test
	void theApplicationsOwnLimitersReplaceTheStarters() {
		RateLimiter own = RateLimiter.local(7, 7);
		CheckoutRateLimiters mine = new CheckoutRateLimiters() {

			@Override
			public RateLimiter forAccount(@Nullable String subdomain, String clientId,
					ClientSettings.RateLimit budgets) {
				return own;
			}

		};
		this.contextRunner.withPropertyValues("checkout.rate-limit.enabled=true")
			.withBean(CheckoutRateLimiters.class, () -> mine)
			.run((context) -> {
				assertThat(context).getBean(CheckoutRateLimiters.class).isSameAs(mine);
				assertThat(context).getBean(RateLimiter.class).isSameAs(own);
			});
	}

	@Test
	void theApplicationsOwnTopLevelLimiterLeavesTheOtherAccountsTheirs() {
		RateLimiter own = RateLimiter.local(7, 7);
		this.contextRunner.withPropertyValues("checkout.rate-limit.enabled=true")
			.withBean(RateLimiter.class, () -> own)
			.run((context) -> {
				assertThat(context).getBean(RateLimiter.class).isSameAs(own);
				assertThat(context).hasSingleBean(CheckoutRateLimiters.class);
			});
	}

	@Test
	void onRedisEveryAccountsLimiterComesFromTheOneLifecycleBeanThatOwnsTheConnection() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		RedisRateLimiters[] closed = new RedisRateLimiters[1];
		this.contextRunner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("checkout.rate-limit.enabled=true", "checkout.rate-limit.store=redis",
					"checkout.subdomain=abcd1234", "spring.data.redis.host=127.0.0.1",
					"spring.data.redis.port=" + closedPort)
			.run((context) -> {
				RedisRateLimiters limiters = context.getBean(RedisRateLimiters.class);
				RedisRateLimiter topLevel = (RedisRateLimiter) context.getBean(RateLimiter.class);
				assertThat(topLevel.limiters()).isSameAs(limiters);
				assertThat(topLevel).isSameAs(limiters.forAccount("abcd1234", "ack_configured", BUDGETS));
				assertThat(topLevel.describe()).containsEntry("account", "abcd1234")
					.containsEntry("readsPerSecond", 80)
					.containsEntry("writesPerSecond", 40);
				assertThat(limiters.isRunning()).as("started with the context").isTrue();
				closed[0] = limiters;
			});
		assertThat(closed[0].isRunning()).as("stopped with the context").isFalse();
	}

}
