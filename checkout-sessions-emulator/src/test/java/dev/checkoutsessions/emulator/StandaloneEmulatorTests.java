package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The standalone jar's flags: a bad combination stops it at once with a message naming
 * the flag and the fix, and the webhook key never shows up in what it prints.
 */
class StandaloneEmulatorTests {

	@Test
	void webhookUrlAndKeyGoTogether() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneEmulator.webhookReceiver(Map.of("--webhook-url", "http://app:8080/hooks")))
			.withMessageContaining("--webhook-url needs --webhook-key");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneEmulator.webhookReceiver(Map.of("--webhook-key", "k")))
			.withMessageContaining("--webhook-key needs --webhook-url");
		assertThat(StandaloneEmulator.webhookReceiver(Map.of())).isNull();
	}

	@Test
	void webhookUrlMustBeHttpWithAHost() {
		for (String url : new String[] { "ftp://app/hooks", "/hooks", "http:///hooks" }) {
			assertThatIllegalArgumentException()
				.isThrownBy(
						() -> StandaloneEmulator.webhookReceiver(Map.of("--webhook-url", url, "--webhook-key", "k")))
				.as(url)
				.withMessageContaining("--webhook-url");
		}
	}

	@Test
	void aReceiverInAnotherContainerIsAcceptedAndItsKeyNeverPrinted() {
		StandaloneEmulator.WebhookReceiver receiver = StandaloneEmulator.webhookReceiver(
				Map.of("--webhook-url", "http://app:8080/checkout/webhooks", "--webhook-key", "s3cret-key"));

		assertThat(receiver.url()).isEqualTo(URI.create("http://app:8080/checkout/webhooks"));
		assertThat(receiver.signatureKey()).isEqualTo("s3cret-key");
		assertThat(receiver.toString()).doesNotContain("s3cret-key");
	}

	@Test
	void aPortInUseIsNamedWithTheFix() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Map<String, String> flags = Map.of("--port", Integer.toString(taken.getLocalPort()));

			assertThatIllegalArgumentException()
				.isThrownBy(() -> StandaloneEmulator.start(StandaloneEmulator.configure(flags), flags))
				.withMessageContaining("cannot listen on 127.0.0.1 port " + taken.getLocalPort())
				.withMessageContaining("--port must be free")
				.withMessageNotContaining("(null)");
		}
	}

	@Test
	void accountFlagsRepeatAndKeepTheirOrder() {
		Map<String, String> flags = new LinkedHashMap<>();

		List<String> accounts = StandaloneEmulator
			.parse(new String[] { "--account", "eu", "--port", "0", "--account=us:ack_us:secret:with:colons" }, flags);

		assertThat(accounts).containsExactly("eu", "us:ack_us:secret:with:colons");
		assertThat(flags).containsExactly(Map.entry("--port", "0"));
	}

	@Test
	void eachAccountFlagAddsAnAccountAndItsSettingsArePrinted() {
		try (SessionsEmulator emulator = StandaloneEmulator
			.configure(Map.of("--port", "0"), List.of("eu", "us:ack_us", "apac:ack_apac:apac:secret"))
			.start()) {
			ByteArrayOutputStream printed = new ByteArrayOutputStream();

			StandaloneEmulator.printSettings(emulator, new PrintStream(printed, true, StandardCharsets.UTF_8));

			assertThat(emulator.account("us").clientId()).isEqualTo("ack_us");
			assertThat(emulator.account("apac").clientSecret()).isEqualTo("apac:secret");
			assertThat(printed.toString(StandardCharsets.UTF_8).lines()).contains(
					"checkout.accounts.eu.base-url=" + emulator.baseUrl(),
					"checkout.accounts.eu.oauth.token-url=" + emulator.tokenUrl(),
					"checkout.accounts.eu.oauth.client-id=" + emulator.account("eu").clientId(),
					"checkout.accounts.eu.oauth.client-secret=" + emulator.account("eu").clientSecret(),
					"checkout.accounts.eu.processing-channel-id=" + emulator.account("eu").processingChannelId(),
					"checkout.accounts.us.oauth.client-id=ack_us",
					"checkout.accounts.apac.oauth.client-secret=apac:secret",
					"checkout.oauth.client-id=" + emulator.clientId());
		}
	}

	@Test
	void aBadAccountFlagIsNamedWithoutRepeatingItsSecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneEmulator.configure(Map.of(), List.of("eu::hidden-secret")))
			.withMessageContaining("--account eu")
			.withMessageContaining("clientId")
			.withMessageNotContaining("hidden-secret");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneEmulator.configure(Map.of(), List.of("eu", "eu")))
			.withMessageContaining("--account eu");
	}

	@Test
	void hostMustNotBeBlank() {
		assertThatIllegalArgumentException().isThrownBy(() -> StandaloneEmulator.configure(Map.of("--host", " ")))
			.withMessageContaining("--host");
	}

}
