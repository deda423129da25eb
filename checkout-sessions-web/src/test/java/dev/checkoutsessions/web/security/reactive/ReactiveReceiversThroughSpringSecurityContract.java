package dev.checkoutsessions.web.security.reactive;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.web.delivery.Deliveries;
import dev.checkoutsessions.web.delivery.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a WebFlux shop with Spring Security must see however it permits the receivers:
 * anonymous POSTs without a CSRF token reach the WebFlux receivers themselves (their own
 * answers prove it), the script is served to a GET, the notification pages may be framed
 * by the checkout page, and every other path still needs a login.
 */
abstract class ReactiveReceiversThroughSpringSecurityContract {

	@LocalServerPort
	int port;

	@Value("${checkout.webhooks.path:/checkout/webhooks}")
	String webhooksPath;

	@Value("${checkout.callback.path:/checkout/sessions/callback}")
	String callbackPath;

	@Value("${checkout.webhooks.signature-key}")
	String signatureKey;

	@Test
	void aSignedWebhookIsPublishedAndAForgedOneIsRefusedByTheReceiverNotBySpringSecurity() {
		String body = "{\"id\":\"evt_" + "w".repeat(26) + "\",\"type\":\"authentication_approved\",\"created_on\":\""
				+ Instant.now() + "\",\"data\":{}}";

		HttpResponse<String> forged = Deliveries.post(url(this.webhooksPath), "application/json", body, "Cko-Signature",
				WebhookSignature.sign("not-the-key", body));
		HttpResponse<String> signed = Deliveries.post(url(this.webhooksPath), "application/json", body, "Cko-Signature",
				WebhookSignature.sign(this.signatureKey, body));

		// The receiver's problem detail, with its reason: Spring Security's 401 has none.
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.body()).contains("\"reason\":\"invalid_signature\"");
		assertThat(signed.statusCode()).isEqualTo(200);
	}

	@Test
	void theCallbackReachesItsReceiverWithoutACsrfToken() {
		HttpResponse<String> response = Deliveries.post(url(this.callbackPath), "application/json",
				"{\"session_id\":\"not-a-session\"}", "Origin", "https://checkout.example");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"reason\":\"invalid_session_id\"");
	}

	@Test
	void theIssuersCrossSiteNotificationPostsAreAnswered() {
		assertThat(
				List.of("/checkout-sessions/3ds-method/notification", "/checkout-sessions/3ds-challenge/notification"))
			.allSatisfy((path) -> {
				HttpResponse<String> response = Deliveries.post(url(path), "application/x-www-form-urlencoded", "a=b",
						"Origin", "https://acs.issuer.example");
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(response.body()).contains("postMessage");
			});
	}

	@Test
	void theScriptIsServedToAnAnonymousBrowser() {
		HttpResponse<String> response = Deliveries.get(url("/checkout-sessions/3ds.js"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("CheckoutSessions3ds");
	}

	@Test
	void theNotificationPagesMayBeFramedByTheCheckoutPage() {
		HttpResponse<String> response = Deliveries.post(url("/checkout-sessions/3ds-challenge/notification"),
				"application/x-www-form-urlencoded", "cres=e30");

		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
	}

	@Test
	void everyOtherPathStillNeedsALogin() {
		assertThat(Deliveries.get(url("/anything-else"), "Accept", "application/json").statusCode()).isEqualTo(401);
		assertThat(Deliveries.get(url(this.webhooksPath + "/more"), "Accept", "application/json").statusCode())
			.isEqualTo(401);
		assertThat(Deliveries.post(url("/anything-else"), "application/json", "{}").statusCode()).isIn(401, 403);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
