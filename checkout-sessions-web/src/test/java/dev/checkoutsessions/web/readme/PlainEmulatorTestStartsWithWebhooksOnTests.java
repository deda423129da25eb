package dev.checkoutsessions.web.readme;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop that switched webhooks on as docs/callbacks-and-webhooks.md prints it
 * ({@code signature-key: ${CHECKOUT_WEBHOOKS_SIGNATURE_KEY}}) keeps its plain emulator tests: without the variable
 * they start, with a generated key, instead of failing for the missing secret. The page's YAML is imported as Boot
 * reads a shop's {@code application.yml}: before the test's context is customized.
 */
@SpringBootTest(properties = "spring.config.import=classpath:readme-application.yml")
@AutoConfigureSessionsEmulator
class PlainEmulatorTestStartsWithWebhooksOnTests {

	@Autowired
	ApplicationContext context;

	@Test
	void theContextStartsWithTheWebhookReceiverAndAGeneratedKey() {
		assertThat(System.getenv("CHECKOUT_WEBHOOKS_SIGNATURE_KEY")).isNull();
		assertThat(this.context.getEnvironment().getProperty("checkout.webhooks.enabled")).isEqualTo("true");
		assertThat(this.context.getEnvironment().getProperty("checkout.webhooks.signature-key")).hasSizeGreaterThan(32);
	}

}
