package dev.checkoutsessions.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without keys the application starts offline on the embedded emulator. Same
 * configuration as the browser test, so the two share one context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleWithoutKeysTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ConfigurableEnvironment environment;

	@LocalServerPort
	private int port;

	@Test
	void startsTheEmbeddedEmulatorAndPointsTheStarterAtIt() {
		SessionsEmulator emulator = context.getBean(SessionsEmulator.class);
		assertThat(context.getBean(SessionsClient.class)).isNotNull();
		assertThat(environment.getProperty("checkout.base-url")).isEqualTo(emulator.baseUrl());
		assertThat(environment.getProperty("checkout.oauth.token-url")).isEqualTo(emulator.tokenUrl());
		assertThat(environment.getProperty("checkout.oauth.client-id")).isEqualTo(emulator.clientId());
		assertThat(environment.getProperty("checkout.processing-channel-id")).isEqualTo(emulator.processingChannelId());
	}

	@Test
	void actuatorExposesHealthWithTheCheckoutComponentMetricsAndPrometheus() {
		RestClient http = RestClient.create("http://localhost:" + port);
		http.post().uri("/api/sessions").retrieve().toBodilessEntity();

		assertThat(http.get().uri("/actuator/health").retrieve().body(String.class)).contains("\"checkout\"");
		assertThat(http.get().uri("/actuator/metrics").retrieve().body(String.class))
			.contains("checkout.sessions.client");
		assertThat(http.get().uri("/actuator/prometheus").retrieve().body(String.class))
			.contains("checkout_sessions_client_seconds_count{")
			.contains("operation=\"request_session\"");
	}

}
