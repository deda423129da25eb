package dev.checkoutsessions.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A resolved account's description: never shows its secret, and points a builder at
 * itself under its meter tag.
 */
class CheckoutAccountTests {

	@Test
	void toStringNeverShowsTheSecret() {
		CheckoutAccount account = CheckoutAccount.of("ack_merchant42", "hunter2-secret")
			.withSubdomain("vkuhvk4v")
			.withMeterTag("eu");
		assertThat(account.toString()).contains("ack_merchant42", "vkuhvk4v", "eu").doesNotContain("hunter2");
	}

	@Test
	void aClientBuiltFromItIsTaggedWithItsMeterTagNeverItsId() {
		try (SessionsClient client = CheckoutAccount.of("ack_merchant42", "hunter2-secret")
			.withUrls("http://127.0.0.1:1", "http://127.0.0.1:1/connect/token")
			.applyTo(SessionsClient.builder())
			.build()) {
			assertThat(client.toString()).contains("account=" + CheckoutAccount.RESOLVED)
				.doesNotContain("hunter2")
				.doesNotContain("ack_merchant42");
		}
	}

	@Test
	void aBlankMeterTagIsRefusedSayingWhatToGive() {
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> CheckoutAccount.of("ack_merchant42", "secret").withMeterTag(" "))
			.withMessageContaining("meterTag")
			.withMessageContaining("region");
	}

}
