package dev.checkoutsessions.web.delivery;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter's own accounts end to end: {@code checkout.accounts.eu} and {@code us}
 * beside the top-level account, each served by an emulator account of its own, which
 * sends each account's signed webhooks to that account's path (eu rotating its key, us
 * with an Authorization value) and posts the callbacks of the sessions each creates.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.webhooks.enabled=true", "checkout.callback.enabled=true",
				"checkout.deduplication.store=memory", "checkout.accounts.eu.webhooks.signature-keys[0]=eu-new-key",
				"checkout.accounts.eu.webhooks.signature-keys[1]=eu-old-key",
				"checkout.accounts.us.webhooks.signature-keys[0]=us-key",
				"checkout.accounts.us.webhooks.authorization-header=Bearer us-hook",
				// The top-level account, whose credentials the emulator's connection
				// details
				// replace: the starter's settings check looks for it in the properties.
				"checkout.oauth.client-id=ack_top_level", "checkout.oauth.client-secret=replaced" })
@AutoConfigureSessionsEmulator(webhooks = true)
class ConfiguredAccountsDeliveryApplicationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsClients clients;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private RecordedEvents events;

	@Test
	void eachAccountsWebhooksArriveAtItsOwnPathVerifiedWithItsKeysAndCarryItsName() {
		String eu = create(this.clients.get("eu"), null);
		String us = create(this.clients.get("us"), null);

		assertThat(awaitWebhooks(eu)).extracting(CheckoutWebhookEvent::getAccount).containsOnly("eu");
		assertThat(awaitWebhooks(us)).extracting(CheckoutWebhookEvent::getAccount).containsOnly("us");
	}

	@Test
	void aCallbackIsReadThroughTheAccountThatCreatedTheSession() {
		SessionsClient us = this.clients.get("us");
		String id = create(us, callbackUrl());

		us.completeSession(id);

		assertThat(awaitCompleted(id).getAccount()).isEqualTo("us");
	}

	@Test
	void theSessionsClientBeanIsTheDefaultAccountsAndItsSessionsAreReadThroughIt() {
		String id = create(this.sessions, callbackUrl());

		this.sessions.completeSession(id);

		assertThat(awaitCompleted(id).getAccount()).isEqualTo("default");
		assertThat(awaitWebhooks(id)).extracting(CheckoutWebhookEvent::getAccount).containsOnly("default");
	}

	@Test
	void theRecordingSessionsClientsStillClosesTheClientsWithTheContext() {
		assertThat(this.clients).isInstanceOf(DisposableBean.class);
	}

	private static String create(SessionsClient client, String callbackUrl) {
		return client.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, callbackUrl))
			.getSession()
			.getId();
	}

	private List<CheckoutWebhookEvent> awaitWebhooks(String sessionId) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.events.webhooks(sessionId).size() >= 2);
		return this.events.webhooks(sessionId);
	}

	private SessionCompletedEvent awaitCompleted(String sessionId) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.events.completed(sessionId).isEmpty());
		return this.events.completed(sessionId).get(0);
	}

	private String callbackUrl() {
		return "http://localhost:" + this.port + "/checkout/sessions/callback";
	}

}
