package dev.checkoutsessions.web.delivery;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the webhook receiver makes of {@code checkout.accounts} at startup: every account
 * needs keys of its own, the top-level key is optional once accounts are configured, and
 * every key is masked by Actuator.
 */
class WebhookAccountsAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DeliveryDeduplicationAutoConfiguration.class,
				CheckoutWebhooksAutoConfiguration.class, CheckoutWebSanitizingAutoConfiguration.class))
		.withPropertyValues("checkout.webhooks.enabled=true");

	@Test
	void anAccountWithoutSignatureKeysStopsStartupNamingItsPropertyAndTheFix() {
		this.runner
			.withPropertyValues("checkout.webhooks.signature-key=k",
					"checkout.accounts.eu.webhooks.signature-keys=eu-key",
					"checkout.accounts.us-east.processing-channel-id=pc_test")
			.run((context) -> {
				FailureAnalysis analysis = ReceiverAutoConfigurationTests.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("'checkout.accounts.us-east.webhooks.signature-keys' is required")
					.contains("account 'us-east'");
				assertThat(analysis.getAction()).contains("Set 'checkout.accounts.us-east.webhooks.signature-keys'")
					.contains("${CHECKOUT_US_EAST_WEBHOOKS_SIGNATURE_KEY}")
					.contains("checkout.webhooks.enabled");
			});
	}

	@Test
	void aBlankOrUnresolvedKeyInAListStopsStartupNamingTheEntryWithoutItsValue() {
		this.runner
			.withPropertyValues("checkout.accounts.eu.webhooks.signature-keys[0]=eu-secret-key",
					"checkout.accounts.eu.webhooks.signature-keys[1]=${EU_NEXT_KEY}")
			.run((context) -> {
				FailureAnalysis analysis = ReceiverAutoConfigurationTests.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("'checkout.accounts.eu.webhooks.signature-keys[1]' is blank or an unresolved placeholder")
					.doesNotContain("eu-secret-key");
			});
	}

	@Test
	void withConfiguredAccountsAloneTheTopLevelKeyIsOptional() {
		this.runner.withPropertyValues("checkout.accounts.eu.webhooks.signature-keys=eu-key")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(WebhookReceiver.class));
	}

	@Test
	void aTopLevelAccountStillNeedsItsKeyBesideConfiguredAccounts() {
		this.runner
			.withPropertyValues("checkout.oauth.client-id=ack_top_level",
					"checkout.accounts.eu.webhooks.signature-keys=eu-key")
			.run((context) -> assertThat(
					ReceiverAutoConfigurationTests.analyze(context.getStartupFailure()).getDescription())
				.contains("'checkout.webhooks.signature-key' is required"));
	}

	@Test
	void withoutAccountsTheTopLevelKeyIsStillRequired() {
		this.runner.withPropertyValues("checkout.webhooks.signature-keys=")
			.run((context) -> assertThat(
					ReceiverAutoConfigurationTests.analyze(context.getStartupFailure()).getDescription())
				.contains("'checkout.webhooks.signature-key' is required"));
	}

	@Test
	void anAccountNamedDefaultStopsStartupBecauseThatNamesTheTopLevelAccount() {
		this.runner
			.withPropertyValues("checkout.webhooks.signature-key=k",
					"checkout.accounts.default.webhooks.signature-keys=d-key")
			.run((context) -> assertThat(
					ReceiverAutoConfigurationTests.analyze(context.getStartupFailure()).getDescription())
				.contains("'checkout.accounts.default' is named 'default'"));
	}

	@Test
	void theReceiverNeverShowsAKey() {
		this.runner
			.withPropertyValues("checkout.webhooks.signature-key=top-secret-key",
					"checkout.accounts.eu.webhooks.signature-keys=eu-secret-key",
					"checkout.accounts.eu.webhooks.authorization-header=Bearer eu-secret-value")
			.run((context) -> assertThat(context.getBean(WebhookReceiver.class) + " "
					+ WebhookAccounts.of(context.getBean(WebhookProperties.class), context.getEnvironment()))
				.doesNotContain("secret")
				.contains("eu"));
	}

	@Test
	void masksTheKeysOfEveryAccountAndTheRotationListInEverySpelling() {
		this.runner.withPropertyValues("checkout.webhooks.signature-key=k").run((context) -> {
			SanitizingFunction function = context.getBean("checkoutWebhooksSanitizingFunction",
					SanitizingFunction.class);
			for (String key : List.of("checkout.webhooks.signature-keys[0]", "checkout.webhooks.signatureKeys",
					"CHECKOUT_WEBHOOKS_SIGNATUREKEYS_1_", "checkout.accounts.eu.webhooks.signature-keys[0]",
					"checkout.accounts.eu.webhooks.signatureKeys", "checkout.accounts[us-east].webhooks.signature-keys",
					"CHECKOUT_ACCOUNTS_EU_WEBHOOKS_SIGNATUREKEYS_0_",
					"checkout.accounts.eu.webhooks.authorization-header",
					"CHECKOUT_ACCOUNTS_EU_WEBHOOKS_AUTHORIZATIONHEADER")) {
				assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "secret-value")).getValue())
					.as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			assertThat(function
				.applyUnlessFiltered(new SanitizableData(null, "checkout.accounts.eu.processing-channel-id", "pc_1"))
				.getValue()).isEqualTo("pc_1");
		});
	}

}
