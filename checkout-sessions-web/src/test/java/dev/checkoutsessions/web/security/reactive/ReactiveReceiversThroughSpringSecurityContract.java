package dev.checkoutsessions.web.security.reactive;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.web.security.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a WebFlux shop with Spring Security must see however it permits the receivers:
 * their paths are reached by anonymous POSTs without a CSRF token (and the script by a
 * GET), the notification pages may be framed by the checkout page, and every other path
 * still needs a login.
 */
abstract class ReactiveReceiversThroughSpringSecurityContract {

	@LocalServerPort
	int port;

	@Value("${checkout.webhooks.path:/checkout/webhooks}")
	String webhooksPath;

	@Value("${checkout.callback.path:/checkout/sessions/callback}")
	String callbackPath;

	@Test
	void theReceiversPathsTakeAnonymousPostsWithoutACsrfToken() {
		List<String> paths = List.of(this.webhooksPath, this.callbackPath, "/checkout-sessions/3ds-method/notification",
				"/checkout-sessions/3ds-challenge/notification");

		assertThat(paths).allSatisfy((path) -> {
			HttpResponse<String> response = Http.post(url(path), "application/x-www-form-urlencoded", "a=b", "Origin",
					"https://acs.issuer.example");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).isEqualTo("received");
		});
	}

	@Test
	void theScriptIsServedToAnAnonymousBrowser() {
		HttpResponse<String> response = Http.get(url("/checkout-sessions/3ds.js"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("CheckoutSessions3ds");
	}

	@Test
	void theNotificationPagesMayBeFramedByTheCheckoutPage() {
		HttpResponse<String> response = Http.post(url("/checkout-sessions/3ds-challenge/notification"),
				"application/x-www-form-urlencoded", "cres=e30");

		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
	}

	@Test
	void everyOtherPathStillNeedsALogin() {
		assertThat(Http.get(url("/anything-else"), "Accept", "application/json").statusCode()).isEqualTo(401);
		assertThat(Http.get(url(this.webhooksPath + "/more"), "Accept", "application/json").statusCode())
			.isEqualTo(401);
		assertThat(Http.post(url("/anything-else"), "application/json", "{}").statusCode()).isIn(401, 403);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
