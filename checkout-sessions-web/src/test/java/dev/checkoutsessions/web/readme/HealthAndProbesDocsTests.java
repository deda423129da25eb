package dev.checkoutsessions.web.readme;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.CheckoutException;
import dev.checkoutsessions.client.SessionsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The README's "Health and probes" block is the configuration of a shop whose token
 * endpoint cannot be reached: after one failed call the {@code checkout} component shows
 * the outage while health, liveness and readiness answer 200; the block's opt-in turned
 * on makes readiness 503 and leaves liveness 200.
 */
class HealthAndProbesDocsTests {

	@Test
	void theReadmeSettingsKeepTheShopInRotationDuringAnOutage() throws IOException {
		try (ConfigurableApplicationContext shop = start(readmeBlock())) {
			RestClient actuator = failOneCallThenProbe(shop);
			ResponseEntity<JsonNode> health = actuator.get().uri("/actuator/health").retrieve().toEntity(JsonNode.class);
			assertThat(health.getStatusCode().value()).isEqualTo(200);
			assertThat(health.getBody().at("/status").asString()).isEqualTo("UP");
			assertThat(health.getBody().at("/components/checkout/status").asString()).isEqualTo("CHECKOUT_DOWN");
			assertThat(health.getBody().at("/components/checkout/details/reason").asString())
				.isEqualTo("no OAuth token could be obtained");
			assertThat(status(actuator, "/actuator/health/liveness")).isEqualTo(200);
			assertThat(status(actuator, "/actuator/health/readiness")).isEqualTo(200);
		}
	}

	@Test
	void theOptInTakesReadinessDownAndNeverLiveness() throws IOException {
		Map<String, Object> settings = readmeBlock();
		assertThat(settings).containsEntry("checkout.health.readiness", false);
		settings.put("checkout.health.readiness", true);
		try (ConfigurableApplicationContext shop = start(settings)) {
			RestClient actuator = failOneCallThenProbe(shop);
			assertThat(status(actuator, "/actuator/health/readiness")).isEqualTo(503);
			assertThat(status(actuator, "/actuator/health/liveness")).isEqualTo(200);
			assertThat(status(actuator, "/actuator/health")).isEqualTo(200);
		}
	}

	private static Map<String, Object> readmeBlock() throws IOException {
		String yaml = DocsPage.readme().section("Health and probes").codeBlock("yaml");
		EnumerablePropertySource<?> source = (EnumerablePropertySource<?>) new YamlPropertySourceLoader()
			.load("readme", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))
			.get(0);
		Map<String, Object> settings = new LinkedHashMap<>();
		for (String name : source.getPropertyNames()) {
			Object value = source.getProperty(name);
			settings.put(name, (value instanceof OriginTrackedValue tracked) ? tracked.getValue() : value);
		}
		return settings;
	}

	private static ConfigurableApplicationContext start(Map<String, Object> settings) throws IOException {
		String closed = "http://127.0.0.1:" + closedPort();
		Map<String, Object> properties = new LinkedHashMap<>(settings);
		properties.put("checkout.base-url", closed);
		properties.put("checkout.oauth.token-url", closed + "/connect/token");
		properties.put("checkout.oauth.client-id", "ack_healthdocsclientid000000000000");
		properties.put("checkout.oauth.client-secret", "health-docs-secret");
		properties.put("management.health.redis.enabled", false);
		properties.put("server.port", 0);
		properties.put("server.address", "127.0.0.1");
		return new SpringApplicationBuilder(Shop.class).properties(properties).run();
	}

	private static RestClient failOneCallThenProbe(ConfigurableApplicationContext shop) {
		SessionsClient client = shop.getBean(SessionsClient.class);
		assertThatExceptionOfType(CheckoutException.class)
			.isThrownBy(() -> client.getSessionDetails("sid_y3oqhf46pyzuxjbcn2giaqnb44"));
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + shop.getEnvironment().getProperty("local.server.port"))
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	private static int status(RestClient actuator, String path) {
		return actuator.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	// Neither a @SpringBootConfiguration nor a @Component: the @SpringBootTest classes of
	// this package must go on finding ReadmeApplication alone.
	@EnableAutoConfiguration
	static class Shop {

	}

}
