package dev.checkoutsessions.web.security.servlet;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.web.app.WebTestApplication;
import dev.checkoutsessions.web.readme.DocsPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A shop with Spring Security and Boot's default chain, receivers on and nothing
 * permitted: the application does not start, and the starter's failure report names the
 * receiver's property, each blocked path and the fix, instead of Checkout.com's
 * deliveries failing in production. The report is the one docs/spring-security.md prints.
 */
@Tag("spring-security")
@ExtendWith(OutputCaptureExtension.class)
class BlockedReceiversStopStartupTests {

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

	private static Throwable startupFailure(String... receivers) {
		Throwable[] failure = new Throwable[1];
		assertThatException().isThrownBy(() -> start(receivers).close())
			.satisfies((ex) -> failure[0] = NestedExceptionUtils.getMostSpecificCause(ex));
		return failure[0];
	}

	private static ConfigurableApplicationContext start(String... more) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--checkout.webhooks.signature-key=startup-check-key", "--checkout.deduplication.store=memory",
				"--checkout.base-url=http://127.0.0.1:9", "--checkout.oauth.token-url=http://127.0.0.1:9/connect/token",
				"--checkout.oauth.client-id=ack_test", "--checkout.oauth.client-secret=unused",
				"--spring.autoconfigure.exclude=org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(WebTestApplication.class).run(arguments.toArray(String[]::new));
	}

}
