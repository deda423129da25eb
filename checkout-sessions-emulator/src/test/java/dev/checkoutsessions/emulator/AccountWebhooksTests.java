package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each account's webhook: its own receiver and key, only its own sessions' events, and a
 * key that can be rotated while the emulator runs.
 */
class AccountWebhooksTests {

	private final SessionsEmulator emulator = RawApi.emulatorBuilder().account("eu").account("us").start();

	private final RawApi api = new RawApi(emulator);

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private HttpServer receiver;

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", (exchange) -> {
			received.add(new Received(exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Cko-Signature"),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stop() {
		receiver.stop(0);
		emulator.close();
	}

	@Test
	void eachAccountsEventsAreSignedWithItsKeyAndSentToItsReceiver() {
		EmulatorAccount eu = emulator.account("eu");
		EmulatorAccount us = emulator.account("us");
		eu.webhooks().deliverTo(local("/webhooks/eu"), "eu-key");
		us.webhooks().deliverTo(local("/webhooks/us"), "us-key");

		String euSession = authenticatedSession(eu);
		String usSession = authenticatedSession(us);

		awaitReceived(4);
		assertThat(received).filteredOn((webhook) -> webhook.body().contains(euSession))
			.hasSize(2)
			.allSatisfy((webhook) -> {
				assertThat(webhook.path()).isEqualTo("/webhooks/eu");
				assertThat(webhook.signature()).isEqualTo(Webhooks.sign("eu-key", webhook.bytes()));
			});
		assertThat(received).filteredOn((webhook) -> webhook.body().contains(usSession))
			.hasSize(2)
			.allSatisfy((webhook) -> {
				assertThat(webhook.path()).isEqualTo("/webhooks/us");
				assertThat(webhook.signature()).isEqualTo(Webhooks.sign("us-key", webhook.bytes()));
			});
		assertThat(eu.webhooks().sent()).extracting(SentWebhook::sessionId).containsOnly(euSession);
		assertThat(us.webhooks().sent()).extracting(SentWebhook::sessionId).containsOnly(usSession);
		assertThat(emulator.webhooks().sent()).as("the default account's").isEmpty();
	}

	@Test
	void anAccountWithoutAReceiverSendsNothingWhileAnotherDelivers() {
		emulator.account("us").webhooks().deliverTo(local("/webhooks/us"), "us-key");

		authenticatedSession(emulator.account("eu"));
		String usSession = authenticatedSession(emulator.account("us"));

		awaitReceived(2);
		assertThat(received).allSatisfy((webhook) -> assertThat(webhook.body()).contains(usSession));
		assertThat(emulator.account("eu").webhooks().sent()).isEmpty();
	}

	@Test
	void aKeyRotatedWhileRunningSignsTheEventsAfterIt() {
		EmulatorAccount eu = emulator.account("eu");
		String generated = eu.signatureKey();
		eu.webhooks().deliverTo(local("/webhooks/eu"));
		String before = authenticatedSession(eu);
		awaitReceived(2);

		eu.webhooks().signatureKey("rotated-key");
		String after = authenticatedSession(eu);
		awaitReceived(4);

		assertThat(generated).matches("[0-9a-f]{64}").isNotEqualTo(emulator.account("us").signatureKey());
		assertThat(eu.signatureKey()).isEqualTo("rotated-key");
		assertThat(received).filteredOn((webhook) -> webhook.body().contains(before))
			.hasSize(2)
			.allSatisfy(
					(webhook) -> assertThat(webhook.signature()).isEqualTo(Webhooks.sign(generated, webhook.bytes())));
		assertThat(received).filteredOn((webhook) -> webhook.body().contains(after))
			.hasSize(2)
			.allSatisfy((webhook) -> assertThat(webhook.signature())
				.isEqualTo(Webhooks.sign("rotated-key", webhook.bytes())));
	}

	@Test
	void anEmptyKeyIsRefusedAndTheKeyInUseStays() {
		EmulatorAccount eu = emulator.account("eu");
		String key = eu.signatureKey();

		assertThatIllegalArgumentException().isThrownBy(() -> eu.webhooks().signatureKey(""))
			.withMessageContaining("signatureKey");

		assertThat(eu.signatureKey()).isEqualTo(key);
	}

	@Test
	void resettingForgetsEveryAccountsDeliveriesButKeepsTheirReceivers() {
		EmulatorAccount eu = emulator.account("eu");
		eu.webhooks().deliverTo(local("/webhooks/eu"));
		authenticatedSession(eu);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> eu.webhooks().sent().size() >= 2);

		emulator.resetCountsAndFaults();

		assertThat(eu.webhooks().sent()).isEmpty();
		assertThat(eu.webhooks().isDelivering()).isTrue();
	}

	private String authenticatedSession(EmulatorAccount account) {
		ObjectNode request = RawApi.nonHostedBrowser("4485040371536584");
		request.put("processing_channel_id", account.processingChannelId());
		((ObjectNode) request.get("completion")).remove("callback_url");
		RawApi.Reply created = api.create(api.bearer(account), request);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	private void awaitReceived(int count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= count);
	}

	private String local(String path) {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
	}

	private record Received(String path, String signature, String body) {

		byte[] bytes() {
			return body.getBytes(StandardCharsets.UTF_8);
		}

	}

}
