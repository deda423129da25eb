package dev.checkoutsessions.autoconfigure;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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

import dev.checkoutsessions.client.CheckoutEnvironment;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.SessionsClientBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The client's {@link ClientSettings} hold every default and check;
 * {@link CheckoutPropertiesMapper} applies only what is set, and the configuration
 * metadata shows the client's defaults.
 */
@ExtendWith(OutputCaptureExtension.class)
class CheckoutPropertiesMapperTests {

	@Test
	void unsetPropertiesKeepTheClientDefaults() {
		assertThat(CheckoutPropertiesMapper.settings(new CheckoutProperties())).isEqualTo(ClientSettings.defaults());
	}

	@Test
	void setPropertiesReplaceOnlyTheirOwnDefault() {
		CheckoutProperties properties = new CheckoutProperties();
		properties.getHttp().setReadTimeout(Duration.ofSeconds(3));
		properties.getRetry().setDelay(Duration.ofSeconds(3));
		properties.getRetry().setMaxDelay(Duration.ofSeconds(4));
		properties.getRateLimit().setInstances(4);
		ClientSettings defaults = ClientSettings.defaults();
		assertThat(CheckoutPropertiesMapper.settings(properties))
			.isEqualTo(defaults.withReadTimeout(Duration.ofSeconds(3))
				.withRetry(defaults.retry().withDelays(Duration.ofSeconds(3), Duration.ofSeconds(4)))
				.withRateLimit(defaults.rateLimit().withInstances(4)));
	}

	@Test
	void aDelayAboveTheDefaultMaxDelayIsFineWhenTheMaxDelayIsRaisedToo() {
		CheckoutProperties properties = new CheckoutProperties();
		properties.getRetry().setMaxDelay(Duration.ofSeconds(10));
		properties.getRetry().setDelay(Duration.ofSeconds(5));
		assertThat(CheckoutPropertiesMapper.settings(properties).retry().delay()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void everyRejectedValueIsReportedWithItsProperty() {
		CheckoutProperties properties = new CheckoutProperties();
		properties.getRateLimit().setInstances(0);
		properties.getRetry().setMaxDelay(Duration.ofMillis(100));
		assertThatExceptionOfType(InvalidCheckoutSettingsException.class)
			.isThrownBy(() -> CheckoutPropertiesMapper.settings(properties))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(CheckoutSettingsCheck.Problem::property)
				.containsExactlyInAnyOrder("checkout.retry.max-delay", "checkout.rate-limit.instances"));
	}

	/**
	 * Field by field: every client setting a property stands for has the client's default
	 * in the metadata, so a new setting is checked without touching this test.
	 */
	@Test
	void metadataDefaultsAreTheClientDefaults() throws Exception {
		Map<String, String> defaults = metadataDefaults();
		assertThat(defaults).containsEntry("checkout.environment",
				CheckoutEnvironment.SANDBOX.name().toLowerCase(java.util.Locale.ROOT));
		List<String> compared = new ArrayList<>();
		compareDefaults("", ClientSettings.defaults(), defaults, compared);
		assertThat(compared).contains("checkout.http.connect-timeout", "checkout.http.max-idle-time",
				"checkout.http.validate-after-inactivity", "checkout.retry.max-delay", "checkout.rate-limit.instances",
				"checkout.oauth.scopes");
	}

	private static void compareDefaults(String prefix, Record settings, Map<String, String> metadata,
			List<String> compared) throws ReflectiveOperationException {
		for (RecordComponent component : settings.getClass().getRecordComponents()) {
			Object value = component.getAccessor().invoke(settings);
			String parameter = prefix + component.getName();
			if (value instanceof Record nested) {
				compareDefaults(parameter + ".", nested, metadata, compared);
				continue;
			}
			String property = CheckoutPropertiesMapper.property(parameter);
			if (property == null) {
				continue;
			}
			assertThat(metadata).as("metadata of %s", property).containsKey(property);
			String text = metadata.get(property);
			Object expected = (value instanceof List<?> list) ? list.toString() : value;
			Object actual = (value instanceof List<?>) ? text
					: ApplicationConversionService.getSharedInstance().convert(text, value.getClass());
			assertThat(actual).as("default of %s (%s)", property, parameter).isEqualTo(expected);
			compared.add(property);
		}
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

}
