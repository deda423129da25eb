package dev.checkoutsessions.autoconfigure;

import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.CheckoutEnvironment;
import dev.checkoutsessions.client.HttpTimeouts;
import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.RetryOptions;
import dev.checkoutsessions.client.SessionsClientBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The client holds every default and check; {@link CheckoutPropertiesMapper} applies only
 * what is set, and the configuration metadata shows the client's defaults.
 */
@ExtendWith(OutputCaptureExtension.class)
class CheckoutPropertiesMapperTests {

	@Test
	void unsetPropertiesKeepTheClientDefaults() {
		CheckoutProperties properties = new CheckoutProperties();
		assertThat(CheckoutPropertiesMapper.timeouts(properties.getHttp())).isEqualTo(HttpTimeouts.defaults());
		assertThat(CheckoutPropertiesMapper.retryOptions(properties.getRetry()))
			.hasToString(RetryOptions.defaults().toString());
	}

	@Test
	void setPropertiesReplaceOnlyTheirOwnDefault() {
		CheckoutProperties properties = new CheckoutProperties();
		properties.getHttp().setReadTimeout(Duration.ofSeconds(3));
		properties.getRetry().setDelay(Duration.ofSeconds(3));
		properties.getRetry().setMaxDelay(Duration.ofSeconds(4));
		assertThat(CheckoutPropertiesMapper.timeouts(properties.getHttp()))
			.isEqualTo(HttpTimeouts.defaults().withReadTimeout(Duration.ofSeconds(3)));
		RetryOptions retry = CheckoutPropertiesMapper.retryOptions(properties.getRetry());
		assertThat(retry.getDelay()).isEqualTo(Duration.ofSeconds(3));
		assertThat(retry.getMaxDelay()).isEqualTo(Duration.ofSeconds(4));
		assertThat(retry.getMaxRetries()).isEqualTo(RetryOptions.defaults().getMaxRetries());
	}

	@Test
	void metadataDefaultsAreTheClientDefaults() throws Exception {
		Map<String, String> defaults = metadataDefaults();
		RetryOptions retry = RetryOptions.defaults();
		assertThat(defaults).containsEntry("checkout.environment",
				CheckoutEnvironment.SANDBOX.name().toLowerCase(java.util.Locale.ROOT));
		assertThat(duration(defaults, "checkout.http.connect-timeout"))
			.isEqualTo(SessionsClientBuilder.DEFAULT_CONNECT_TIMEOUT);
		assertThat(duration(defaults, "checkout.http.read-timeout"))
			.isEqualTo(SessionsClientBuilder.DEFAULT_READ_TIMEOUT);
		assertThat(defaults).containsEntry("checkout.oauth.scopes", SessionsClientBuilder.DEFAULT_SCOPES.toString());
		assertThat(defaults).containsEntry("checkout.retry.enabled", Boolean.toString(retry.isEnabled()));
		assertThat(defaults).containsEntry("checkout.retry.max-retries", Integer.toString(retry.getMaxRetries()));
		assertThat(Double.parseDouble(defaults.get("checkout.retry.multiplier"))).isEqualTo(retry.getMultiplier());
		assertThat(duration(defaults, "checkout.retry.delay")).isEqualTo(retry.getDelay());
		assertThat(duration(defaults, "checkout.retry.max-delay")).isEqualTo(retry.getMaxDelay());
		assertThat(duration(defaults, "checkout.retry.jitter")).isEqualTo(retry.getJitter());
		assertThat(defaults).doesNotContainKey("checkout.retry.timeout");
		assertThat(duration(defaults, "checkout.call-timeout")).isEqualTo(SessionsClientBuilder.DEFAULT_CALL_TIMEOUT);
		assertThat(defaults).containsEntry("checkout.http.max-connections",
				Integer.toString(SessionsClientBuilder.DEFAULT_MAX_CONNECTIONS));
		assertThat(defaults).containsEntry("checkout.rate-limit.reads-per-second",
				Integer.toString(RateLimiter.DEFAULT_READS_PER_SECOND));
		assertThat(defaults).containsEntry("checkout.rate-limit.writes-per-second",
				Integer.toString(RateLimiter.DEFAULT_WRITES_PER_SECOND));
		assertThat(duration(defaults, "checkout.rate-limit.max-wait"))
			.isEqualTo(SessionsClientBuilder.DEFAULT_RATE_LIMIT_MAX_WAIT);
	}

	@Test
	void connectTimeoutGoesToTheRequestFactoryOnlyAndNothingIsIgnored(CapturedOutput output) {
		Logger builderLogger = (Logger) LoggerFactory.getLogger(SessionsClientBuilder.class);
		Level level = builderLogger.getLevel();
		builderLogger.setLevel(Level.DEBUG);
		try {
			startWithConnectTimeout();
		}
		finally {
			builderLogger.setLevel(level);
		}
		assertThat(output).doesNotContain("is ignored");
	}

	private static void startWithConnectTimeout() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class,
							RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class))
			.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t",
					"checkout.http.connect-timeout=1s")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private static Duration duration(Map<String, String> defaults, String property) {
		return ApplicationConversionService.getSharedInstance().convert(defaults.get(property), Duration.class);
	}

	private static Map<String, String> metadataDefaults() throws Exception {
		Map<String, String> defaults = new HashMap<>();
		for (URL url : Collections.list(CheckoutPropertiesMapperTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode metadata = JsonMapper.builder().build().readTree(in);
				metadata.path("properties").forEach((property) -> {
					JsonNode value = property.get("defaultValue");
					if (property.get("name").asString().startsWith("checkout.") && value != null) {
						defaults.put(property.get("name").asString(),
								value.isArray() ? toList(value) : value.asString());
					}
				});
			}
		}
		return defaults;
	}

	private static String toList(JsonNode array) {
		java.util.List<String> items = new java.util.ArrayList<>();
		array.forEach((item) -> items.add(item.asString()));
		return items.toString();
	}

	@Test
	void rateLimitInstancesDefaultToOneAndMustBePositive() {
		CheckoutProperties.RateLimit rateLimit = new CheckoutProperties.RateLimit();
		assertThat(CheckoutPropertiesMapper.instances(rateLimit)).isEqualTo(1);
		rateLimit.setInstances(4);
		assertThat(CheckoutPropertiesMapper.instances(rateLimit)).isEqualTo(4);
		rateLimit.setInstances(0);
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> CheckoutPropertiesMapper.instances(rateLimit))
			.withMessageContaining("checkout.rate-limit.instances must be 1 or more")
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("checkout.rate-limit.instances"));
	}

}
