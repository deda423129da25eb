package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deduplication store that is down: 503 with Retry-After, so Checkout.com retries;
 * never a 500, nothing published.
 */
@SpringBootTest(classes = { WebTestApplication.class, StoreUnavailableApplicationTests.DownStore.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.callback.enabled=true", "checkout.webhooks.enabled=true",
				"checkout.webhooks.signature-key=down-store-key" })
@AutoConfigureSessionsEmulator
class StoreUnavailableApplicationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private RecordedEvents events;

	@Test
	void aWebhookIs503WhenTheStoreIsDown() {
		byte[] body = ("{\"id\":\"evt_down\",\"type\":\"authentication_approved\",\"created_on\":\""
				+ java.time.Instant.now() + "\"}")
			.getBytes(StandardCharsets.UTF_8);

		var response = Deliveries.post("http://localhost:" + this.port + "/checkout/webhooks", "application/json", body,
				"Cko-Signature", WebhookSignature.sign("down-store-key", body));

		SessionCallbackApplicationTests.assertProblem(response, 503, "store_unavailable");
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.events.webhooksWithId("evt_down")).isEmpty();
	}

	@Test
	void aCallbackIs503WhenTheStoreIsDown() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();

		var response = Deliveries.postJson("http://localhost:" + this.port + "/checkout/sessions/callback",
				"{\"session_id\":\"" + id + "\"}");

		SessionCallbackApplicationTests.assertProblem(response, 503, "store_unavailable");
		assertThat(this.events.completed(id)).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DownStore {

		@Bean
		DeliveryDeduplicator downDeduplicator() {
			return new DeliveryDeduplicator() {

				@Override
				public Claim claim(String key) {
					throw new DataAccessResourceFailureException("database down");
				}

				@Override
				public void complete(String key) {
					throw new DataAccessResourceFailureException("database down");
				}

				@Override
				public void release(String key) {
					throw new DataAccessResourceFailureException("database down");
				}

			};
		}

	}

}
