package dev.checkoutsessions.autoconfigure;

import java.time.Duration;
import java.util.function.BiFunction;

import org.springframework.boot.context.properties.PropertyMapper;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.HttpTimeouts;
import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.RetryOptions;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientBuilder;

/**
 * Applies the {@code checkout.*} properties that are set onto the client's own defaults,
 * like Spring Boot's {@code HttpClientSettingsPropertyMapper}: a property left out keeps
 * the client's default, and a value the client rejects fails with the property named
 * ({@code 'checkout.retry.max-delay' must not be shorter…}) so that
 * {@link CheckoutConfigurationFailureAnalyzer} reports it.
 */
final class CheckoutPropertiesMapper {

	private static final PropertyMapper map = PropertyMapper.get();

	private CheckoutPropertiesMapper() {
	}

	/**
	 * Everything but the HTTP transport, which the auto-configuration builds from
	 * {@link #timeouts}.
	 */
	static SessionsClientBuilder client(CheckoutProperties properties, CheckoutConnectionDetails connection,
			SessionsClientBuilder builder) {
		CheckoutProperties.OAuth oauth = properties.getOauth();
		map.from(properties::getEnvironment).as(CheckoutSettingsCheck::environment).to(builder::environment);
		map.from(properties::getSubdomain).to(builder::subdomain);
		map.from(connection::getBaseUrl).to(builder::baseUrl);
		map.from(connection::getTokenUrl).to(builder::tokenUrl);
		builder.clientCredentials(connection.getClientId(), connection.getClientSecret());
		map.from(oauth::getScopes).to(builder::scopes);
		map.from(properties::getProcessingChannelId).to(builder::processingChannelId);
		map.from(properties::getCallTimeout)
			.to(builder, blaming("checkout.call-timeout", SessionsClientBuilder::callTimeout));
		return builder.retry(retryOptions(properties.getRetry()));
	}

	/**
	 * The pool size for the request factory: the property checked by the client, or the
	 * client's default.
	 */
	static int maxConnections(CheckoutProperties.Http http) {
		Integer value = http.getMaxConnections();
		if (value == null) {
			return SessionsClientBuilder.DEFAULT_MAX_CONNECTIONS;
		}
		blaming("checkout.http.max-connections", SessionsClientBuilder::maxConnections).apply(SessionsClient.builder(),
				value);
		return value;
	}

	/**
	 * The budgets of {@code checkout.rate-limit.*}, checked by the client's local
	 * limiter.
	 */
	static RateLimitBudgets rateLimitBudgets(CheckoutProperties.RateLimit rateLimit) {
		int reads = (rateLimit.getReadsPerSecond() != null) ? rateLimit.getReadsPerSecond()
				: RateLimiter.DEFAULT_READS_PER_SECOND;
		int writes = (rateLimit.getWritesPerSecond() != null) ? rateLimit.getWritesPerSecond()
				: RateLimiter.DEFAULT_WRITES_PER_SECOND;
		try {
			return new RateLimitBudgets(reads, writes, RateLimiter.local(reads, writes));
		}
		catch (CheckoutConfigurationException ex) {
			throw reworded(ex, "checkout.rate-limit." + kebab(ex.getParameter()));
		}
	}

	/**
	 * {@code checkout.rate-limit.instances}: how many instances share the budget (1 when
	 * not set).
	 */
	static int instances(CheckoutProperties.RateLimit rateLimit) {
		Integer instances = rateLimit.getInstances();
		if (instances == null) {
			return 1;
		}
		if (instances < 1) {
			throw new CheckoutConfigurationException("checkout.rate-limit.instances",
					"checkout.rate-limit.instances must be 1 or more (the number of instances sharing the account's "
							+ "budget), was " + instances);
		}
		return instances;
	}

	/**
	 * Applies {@code limiter} with {@code checkout.rate-limit.max-wait} (or the client's
	 * default).
	 */
	static SessionsClientBuilder rateLimiter(CheckoutProperties.RateLimit rateLimit, RateLimiter limiter,
			SessionsClientBuilder builder) {
		Duration maxWait = (rateLimit.getMaxWait() != null) ? rateLimit.getMaxWait()
				: SessionsClientBuilder.DEFAULT_RATE_LIMIT_MAX_WAIT;
		return blaming("checkout.rate-limit.max-wait",
				(SessionsClientBuilder target, Duration wait) -> target.rateLimiter(limiter, wait))
			.apply(builder, maxWait);
	}

	/**
	 * The budgets a limiter enforces.
	 *
	 * @param readsPerSecond reads per second
	 * @param writesPerSecond writes per second
	 * @param local a limiter keeping them in this JVM
	 */
	record RateLimitBudgets(int readsPerSecond, int writesPerSecond, RateLimiter local) {
	}

	static HttpTimeouts timeouts(CheckoutProperties.Http http) {
		HttpTimeouts timeouts = HttpTimeouts.defaults();
		timeouts = map.from(http::getConnectTimeout)
			.to(timeouts, blaming("checkout.http.connect-timeout", HttpTimeouts::withConnectTimeout));
		return map.from(http::getReadTimeout)
			.to(timeouts, blaming("checkout.http.read-timeout", HttpTimeouts::withReadTimeout));
	}

	@SuppressWarnings("deprecation")
	static RetryOptions retryOptions(CheckoutProperties.Retry retry) {
		// One builder for all: max-delay is checked against delay once both are applied.
		RetryOptions.Builder builder = RetryOptions.defaults().toBuilder();
		map.from(retry::getEnabled).to(builder, blaming("checkout.retry.enabled", RetryOptions.Builder::enabled));
		map.from(retry::getMaxRetries)
			.to(builder, blaming("checkout.retry.max-retries", RetryOptions.Builder::maxRetries));
		map.from(retry::getDelay).to(builder, blaming("checkout.retry.delay", RetryOptions.Builder::delay));
		map.from(retry::getMultiplier)
			.to(builder, blaming("checkout.retry.multiplier", RetryOptions.Builder::multiplier));
		map.from(retry::getMaxDelay).to(builder, blaming("checkout.retry.max-delay", RetryOptions.Builder::maxDelay));
		map.from(retry::getJitter).to(builder, blaming("checkout.retry.jitter", RetryOptions.Builder::jitter));
		// Deprecated for checkout.call-timeout, still honoured: the client uses it when
		// no call timeout is set.
		map.from(retry::getTimeout).to(builder, blaming("checkout.retry.timeout", RetryOptions.Builder::timeout));
		try {
			return builder.build();
		}
		catch (CheckoutConfigurationException ex) {
			throw reworded(ex, "checkout.retry." + kebab(ex.getParameter()));
		}
	}

	/**
	 * {@code with}, failing with {@code property} named when the client rejects the
	 * value.
	 */
	private static <R, T> BiFunction<R, T, R> blaming(String property, BiFunction<R, T, R> with) {
		return (target, value) -> {
			try {
				return with.apply(target, value);
			}
			catch (CheckoutConfigurationException ex) {
				throw reworded(ex, property);
			}
		};
	}

	/**
	 * The client's message with its parameter name replaced by the property (no cause: it
	 * says it all).
	 */
	private static CheckoutConfigurationException reworded(CheckoutConfigurationException ex, String property) {
		String message = ex.getMessage();
		String parameter = ex.getParameter();
		String text = (message != null && message.startsWith(parameter))
				? "'" + property + "'" + message.substring(parameter.length()) : "'" + property + "': " + message;
		return new CheckoutConfigurationException(property, text);
	}

	private static String kebab(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
