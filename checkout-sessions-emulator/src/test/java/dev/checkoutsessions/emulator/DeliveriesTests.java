package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the emulator sends after the API call: completion callbacks (only to this machine,
 * every one recorded) and signed authentication webhooks, with duplicates, holds and
 * out-of-order release on request.
 */
class DeliveriesTests {

	private static final String KEY = "emulator-webhook-key";

	private SessionsEmulator emulator;

	private RawApi api;

	private HttpServer receiver;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger answer = new AtomicInteger(200);

	private final AtomicReference<Boolean> completedWhenCalledBack = new AtomicReference<>();

	@BeforeEach
	void start() throws IOException {
		emulator = RawApi.emulatorBuilder().start();
		api = new RawApi(emulator);
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", (exchange) -> {
			completedWhenCalledBack.set(emulator.sessions().stream().allMatch(EmulatedSession::completed));
			byte[] body = exchange.getRequestBody().readAllBytes();
			received.add(new Received(exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Cko-Signature"),
					exchange.getRequestHeaders().getFirst("Authorization"), new String(body, StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(answer.get(), -1);
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
	void aLoopbackCallbackIsPostedAndRecorded() {
		String id = authenticatedSession(local("/callback"));

		assertThat(api.complete(api.bearer(), id).status()).isEqualTo(204);

		assertThat(received).singleElement().satisfies((callback) -> {
			assertThat(callback.path()).isEqualTo("/callback");
			assertThat(json(callback.body()).get("session_id").stringValue()).isEqualTo(id);
		});
		assertThat(emulator.callbacks()).singleElement().satisfies((callback) -> {
			assertThat(callback.delivered()).isTrue();
			assertThat(callback.status()).isEqualTo(200);
			assertThat(callback.sessionId()).isEqualTo(id);
			assertThat(callback.body()).isEqualTo(received.get(0).body());
		});
	}

	@Test
	void aCallbackToAnotherHostIsRecordedAndAnsweredAsDelivered() {
		String id = authenticatedSession("https://shop.example/3ds/callback");

		assertThat(api.complete(api.bearer(), id).status()).isEqualTo(204);

		assertThat(emulator.callbacks()).singleElement().satisfies((callback) -> {
			assertThat(callback.delivered()).isFalse();
			assertThat(callback.status()).isZero();
			assertThat(callback.url().getHost()).isEqualTo("shop.example");
			assertThat(json(callback.body()).get("status").stringValue()).isEqualTo("approved");
		});
		assertThat(emulator.session(id).orElseThrow().completed()).isTrue();
	}

	@Test
	void aLoopbackCallbackAnsweredWithAnErrorFailsTheCompletion() {
		answer.set(500);
		String id = authenticatedSession(local("/callback"));

		RawApi.Reply reply = api.complete(api.bearer(), id);

		assertThat(reply.status()).isEqualTo(502);
		assertThat(reply.body()).contains("session_callback_failed");
		assertThat(emulator.callbacks()).singleElement()
			.satisfies((callback) -> assertThat(callback.status()).isEqualTo(500));
		assertThat(emulator.session(id).orElseThrow().completed()).isFalse();
		assertThat(emulator.session(id).orElseThrow().nextActions()).containsExactly("complete");
	}

	@Test
	void theSessionIsAlreadyCompletedWhenTheReceiverHandlesTheCallback() {
		String id = authenticatedSession(local("/callback"));

		assertThat(api.complete(api.bearer(), id).status()).isEqualTo(204);

		assertThat(received).hasSize(1);
		assertThat(completedWhenCalledBack.get()).isTrue();
	}

	@Test
	void webhooksAreSignedWithTheKeyAndCarryTheAuthorizationValue() throws Exception {
		emulator.webhooks().deliverTo(local("/webhooks"), KEY, "Bearer hook");

		String id = authenticatedSession(null);

		List<SentWebhook> sent = emulator.webhooks().awaitSent(2, Duration.ofSeconds(5));
		assertThat(sent).extracting(SentWebhook::type)
			.containsExactly("authentication_started", "authentication_approved");
		assertThat(received).hasSize(2).allSatisfy((webhook) -> {
			assertThat(webhook.signature()).isEqualTo(hmac(KEY, webhook.body()));
			assertThat(webhook.authorization()).isEqualTo("Bearer hook");
			JsonNode event = json(webhook.body());
			assertThat(event.get("id").stringValue()).startsWith("evt_");
			assertThat(event.get("created_on").stringValue()).isNotBlank();
			assertThat(event.get("data").get("session_id").stringValue()).isEqualTo(id);
		});
		assertThat(sent.get(1).signature()).isEqualTo(received.get(1).signature());
	}

	@Test
	void finalStatusesMapToTheirAuthenticationEventTypes() {
		emulator.webhooks().deliverTo(local("/webhooks"), KEY);
		authenticatedSession(null, "4539628347117863"); // declined
		ObjectNode pending = RawApi.fixture("post-sessions-request-non-hosted.json");
		pending.remove("channel_data");
		String expiring = api.create(api.bearer(), pending).json().get("id").stringValue();
		emulator.expireSession(expiring);

		assertThat(emulator.webhooks().awaitSent(3, Duration.ofSeconds(5))).extracting(SentWebhook::type)
			.containsExactly("authentication_started", "authentication_failed", "authentication_expired");
	}

	@Test
	void duplicatesRepeatEachEventWithTheSameIdAndBody() {
		emulator.webhooks().deliverTo(local("/webhooks"), KEY).duplicates(2);

		authenticatedSession(null);

		List<SentWebhook> sent = emulator.webhooks().awaitSent(4, Duration.ofSeconds(5));
		assertThat(sent.get(0).eventId()).isEqualTo(sent.get(1).eventId());
		assertThat(sent.get(0).body()).isEqualTo(sent.get(1).body());
		assertThat(sent.get(2).eventId()).isEqualTo(sent.get(3).eventId()).isNotEqualTo(sent.get(0).eventId());
	}

	@Test
	void heldEventsAreReleasedNewestFirst() throws Exception {
		emulator.webhooks().deliverTo(local("/webhooks"), KEY).hold();
		authenticatedSession(null);
		Thread.sleep(100);
		assertThat(emulator.webhooks().sent()).isEmpty();

		emulator.webhooks().releaseInReverseOrder();

		assertThat(emulator.webhooks().awaitSent(2, Duration.ofSeconds(5))).extracting(SentWebhook::type)
			.containsExactly("authentication_approved", "authentication_started");
	}

	@Test
	void anEventCanBeRedeliveredUnchanged() {
		emulator.webhooks().deliverTo(local("/webhooks"), KEY);
		authenticatedSession(null);
		SentWebhook first = emulator.webhooks().awaitSent(2, Duration.ofSeconds(5)).get(1);

		emulator.webhooks().redeliver(first.eventId());

		SentWebhook again = emulator.webhooks().awaitSent(3, Duration.ofSeconds(5)).get(2);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.signature()).isEqualTo(first.signature());
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.webhooks().redeliver("evt_unknown"))
			.withMessageContaining("evt_unknown");
	}

	@Test
	void webhooksGoOnlyToThisMachineAndNothingIsSentWithoutAReceiver() throws Exception {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> emulator.webhooks().deliverTo("https://shop.example/webhooks", KEY))
			.withMessageContaining("url must be an http(s) URL on this machine");
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.webhooks().deliverTo(local("/w"), ""))
			.withMessageContaining("signatureKey");

		authenticatedSession(null);
		Thread.sleep(100);

		assertThat(emulator.webhooks().sent()).isEmpty();
		assertThat(received).isEmpty();
	}

