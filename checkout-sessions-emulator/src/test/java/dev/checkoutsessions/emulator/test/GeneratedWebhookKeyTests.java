package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * An application that receives webhooks with its key in an environment variable, as the
 * docs print it, is tested with the plain annotation: the test gets a generated key
 * instead of failing to start for want of the secret.
 */
@SpringJUnitConfig(GeneratedWebhookKeyTests.EmptyConfiguration.class)
@TestPropertySource(properties = { "checkout.webhooks.enabled=true",
		"checkout.webhooks.signature-key=${CHECKOUT_WEBHOOKS_SIGNATURE_KEY}" })
@AutoConfigureSessionsEmulator
class GeneratedWebhookKeyTests {

	@Autowired
	Environment environment;

	@Test
	void aPlainTestOfAnApplicationReceivingWebhooksGetsAKeyWhenItsVariableIsUnset() {
		assertThat(System.getenv("CHECKOUT_WEBHOOKS_SIGNATURE_KEY")).isNull();

		assertThat(this.environment.getProperty("checkout.webhooks.signature-key")).matches("[0-9a-f]{64}");
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
