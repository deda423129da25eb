package dev.checkoutsessions.autoconfigure;

import java.util.function.BiFunction;

import org.springframework.boot.context.properties.PropertyMapper;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.HttpTimeouts;
import dev.checkoutsessions.client.RetryOptions;
import dev.checkoutsessions.client.SessionsClientBuilder;

/**
 * Applies the {@code checkout.*} properties that are set onto the client's own defaults, like Spring Boot's
 * {@code HttpClientSettingsPropertyMapper}: a property left out keeps the client's default, and a value the
 * client rejects fails with the property named ({@code 'checkout.retry.max-delay' must not be shorter…}) so
 * that {@link CheckoutConfigurationFailureAnalyzer} reports it.
 */
final class CheckoutPropertiesMapper {

	private static final PropertyMapper map = PropertyMapper.get();

	private CheckoutPropertiesMapper() {
	}

	/** Everything but the HTTP transport, which the auto-configuration builds from {@link #timeouts}. */
	static SessionsClientBuilder client(CheckoutProperties properties, SessionsClientBuilder builder) {
		CheckoutProperties.OAuth oauth = properties.getOauth();
		map.from(properties::getEnvironment).as(CheckoutSettingsCheck::environment).to(builder::environment);
		map.from(properties::getSubdomain).to(builder::subdomain);
		map.from(properties::getBaseUrl).to(builder::baseUrl);
		map.from(oauth::getTokenUrl).to(builder::tokenUrl);
		builder.clientCredentials(oauth.getClientId(), oauth.getClientSecret());
		map.from(oauth::getScopes).to(builder::scopes);
		map.from(properties::getProcessingChannelId).to(builder::processingChannelId);
		return builder.retry(retryOptions(properties.getRetry()));
	}

	static HttpTimeouts timeouts(CheckoutProperties.Http http) {
		HttpTimeouts timeouts = HttpTimeouts.defaults();
		timeouts = map.from(http::getConnectTimeout)
			.to(timeouts, blaming("checkout.http.connect-timeout", HttpTimeouts::withConnectTimeout));
		return map.from(http::getReadTimeout)
			.to(timeouts, blaming("checkout.http.read-timeout", HttpTimeouts::withReadTimeout));
	}

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
		map.from(retry::getTimeout).to(builder, blaming("checkout.retry.timeout", RetryOptions.Builder::timeout));
		try {
			return builder.build();
		}
		catch (CheckoutConfigurationException ex) {
			throw reworded(ex, "checkout.retry." + kebab(ex.getParameter()));
		}
	}

	/** {@code with}, failing with {@code property} named when the client rejects the value. */
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

	/** The client's message with its parameter name replaced by the property (no cause: it says it all). */
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