	@Test
	void resetCountsAndFaultsForgetsDeliveriesButKeepsSessionsAndTheReceiver() {
		emulator.webhooks().deliverTo(local("/webhooks"), KEY).duplicates(3);
		String id = authenticatedSession(local("/callback"));
		api.complete(api.bearer(), id);
		emulator.webhooks().awaitSent(6, Duration.ofSeconds(5));
		emulator.faults().next(1).respondWith503();

		emulator.resetCountsAndFaults();

		assertThat(emulator.callbacks()).isEmpty();
		assertThat(emulator.webhooks().sent()).isEmpty();
		assertThat(emulator.faults().armed()).isFalse();
		assertThat(emulator.createRequestCount()).isZero();
		assertThat(emulator.session(id)).isPresent();
		assertThat(emulator.webhooks().isDelivering()).isTrue();
		authenticatedSession(null);
		assertThat(emulator.webhooks().awaitSent(2, Duration.ofSeconds(5))).hasSize(2);
	}

	private String authenticatedSession(String callbackUrl) {
		return authenticatedSession(callbackUrl, null);
	}

	private String authenticatedSession(String callbackUrl, String card) {
		ObjectNode request = RawApi.fixture("post-sessions-request-non-hosted-browser-channel.json");
		ObjectNode completion = (ObjectNode) request.get("completion");
		if (callbackUrl == null) {
			completion.remove("callback_url");
		}
		else {
			completion.put("callback_url", callbackUrl);
		}
		if (card != null) {
			((ObjectNode) request.get("source")).put("number", card);
		}
		RawApi.Reply created = api.create(api.bearer(), request);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").stringValue();
	}

	private String local(String path) {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
	}

	private static JsonNode json(String body) {
		return RawApi.MAPPER.readTree(body);
	}

	private static String hmac(String key, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	private record Received(String path, String signature, String authorization, String body) {
	}

}
