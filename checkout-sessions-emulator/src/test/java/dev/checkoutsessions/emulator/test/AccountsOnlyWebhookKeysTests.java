package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * An application whose accounts are all under {@code checkout.accounts} receives webhooks
 * on each account's path only: the test gets a key per account and none for the plain
 * path, which answers 404 there as it does in production.
 */
@SpringJUnitConfig(AccountsOnlyWebhookKeysTests.EmptyConfiguration.class)
@TestPropertySource(properties = { "checkout.webhooks.enabled=true", "checkout.accounts.eu.environment=sandbox",
		"checkout.accounts.us.environment=sandbox" })
@AutoConfigureSessionsEmulator
class AccountsOnlyWebhookKeysTests {

	@Autowired
	Environment environment;

	@Test
	void eachAccountGetsAKeyAndTheTopLevelNone() {
		assertThat(this.environment.getProperty("checkout.accounts.eu.webhooks.signature-keys[0]"))
			.matches("[0-9a-f]{64}");
		assertThat(this.environment.getProperty("checkout.accounts.us.webhooks.signature-keys[0]"))
			.matches("[0-9a-f]{64}");
		assertThat(this.environment.containsProperty("checkout.webhooks.signature-key")).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
