package dev.checkoutsessions.web.security.servlet;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.core.NestedExceptionUtils;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.web.app.WebTestApplication;
import dev.checkoutsessions.web.delivery.Deliveries;
import dev.checkoutsessions.web.delivery.WebhookSignature;
import dev.checkoutsessions.web.readme.DocsPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.springframework.security.config.Customizer.withDefaults;

/**
 * A shop with Spring Security and Boot's default chain, receivers on and nothing
 * permitted: the application does not start, and the starter's failure report names the
 * receiver's property, each blocked path and the fix, instead of Checkout.com's
 * deliveries failing in production. The report is the one docs/spring-security.md prints.
 */
@Tag("spring-security")
@ExtendWith(OutputCaptureExtension.class)
class BlockedReceiversStopStartupTests {

	private static final String ACCOUNT_KEY = "eu-startup-check-key";

	/** Credentials are never inherited: the account is a client of its own too. */
	private static final String[] ACCOUNT_CLIENT = { "--checkout.accounts.eu.oauth.client-id=ack_eu",
			"--checkout.accounts.eu.oauth.client-secret=unused" };

	@Test
	void webhooksBlockedByBootsDefaultChainStopStartupNamingThePropertyThePathAndTheFix(CapturedOutput output) {
		Throwable failure = startupFailure("--checkout.webhooks.enabled=true");

		assertThat(failure).isInstanceOf(CheckoutConfigurationException.class);
		CheckoutConfigurationException problem = (CheckoutConfigurationException) failure;
		assertThat(problem.getParameter()).isEqualTo("checkout.webhooks.enabled");
		assertThat(problem.getProblem()).contains("POST /checkout/webhooks (checkout.webhooks.path)")
			.doesNotContain("/checkout/sessions/callback");
		assertThat(problem.getFix()).contains("checkout.security.permit-receivers=true",
				".requestMatchers(CheckoutSessionsRequest.toReceivers()).permitAll()",
				"csrf.ignoringRequestMatchers(CheckoutSessionsRequest.toReceivers())");
		assertThat(output).contains("APPLICATION FAILED TO START");
		assertThat(DocsPage.page("docs/spring-security.md").codeBlock("text").lines().filter((line) -> !line.isBlank()))
			.as("the report docs/spring-security.md prints")
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(output).contains(line));
	}

	@Test
	void everyBlockedReceiverIsNamedWithItsConfiguredPath() {
		Throwable failure = startupFailure("--checkout.callback.enabled=true", "--checkout.callback.path=/hooks/3ds",
				"--checkout.browser.enabled=true");

		assertThat(failure).isInstanceOf(CheckoutConfigurationException.class)
			.hasMessageContaining("checkout.callback.enabled is true")
			.hasMessageContaining("POST /hooks/3ds (checkout.callback.path)")
			.hasMessageContaining("GET /checkout-sessions/3ds.js")
			.hasMessageContaining("POST /checkout-sessions/3ds-method/notification")
			.hasMessageContaining("POST /checkout-sessions/3ds-challenge/notification");
	}

	@Test
	void withTheOneLinePropertyTheSameApplicationStarts() {
		try (ConfigurableApplicationContext context = start("--checkout.webhooks.enabled=true",
				"--checkout.callback.enabled=true", "--checkout.browser.enabled=true",
				"--checkout.security.permit-receivers=true")) {
			assertThat(context.isRunning()).isTrue();
		}
	}

	@Test
	void aRuleThatPermitsOnlyTheTopLevelWebhookPathStopsStartupNamingTheAccountsPath() {
		Throwable[] failure = new Throwable[1];
		assertThatException()
			.isThrownBy(() -> start(List.of(TopLevelWebhookPathOnly.class), "--checkout.webhooks.enabled=true",
					"--checkout.accounts.eu.webhooks.signature-keys=" + ACCOUNT_KEY, ACCOUNT_CLIENT[0],
					ACCOUNT_CLIENT[1])
				.close())
			.satisfies((ex) -> failure[0] = NestedExceptionUtils.getMostSpecificCause(ex));

		assertThat(failure[0]).isInstanceOf(CheckoutConfigurationException.class)
			.hasMessageContaining("POST /checkout/webhooks/eu (checkout.webhooks.path)")
			.hasMessageNotContaining("POST /checkout/webhooks (");
	}

	@Test
	void withTheOneLinePropertyAnAccountsSignedWebhookIsDelivered() {
		try (ConfigurableApplicationContext context = start("--checkout.webhooks.enabled=true",
				"--checkout.accounts.eu.webhooks.signature-keys=" + ACCOUNT_KEY, ACCOUNT_CLIENT[0], ACCOUNT_CLIENT[1],
				"--checkout.security.permit-receivers=true")) {
			String body = "{\"id\":\"evt_" + "e".repeat(26) + "\",\"type\":\"authentication_approved\","
					+ "\"created_on\":\"" + Instant.now() + "\",\"data\":{}}";

			HttpResponse<String> response = Deliveries.post(
					"http://localhost:" + context.getEnvironment().getProperty("local.server.port")
							+ "/checkout/webhooks/eu",
					"application/json", body, WebhookSignature.HEADER, WebhookSignature.sign(ACCOUNT_KEY, body));

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
	}

	private static Throwable startupFailure(String... receivers) {
		Throwable[] failure = new Throwable[1];
		assertThatException().isThrownBy(() -> start(receivers).close())
			.satisfies((ex) -> failure[0] = NestedExceptionUtils.getMostSpecificCause(ex));
		return failure[0];
	}

	private static ConfigurableApplicationContext start(String... more) {
		return start(List.of(), more);
	}

	private static ConfigurableApplicationContext start(List<Class<?>> configurations, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--checkout.webhooks.signature-key=startup-check-key", "--checkout.deduplication.store=memory",
				"--checkout.base-url=http://127.0.0.1:9", "--checkout.oauth.token-url=http://127.0.0.1:9/connect/token",
				"--checkout.oauth.client-id=ack_test", "--checkout.oauth.client-secret=unused",
				"--spring.autoconfigure.exclude=org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"));
		arguments.addAll(List.of(more));
		List<Class<?>> sources = new ArrayList<>(List.of(WebTestApplication.class));
		sources.addAll(configurations);
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(arguments.toArray(String[]::new));
	}

	/** A shop that permits the top-level webhook path, exactly, and nothing else. */
	@Configuration(proxyBeanMethods = false)
	static class TopLevelWebhookPathOnly {

		@Bean
		SecurityFilterChain shopSecurityFilterChain(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/checkout/webhooks")
				.permitAll()
				.anyRequest()
				.authenticated());
			http.csrf(AbstractHttpConfigurer::disable);
			http.httpBasic(withDefaults());
			return http.build();
		}

	}

}
