package dev.checkoutsessions.web.security.servlet;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.emulator.SentCallback;
import dev.checkoutsessions.emulator.SentWebhook;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.browser.ThreeDsScript;
import dev.checkoutsessions.web.delivery.CheckoutWebhookEvent;
import dev.checkoutsessions.web.delivery.Deliveries;
import dev.checkoutsessions.web.delivery.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a shop with Spring Security must see however it permits the receivers: the
 * emulator's signed webhooks and completion callbacks go through to the receivers (which
 * still refuse forgeries themselves), the browser kit's script and the issuer's
 * cross-site notification posts are answered, and every other path still needs a login.
 * Each subclass is one way of permitting them, in a real application on a random port
 * with all three receivers on.
 */
abstract class ReceiversThroughSpringSecurityContract {

	@LocalServerPort
	int port;

	@Autowired
	SessionsClient sessions;

	@Autowired
	SessionsEmulator emulator;

	@Autowired
	RecordedEvents events;

	@Test
	void theEmulatorsSignedWebhooksAreAnswered200AndEachPublishedOnce() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();

		List<SentWebhook> sent = this.emulator.webhooks().awaitSent(2, Duration.ofSeconds(10));

		assertThat(sent).extracting(SentWebhook::status).containsExactly(200, 200);
		assertThat(this.events.awaitWebhooks(id, 2)).extracting(CheckoutWebhookEvent::getType)
			.containsExactly("authentication_started", "authentication_approved");
		// The receiver publishes before it answers, and both deliveries were answered:
		// nothing more can arrive.
		assertThat(this.events.webhooks(id)).hasSize(2);
	}

	@Test
	void aForgedWebhookIsRefusedByTheReceiverWith401AndItsReason() {
		String body = "{\"id\":\"evt_az5sblvku4ge3dwpztvyizgcau\",\"type\":\"authentication_approved\"}";

		HttpResponse<String> response = Deliveries.post(url("/checkout/webhooks"), "application/json", body,
				WebhookSignature.HEADER, WebhookSignature.sign("not-the-key", body));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"reason\":\"invalid_signature\"");
	}

	@Test
	void theCompletionCallbackIsAcceptedAndPublishesTheSession() {
		String id = this.sessions
			.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, url("/checkout/sessions/callback")))
			.getSession()
			.getId();

		this.sessions.completeSession(id);

		assertThat(this.events.awaitCompleted(id, 1)).singleElement()
			.satisfies((event) -> assertThat(event.getSession().getStatus()).isEqualTo(SessionStatus.APPROVED));
		assertThat(this.emulator.callbacks()).extracting(SentCallback::status).containsExactly(202);
	}

	@Test
	void theBrowserKitsScriptIsServedToAnAnonymousBrowser() {
		HttpResponse<String> response = Deliveries.get(url(ThreeDsScript.PATH));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("CheckoutSessions3ds");
	}

	@Test
	void theIssuersCrossSiteNotificationPostsAreAnsweredWithPagesTheCheckoutPageMayFrame() {
		String methodData = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"threeDSServerTransID\":\"d461f105-1792-407f-95ff-9a496fd918a9\"}".getBytes());

		HttpResponse<String> method = Deliveries.post(url("/checkout-sessions/3ds-method/notification"),
				"application/x-www-form-urlencoded", "threeDSMethodData=" + methodData, "Origin",
				"https://acs.issuer.example");
		HttpResponse<String> challenge = Deliveries.post(url("/checkout-sessions/3ds-challenge/notification"),
				"application/x-www-form-urlencoded", "cres=e30", "Origin", "https://acs.issuer.example");

		assertThat(List.of(method, challenge)).allSatisfy((response) -> {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("window.parent.postMessage(");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
		});
		assertThat(method.body()).contains("d461f105-1792-407f-95ff-9a496fd918a9");
	}

	@Test
	void everyOtherPathStillNeedsALogin() {
		assertThat(Deliveries.get(url("/anything-else"), "Accept", "application/json").statusCode()).isEqualTo(401);
		assertThat(Deliveries.get(url("/checkout/webhooks/more"), "Accept", "application/json").statusCode())
			.isEqualTo(401);
		assertThat(Deliveries.post(url("/anything-else"), "application/json", "{}").statusCode()).isIn(401, 403);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
