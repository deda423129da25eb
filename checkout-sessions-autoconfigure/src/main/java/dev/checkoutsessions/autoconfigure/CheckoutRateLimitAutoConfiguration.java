package dev.checkoutsessions.autoconfigure;

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

import dev.checkoutsessions.autoconfigure.CheckoutPropertiesMapper.RateLimitBudgets;
import dev.checkoutsessions.autoconfigure.ratelimit.LettuceBuckets;
import dev.checkoutsessions.autoconfigure.ratelimit.RedisRateLimiter;
import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.SessionsClient;

/**
 * The client-side rate limit of {@code checkout.rate-limit.*} (off by default): a
 * {@link RateLimiter} the {@link SessionsClient} takes a permit from before every
 * request, kept in this JVM ({@code store: local}) or shared by every instance on the
 * application's Redis ({@code store: redis}, Bucket4j on Spring Data Redis's Lettuce
 * connection). A {@link RateLimiter} bean of the application's own replaces it.
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
		@ConditionalOnMissingBean(RateLimiter.class)
		RateLimiter checkoutRateLimiter(CheckoutProperties properties) {
			return CheckoutPropertiesMapper.rateLimitBudgets(properties.getRateLimit()).local();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "checkout.rate-limit.store", havingValue = "redis")
	static class RedisStoreConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean(RateLimiter.class)
		RateLimiter checkoutRateLimiter(CheckoutProperties properties,
				ObjectProvider<CheckoutConnectionDetails> connectionDetails, BeanFactory beanFactory) {
			RateLimitBudgets budgets = CheckoutPropertiesMapper.rateLimitBudgets(properties.getRateLimit());
			if (!REDIS_PRESENT) {
				throw new CheckoutConfigurationException("checkout.rate-limit.store",
						"checkout.rate-limit.store=redis needs Spring Data Redis with Lettuce and Bucket4j: add "
								+ "org.springframework.boot:spring-boot-starter-data-redis and "
								+ "com.bucket4j:bucket4j_jdk17-lettuce, or use checkout.rate-limit.store=local");
			}
			// The account is the one the client authenticates as, wherever its
			// credentials come from.
			CheckoutConnectionDetails connection = connectionDetails
				.getIfAvailable(() -> new PropertiesCheckoutConnectionDetails(properties));
			String clientId = connection.getClientId();
			return RedisStore.create(beanFactory,
					LettuceBuckets.account(properties.getSubdomain(), (clientId != null) ? clientId : ""), budgets,
					CheckoutPropertiesMapper.instances(properties.getRateLimit()));
		}

	}

	/** Isolates the Spring Data Redis references so the class loads without them. */
	private static final class RedisStore {

		static RedisRateLimiter create(BeanFactory beanFactory, String account, RateLimitBudgets budgets,
				int instances) {
			org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory connectionFactory = beanFactory
				.getBeanProvider(org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory.class)
				.getIfUnique();
			if (connectionFactory == null) {
				throw new CheckoutConfigurationException("checkout.rate-limit.store",
						"checkout.rate-limit.store=redis needs the application's Lettuce connection to Redis "
								+ "(spring.data.redis.*, client type lettuce), and none was found");
			}
			return new RedisRateLimiter(LettuceBuckets.connector(connectionFactory), account, budgets.readsPerSecond(),
					budgets.writesPerSecond(), instances);
		}

	}

}
