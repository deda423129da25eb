package dev.checkoutsessions.web.security.servlet;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.TestPropertySource;

import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.WebTestApplication;
import dev.checkoutsessions.web.browser.ThreeDsScript;
import dev.checkoutsessions.web.delivery.Deliveries;
import dev.checkoutsessions.web.readme.YamlPropertySourceFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one line of docs/spring-security.md ({@code spring-security-application.yml}) in a
 * shop that relies on Boot's default filter chain: the receivers get a chain of their
 * own, and Boot's default chain is kept for every other path. Actuator's chain, which
 * would stand in for Boot's default here, is left out so that the default itself is what
 * is kept.
 */
@Tag("spring-security")
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"checkout.webhooks.enabled=true", "checkout.callback.enabled=true", "checkout.browser.enabled=true",
		"checkout.deduplication.store=memory",
		"spring.autoconfigure.exclude=org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@TestPropertySource(locations = "classpath:spring-security-application.yml", factory = YamlPropertySourceFactory.class)
@AutoConfigureSessionsEmulator(webhooks = true)
class PermitReceiversPropertyApplicationTests extends ReceiversThroughSpringSecurityContract {

	@Autowired
	ApplicationContext context;

	@Test
	void bootsDefaultChainIsKeptAfterTheReceiversChain() {
		assertThat(this.context.getBeansOfType(SecurityFilterChain.class))
			.containsOnlyKeys("checkoutSessionsReceiversSecurityFilterChain", "defaultSecurityFilterChain");
	}

	@Test
	void theReceiversAnswerWithoutALoginChallengeOrASessionCookie() {
		String body = "{}";
		List<HttpResponse<String>> responses = List.of(
				Deliveries.post(url("/checkout/webhooks"), "application/json", body),
				Deliveries.post(url("/checkout/sessions/callback"), "application/json", body),
				Deliveries.get(url(ThreeDsScript.PATH)),
				Deliveries.post(url("/checkout-sessions/3ds-method/notification"), "application/x-www-form-urlencoded",
						"threeDSMethodData="));

		// Answered by the receivers themselves (the unsigned webhook's 401 is the
		// receiver's), never by a login challenge, and without a session cookie.
		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		});
	}

}
