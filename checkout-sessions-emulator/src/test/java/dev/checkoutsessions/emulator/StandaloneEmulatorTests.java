package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
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
	void hostMustNotBeBlank() {
		assertThatIllegalArgumentException().isThrownBy(() -> StandaloneEmulator.configure(Map.of("--host", " ")))
			.withMessageContaining("--host");
	}

}
