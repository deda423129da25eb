package dev.checkoutsessions.web.security.servlet;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.emulator.SentCallback;
import dev.checkoutsessions.emulator.SentWebhook;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.browser.ThreeDsScript;
import dev.checkoutsessions.web.delivery.CheckoutWebhookEvent;
import dev.checkoutsessions.web.delivery.WebhookSignature;
import dev.checkoutsessions.web.security.Http;

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

	static final String FRICTIONLESS = "4485040371536584";

	@LocalServerPort
	int port;

	@Autowired
	SessionsClient sessions;

	@Autowired
	SessionsEmulator emulator;

	@Autowired
	RecordedEvents events;

	@Test
	void theEmulatorsSignedWebhooksAreAnswered200AndEachPublishedOnce() throws InterruptedException {
		String id = this.sessions.requestSession(session(null)).getSession().getId();

		List<SentWebhook> sent = this.emulator.webhooks().awaitSent(2, Duration.ofSeconds(10));

		assertThat(sent).extracting(SentWebhook::status).containsExactly(200, 200);
		assertThat(this.events.awaitWebhooks(id, 2)).extracting(CheckoutWebhookEvent::getType)
			.containsExactly("authentication_started", "authentication_approved");
		Thread.sleep(200);
		assertThat(this.events.webhooks(id)).hasSize(2);
	}

	@Test
	void aForgedWebhookIsRefusedByTheReceiverWith401AndItsReason() {
		String body = "{\"id\":\"evt_az5sblvku4ge3dwpztvyizgcau\",\"type\":\"authentication_approved\"}";

		HttpResponse<String> response = Http.post(url("/checkout/webhooks"), "application/json", body,
				WebhookSignature.HEADER, WebhookSignature.sign("not-the-key", body));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"reason\":\"invalid_signature\"");
	}

	@Test
	void theCompletionCallbackIsAcceptedAndPublishesTheSession() {
		String id = this.sessions.requestSession(session(url("/checkout/sessions/callback"))).getSession().getId();

		this.sessions.completeSession(id);

		assertThat(this.events.awaitCompleted(id, 1)).singleElement()
			.satisfies((event) -> assertThat(event.getSession().getStatus()).isEqualTo(SessionStatus.APPROVED));
		assertThat(this.emulator.callbacks()).extracting(SentCallback::status).containsExactly(202);
	}

	@Test
	void theBrowserKitsScriptIsServedToAnAnonymousBrowser() {
		HttpResponse<String> response = Http.get(url(ThreeDsScript.PATH));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("CheckoutSessions3ds");
	}

	@Test
	void theIssuersCrossSiteNotificationPostsAreAnsweredWithPagesTheCheckoutPageMayFrame() {
		String methodData = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"threeDSServerTransID\":\"d461f105-1792-407f-95ff-9a496fd918a9\"}".getBytes());

		HttpResponse<String> method = Http.post(url("/checkout-sessions/3ds-method/notification"),
				"application/x-www-form-urlencoded", "threeDSMethodData=" + methodData, "Origin",
				"https://acs.issuer.example");
		HttpResponse<String> challenge = Http.post(url("/checkout-sessions/3ds-challenge/notification"),
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
		assertThat(Http.get(url("/anything-else"), "Accept", "application/json").statusCode()).isEqualTo(401);
		assertThat(Http.get(url("/checkout/webhooks/more"), "Accept", "application/json").statusCode()).isEqualTo(401);
		assertThat(Http.post(url("/anything-else"), "application/json", "{}").statusCode()).isIn(401, 403);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A session the emulator authenticates at once (201), frictionless. */
	static SessionRequest session(String callbackUrl) {
		NonHostedCompletionInfo.Builder completion = NonHostedCompletionInfo.builder();
		if (callbackUrl != null) {
			completion.callbackUrl(callbackUrl);
		}
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number(FRICTIONLESS).expiryMonth(12).expiryYear(2030).build())
			.amount(1000L)
			.currency(Currency.GBP)
			.completion(completion.build())
			.channelData(BrowserSession.builder()
				.acceptHeader("text/html")
				.javaEnabled(false)
				.javascriptEnabled(true)
				.language("en-GB")
				.colorDepth("24")
				.screenHeight("1080")
				.screenWidth("1920")
				.timezone("0")
				.userAgent("Mozilla/5.0")
				.ipAddress("203.0.113.7")
				.build())
			.build();
	}

}
