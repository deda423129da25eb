package dev.checkoutsessions.autoconfigure;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the configuration metadata from the packaged jar (run by failsafe after
 * {@code package}): what IDEs and users actually get.
 */
class ConfigurationMetadataIT {

	/**
	 * Every {@code checkout.*} property and its default ({@code null} where there is
	 * none).
	 */
	private static final Map<String, Object> EXPECTED = new HashMap<>();

	static {
		EXPECTED.put("checkout.environment", "sandbox");
		EXPECTED.put("checkout.accounts", null);
		EXPECTED.put("checkout.default-account", null);
		EXPECTED.put("checkout.resolved-accounts.idle-timeout", "30m");
		EXPECTED.put("checkout.resolved-accounts.max-accounts", "10000");
		EXPECTED.put("checkout.subdomain", null);
		EXPECTED.put("checkout.base-url", null);
		EXPECTED.put("checkout.processing-channel-id", null);
		EXPECTED.put("checkout.oauth.client-id", null);
		EXPECTED.put("checkout.oauth.client-secret", null);
		EXPECTED.put("checkout.oauth.token-url", null);
		EXPECTED.put("checkout.oauth.scopes", "[sessions:app, sessions:browser]");
		EXPECTED.put("checkout.http.connect-timeout", "5s");
		EXPECTED.put("checkout.http.read-timeout", "30s");
		EXPECTED.put("checkout.http.ssl.bundle", null);
		EXPECTED.put("checkout.retry.enabled", "true");
		EXPECTED.put("checkout.retry.max-retries", "3");
		EXPECTED.put("checkout.retry.delay", "200ms");
		EXPECTED.put("checkout.retry.multiplier", "2");
		EXPECTED.put("checkout.retry.max-delay", "2s");
		EXPECTED.put("checkout.retry.jitter", "100ms");
		EXPECTED.put("checkout.retry.max-retry-after", "10s");
		EXPECTED.put("checkout.call-timeout", "20s");
		EXPECTED.put("checkout.http.max-connections", "200");
		EXPECTED.put("checkout.http.apply-application-customizers", "false");
		EXPECTED.put("checkout.http.max-idle-time", "20s");
		EXPECTED.put("checkout.http.validate-after-inactivity", "1s");
		EXPECTED.put("checkout.rate-limit.enabled", "false");
		EXPECTED.put("checkout.rate-limit.reads-per-second", "100");
		EXPECTED.put("checkout.rate-limit.writes-per-second", "100");
		EXPECTED.put("checkout.rate-limit.max-wait", "5s");
		EXPECTED.put("checkout.rate-limit.store", "local");
		EXPECTED.put("checkout.rate-limit.instances", "1");
		EXPECTED.put("checkout.health.readiness", "false");
		EXPECTED.put("checkout.health.transport-failure-threshold", "3");
		EXPECTED.put("checkout.warm-up.enabled", "true");
		EXPECTED.put("checkout.warm-up.timeout", "5s");
		EXPECTED.put("checkout.fail-on-unknown-properties", "true");
		EXPECTED.put("checkout.allow-plain-http-to-any-host", "false");
	}

	private static JsonNode metadata;

	private static JarFile jar;

	@BeforeAll
	static void readMetadataFromTheBuiltJar() throws Exception {
		Path builtJar = Path.of(System.getProperty("metadata.built-jar", "target/missing.jar"));
		assertThat(builtJar).as("packaged jar").exists();
		jar = new JarFile(builtJar.toFile());
		ZipEntry entry = jar.getEntry("META-INF/spring-configuration-metadata.json");
		assertThat(entry).as("metadata in " + builtJar).isNotNull();
		try (InputStream in = jar.getInputStream(entry)) {
			metadata = JsonMapper.builder().build().readTree(in);
		}
	}

	@Test
	void everyCheckoutPropertyIsDescribedWithItsDefault() {
		Map<String, JsonNode> properties = new HashMap<>();
		metadata.get("properties").forEach((property) -> properties.put(property.get("name").asString(), property));
		List<String> checkoutKeys = new ArrayList<>(
				properties.keySet().stream().filter((name) -> name.startsWith("checkout.")).toList());
		assertThat(checkoutKeys).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
		EXPECTED.forEach((name, expectedDefault) -> {
			JsonNode property = properties.get(name);
			assertThat(property.path("description").asString()).as(name + " description")
				.isNotBlank()
				.doesNotStartWith("The ")
				.doesNotStartWith("A ");
			if (expectedDefault != null) {
				JsonNode defaultValue = property.get("defaultValue");
				assertThat(defaultValue).as(name + " default").isNotNull();
				String text = defaultValue.isArray() ? toList(defaultValue).toString() : defaultValue.asString();
				assertThat(text).as(name + " default").isEqualTo(expectedDefault);
			}
		});
		assertThat(properties.get("checkout.retry.enabled").get("description").asString()).startsWith("Whether");
	}

	@Test
	void environmentValuesAreHinted() {
		List<String> values = new ArrayList<>();
		metadata.get("hints").forEach((hint) -> {
			if (hint.get("name").asString().equals("checkout.environment")) {
				hint.get("values").forEach((value) -> values.add(value.get("value").asString()));
			}
		});
		assertThat(values).containsExactly("sandbox", "production");
	}

	@Test
	void autoConfigurationsAreRegisteredInTheJar() throws Exception {
		ZipEntry imports = jar
			.getEntry("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
		assertThat(imports).isNotNull();
		try (InputStream in = jar.getInputStream(imports)) {
			assertThat(new String(in.readAllBytes())).contains(SessionsClientAutoConfiguration.class.getName())
				.contains("dev.checkoutsessions.autoconfigure.health.CheckoutHealthContributorAutoConfiguration");
		}
		assertThat(jar.getEntry("META-INF/spring-autoconfigure-metadata.properties")).isNotNull();
		assertThat(Files.exists(Path.of(jar.getName()))).isTrue();
	}

	private static List<String> toList(JsonNode array) {
		List<String> list = new ArrayList<>();
		array.forEach((item) -> list.add(item.asString()));
		return list;
	}

}
