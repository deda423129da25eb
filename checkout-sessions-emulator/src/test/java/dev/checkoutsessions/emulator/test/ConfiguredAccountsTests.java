package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import dev.checkoutsessions.emulator.EmulatorAccount;
import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * Without the starter on the classpath, each configured account's properties are pointed
 * at an emulator account of the same name, as the top level's are; an account's own
 * processing channel is kept and accepted.
 */
@SpringJUnitConfig(ConfiguredAccountsTests.EmptyConfiguration.class)
@TestPropertySource(properties = { "checkout.accounts.eu.oauth.client-id=${CHECKOUT_EU_CLIENT_ID}",
		"checkout.accounts.us.processing-channel-id=" + ConfiguredAccountsTests.US_CHANNEL,
		"checkout.accounts[apac].environment=production" })
@AutoConfigureSessionsEmulator
class ConfiguredAccountsTests {

	static final String US_CHANNEL = "pc_usaccountchannel0000000000";

	@Autowired
	SessionsEmulator emulator;

	@Autowired
	Environment environment;

	@Test
	void eachConfiguredAccountIsServedByAnEmulatorAccountOfItsName() {
		assertThat(emulator.accounts()).extracting(EmulatorAccount::name)
			.containsExactlyInAnyOrder(SessionsEmulator.DEFAULT_ACCOUNT, "eu", "us", "apac");
	}

	@Test
	void eachConfiguredAccountsPropertiesPointAtItsEmulatorAccount() {
		for (String name : new String[] { "eu", "us", "apac" }) {
			EmulatorAccount account = emulator.account(name);
			String prefix = "checkout.accounts." + name + ".";
			assertThat(environment.getProperty(prefix + "base-url")).as(name).isEqualTo(emulator.baseUrl());
			assertThat(environment.getProperty(prefix + "oauth.token-url")).as(name).isEqualTo(emulator.tokenUrl());
			assertThat(environment.getProperty(prefix + "oauth.client-id")).as(name).isEqualTo(account.clientId());
			assertThat(environment.getProperty(prefix + "oauth.client-secret")).as(name)
				.isEqualTo(account.clientSecret());
		}
	}

	@Test
	void anAccountsOwnProcessingChannelIsKeptAndOthersGetTheirEmulatorAccounts() {
		assertThat(environment.getProperty("checkout.accounts.us.processing-channel-id")).isEqualTo(US_CHANNEL);
		assertThat(emulator.account("us").processingChannelId()).isEqualTo(US_CHANNEL);
		assertThat(environment.getProperty("checkout.accounts.eu.processing-channel-id"))
			.isEqualTo(emulator.account("eu").processingChannelId());
	}

	@Test
	void theEmulatorsPropertiesNameTheAccountsInConfigurationOrder() {
		EnumerablePropertySource<?> emulatorProperties = (EnumerablePropertySource<?>) ((ConfigurableEnvironment) environment)
			.getPropertySources()
			.get(SessionsEmulatorContextCustomizer.PROPERTY_SOURCE_NAME);
		Set<String> order = new LinkedHashSet<>();
		for (String key : emulatorProperties.getPropertyNames()) {
			if (key.startsWith(ConfiguredAccounts.PREFIX)) {
				order.add(key.substring(ConfiguredAccounts.PREFIX.length(),
						key.indexOf('.', ConfiguredAccounts.PREFIX.length())));
			}
		}
		assertThat(order).containsExactly("eu", "us", "apac");
	}

	@Test
	void noWebhookKeysWhenTheApplicationReceivesNoWebhooks() {
		assertThat(environment.containsProperty("checkout.accounts.eu.webhooks.signature-keys[0]")).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
