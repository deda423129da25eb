package dev.checkoutsessions.web.delivery;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both receivers under other paths and a context path; the test annotation follows them
 * with the webhooks.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.servlet.context-path=/shop", "checkout.callback.enabled=true",
				"checkout.callback.path=/payments/3ds-callback", "checkout.webhooks.enabled=true",
				"checkout.webhooks.path=/hooks/checkout-com" })
@AutoConfigureSessionsEmulator(webhooks = true)
class CustomPathsApplicationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private RecordedEvents events;

	@Test
	void callbacksAndWebhooksArriveAtTheConfiguredPaths() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS,
				"http://localhost:" + this.port + "/shop/payments/3ds-callback"))
			.getSession()
			.getId();

		this.sessions.completeSession(id);

		assertThat(this.events.awaitCompleted(id, 1)).hasSize(1);
		assertThat(this.events.awaitWebhooks(id, 2)).hasSize(2);
		assertThat(this.emulator.webhooks().sent())
			.allSatisfy((sent) -> assertThat(sent.url().getPath()).isEqualTo("/shop/hooks/checkout-com"));
		assertThat(Deliveries.postJson("http://localhost:" + this.port + "/shop/checkout/webhooks", "{}").statusCode())
			.isEqualTo(404);
	}

}
