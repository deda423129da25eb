package dev.checkoutsessions.autoconfigure;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import dev.checkoutsessions.autoconfigure.ratelimit.LettuceBuckets;
import dev.checkoutsessions.autoconfigure.ratelimit.LocalRateLimiters;
import dev.checkoutsessions.autoconfigure.ratelimit.RedisRateLimiters;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.SessionsClient;

/**
 * The client-side rate limit of {@code checkout.rate-limit.*} (off by default): a
 * {@link RateLimiter} the {@link SessionsClient} takes a permit from before every
 * request, kept in this JVM ({@code store: local}) or shared by every instance on the
 * application's Redis ({@code store: redis}, Bucket4j on Spring Data Redis's Lettuce
 * connection). Every account has limiters of its own ({@link CheckoutRateLimiters}): the
 * top-level account's is the {@link RateLimiter} bean, which a {@link RateLimiter} bean
 * of the application's own replaces; on Redis every account's limiter shares one
 * connection and one background probe.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = SessionsClientAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(SessionsClient.class)
@ConditionalOnBooleanProperty("checkout.rate-limit.enabled")
@EnableConfigurationProperties(CheckoutProperties.class)
public final class CheckoutRateLimitAutoConfiguration {

	private static final boolean REDIS_PRESENT = ClassUtils.isPresent(
			"org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory",
			CheckoutRateLimitAutoConfiguration.class.getClassLoader())
			&& ClassUtils.isPresent("io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager",
					CheckoutRateLimitAutoConfiguration.class.getClassLoader());

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "checkout.rate-limit.store", havingValue = "local", matchIfMissing = true)
	static class LocalStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CheckoutRateLimiters checkoutRateLimiters() {
			return new LocalRateLimiters();
		}

		@Bean(destroyMethod = "")
		@ConditionalOnMissingBean(RateLimiter.class)
		RateLimiter checkoutRateLimiter(CheckoutProperties properties, ObjectProvider<ClientSettings> settings,
				ObjectProvider<CheckoutConnectionDetails> connectionDetails, CheckoutRateLimiters limiters) {
			return topLevel(properties, settings, connectionDetails, limiters);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "checkout.rate-limit.store", havingValue = "redis")
	static class RedisStoreConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		CheckoutRateLimiters checkoutRateLimiters(BeanFactory beanFactory) {
			if (!REDIS_PRESENT) {
				throw storeProblem("is redis, but Spring Data Redis with Lettuce and Bucket4j are missing",
						"Add org.springframework.boot:spring-boot-starter-data-redis and "
								+ "com.bucket4j:bucket4j_jdk17-lettuce, or set it to local.");
			}
			return RedisStore.create(beanFactory);
		}

		// The limiters own the connection: the top-level account's limiter has nothing
		// to close.
		@Bean(destroyMethod = "")
		@ConditionalOnMissingBean(RateLimiter.class)
		RateLimiter checkoutRateLimiter(CheckoutProperties properties, ObjectProvider<ClientSettings> settings,
				ObjectProvider<CheckoutConnectionDetails> connectionDetails, CheckoutRateLimiters limiters) {
			return topLevel(properties, settings, connectionDetails, limiters);
		}

	}

	/**
	 * The limiter of the top-level account ({@code checkout.*}), the same one as a
	 * configured or resolved account's with the same identity.
	 */
	private static RateLimiter topLevel(CheckoutProperties properties, ObjectProvider<ClientSettings> settings,
			ObjectProvider<CheckoutConnectionDetails> connectionDetails, CheckoutRateLimiters limiters) {
		// The account is the one the client authenticates as, wherever its credentials
		// come from.
		CheckoutConnectionDetails connection = connectionDetails
			.getIfAvailable(() -> new PropertiesCheckoutConnectionDetails(properties));
		String clientId = connection.getClientId();
		return limiters.forAccount(properties.getSubdomain(), (clientId != null) ? clientId : "",
				rateLimit(properties, settings));
	}

	/**
	 * The budgets of the client's settings, or of the properties alone when the
	 * application builds its own client.
	 */
	private static ClientSettings.RateLimit rateLimit(CheckoutProperties properties,
			ObjectProvider<ClientSettings> settings) {
		return settings.getIfAvailable(() -> CheckoutPropertiesMapper.settings(properties)).rateLimit();
	}

	private static InvalidCheckoutSettingsException storeProblem(String problem, String fix) {
		return new InvalidCheckoutSettingsException(
				List.of(new CheckoutSettingsCheck.Problem("checkout.rate-limit.store", problem, fix)));
	}

	/** Isolates the Spring Data Redis references so the class loads without them. */
	private static final class RedisStore {

		static RedisRateLimiters create(BeanFactory beanFactory) {
			org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory connectionFactory = beanFactory
				.getBeanProvider(org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory.class)
				.getIfUnique();
			if (connectionFactory == null) {
				throw storeProblem("is redis, but the application has no Lettuce connection to Redis",
						"Configure spring.data.redis.* with client type lettuce, or set it to local.");
			}
			return new RedisRateLimiters(LettuceBuckets.store(connectionFactory));
		}

	}

}
