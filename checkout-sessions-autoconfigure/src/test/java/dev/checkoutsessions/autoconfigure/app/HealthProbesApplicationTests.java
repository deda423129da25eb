package dev.checkoutsessions.autoconfigure.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.CheckoutException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The minimal merchant application on a random port, probed over loopback HTTP as a load
 * balancer or Kubernetes would: a Checkout.com outage shows in the {@code checkout}
 * component but takes neither {@code /actuator/health} nor its liveness or readiness
 * group down, unless {@code checkout.health.readiness} opts readiness in; and probing
 * never sends a token request.
 */
class HealthProbesApplicationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Test
	void outageShowsInTheCheckoutComponentButKeepsHealthLivenessAndReadinessUp() throws IOException {
		try (ConfigurableApplicationContext application = startWithTokenEndpointUnreachable()) {
			failOneCall(application);
			RestClient actuator = actuator(application);
			ResponseEntity<Map<String, Object>> health = get(actuator, "/actuator/health");
			assertThat(health.getStatusCode().value()).isEqualTo(200);
			assertThat(health.getBody()).containsEntry("status", "UP");
			Map<String, Object> checkout = component(health.getBody(), "checkout");
			assertThat(checkout).containsEntry("status", "CHECKOUT_DOWN");
			assertThat(details(checkout)).containsEntry("tokenStatus", "FAILED")
				.containsEntry("reason", "no OAuth token could be obtained")
				.containsKey("lastError");
			ResponseEntity<Map<String, Object>> component = get(actuator, "/actuator/health/checkout");
			assertThat(component.getBody()).containsEntry("status", "CHECKOUT_DOWN");
			assertThat(details(component.getBody())).containsEntry("tokenStatus", "FAILED");
			assertThat(health.getBody().toString() + component.getBody()).doesNotContain("application-yml-secret");
			assertThat(get(actuator, "/actuator/health/liveness").getStatusCode().value()).isEqualTo(200);
			assertThat(get(actuator, "/actuator/health/readiness").getStatusCode().value()).isEqualTo(200);
		}
	}

	@Test
	void readinessOptedInGoesDownWithAnOutageWhileLivenessAndHealthStayUp() throws IOException {
		// The warm-up's token request, which fails at once against the closed port,
		// would race the first probe: it counts as the first call.
		try (ConfigurableApplicationContext application = startWithTokenEndpointUnreachable(
				"checkout.health.readiness=true", "checkout.warm-up.enabled=false")) {
			RestClient actuator = actuator(application);
			// Nothing is known before the first call: readiness does not wait for one.
			assertThat(get(actuator, "/actuator/health/readiness").getStatusCode().value()).isEqualTo(200);
			failOneCall(application);
			ResponseEntity<Map<String, Object>> readiness = get(actuator, "/actuator/health/readiness");
			assertThat(readiness.getStatusCode().value()).isEqualTo(503);
			assertThat(readiness.getBody()).containsEntry("status", "DOWN");
			ResponseEntity<Map<String, Object>> liveness = get(actuator, "/actuator/health/liveness");
			assertThat(liveness.getStatusCode().value()).isEqualTo(200);
			assertThat(liveness.getBody().toString()).doesNotContain("checkout");
			assertThat(get(actuator, "/actuator/health").getStatusCode().value()).isEqualTo(200);
		}
	}

	@Test
	void probesSendNoTokenRequest() {
		try (SessionsEmulator emulator = SessionsEmulator.start();
				ConfigurableApplicationContext application = start("checkout.base-url=" + emulator.baseUrl(),
						"checkout.oauth.token-url=" + emulator.tokenUrl(),
						"checkout.oauth.client-id=" + emulator.clientId(),
						"checkout.oauth.client-secret=" + emulator.clientSecret(), "checkout.health.readiness=true",
						// The warm-up's own token request would race the count; probes
						// are the point.
						"checkout.warm-up.enabled=false")) {
			RestClient actuator = actuator(application);
			long tokenRequests = emulator.requestCount(Endpoint.TOKEN);
			List<String> statuses = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				for (String path : List.of("/actuator/health", "/actuator/health/liveness",
						"/actuator/health/readiness", "/actuator/health/checkout")) {
					assertThat(get(actuator, path).getStatusCode().value()).as(path).isEqualTo(200);
				}
				statuses.add(String.valueOf(get(actuator, "/actuator/health/checkout").getBody().get("status")));
			}
			assertThat(emulator.requestCount(Endpoint.TOKEN)).as("token requests caused by 25 probes")
				.isEqualTo(tokenRequests);
			assertThat(statuses).containsOnly("UNKNOWN");
			assertThat(details(get(actuator, "/actuator/health/checkout").getBody())).containsEntry("reason",
					"no call to Checkout.com yet; a health check makes none");
		}
	}

	private static ConfigurableApplicationContext startWithTokenEndpointUnreachable(String... properties)
			throws IOException {
		String closed = "http://127.0.0.1:" + closedPort();
		List<String> all = new ArrayList<>(
				List.of("checkout.base-url=" + closed, "checkout.oauth.token-url=" + closed + "/connect/token",
						"management.endpoint.health.probes.enabled=true"));
		all.addAll(List.of(properties));
		return start(all.toArray(String[]::new));
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(CheckoutStarterApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1")
			.properties(properties)
			.run();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void failOneCall(ConfigurableApplicationContext application) {
		SessionsClient client = application.getBean(SessionsClient.class);
		assertThatExceptionOfType(CheckoutException.class)
			.isThrownBy(() -> client.getSessionDetails("sid_y3oqhf46pyzuxjbcn2giaqnb44"));
	}

	private static RestClient actuator(ConfigurableApplicationContext application) {
		String port = application.getEnvironment().getProperty("local.server.port");
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	private static ResponseEntity<Map<String, Object>> get(RestClient actuator, String path) {
		return actuator.get().uri(path).retrieve().toEntity(JSON);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> component(Map<String, Object> health, String name) {
		Map<String, Object> components = (Map<String, Object>) health.get("components");
		assertThat(components).as("components of %s", health).containsKey(name);
		return (Map<String, Object>) components.get(name);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> component) {
		return (Map<String, Object>) component.get("details");
	}

}
