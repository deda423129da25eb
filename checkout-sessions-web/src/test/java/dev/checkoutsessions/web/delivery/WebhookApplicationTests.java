package dev.checkoutsessions.web.delivery;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.emulator.SentWebhook;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks over real HTTP: the emulator, pointed at the application by the test
 * annotation, sends signed authentication webhooks; tampered, forged and hostile ones
 * come from a plain HTTP client.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.webhooks.enabled=true",
				"checkout.webhooks.authorization-header=Bearer hook-auth-value",
				"checkout.deduplication.store=memory" })
@AutoConfigureSessionsEmulator(webhooks = true)
class WebhookApplicationTests {

	private static final String AUTHORIZATION = "Bearer hook-auth-value";

	@LocalServerPort
	private int port;

	@Value("${checkout.webhooks.signature-key}")
	private String signatureKey;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private RecordedEvents events;

	@Autowired
	private MeterRegistry meters;

	@Test
	void theEmulatorsSignedWebhooksArriveAsTypedEvents() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();

		List<CheckoutWebhookEvent> received = this.events.awaitWebhooks(id, 2);

		assertThat(received).extracting(CheckoutWebhookEvent::getType)
			.containsExactly("authentication_started", "authentication_approved");
		CheckoutWebhookEvent approved = received.get(1);
		assertThat(approved.getAuthenticationType()).contains(AuthenticationEventType.APPROVED);
		assertThat(approved.getAuthenticationType().get().isFinal()).isTrue();
		assertThat(approved.getSessionStatus()).contains(SessionStatus.APPROVED);
		assertThat(approved.getSessionId()).contains(id);
		assertThat(approved.getId()).startsWith("evt_");
		assertThat(approved.getCreatedOn()).isNotNull();
		assertThat(approved.getData().path("approved").asBoolean()).isTrue();
		List<SentWebhook> sent = this.emulator.webhooks().awaitSent(2, Duration.ofSeconds(5));
		assertThat(sent).allSatisfy((delivery) -> {
			assertThat(delivery.status()).isEqualTo(200);
			assertThat(WebhookSignature.verify(this.signatureKey, delivery.body().getBytes(StandardCharsets.UTF_8),
					delivery.signature()))
				.isTrue();
		});
	}

	@Test
	void duplicatedDeliveriesPublishEachEventOnce() {
		this.emulator.webhooks().duplicates(3);
		double duplicatesBefore = counter("checkout.webhooks.duplicates");

		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();

		List<SentWebhook> sent = this.emulator.webhooks().awaitSent(6, Duration.ofSeconds(5));
		assertThat(sent).extracting(SentWebhook::eventId)
			.hasSize(6)
			.containsOnly(sent.get(0).eventId(), sent.get(5).eventId());
		assertThat(this.events.webhooks(id)).hasSize(2);
		assertThat(counter("checkout.webhooks.duplicates") - duplicatesBefore).isEqualTo(4);
	}

	@Test
	void outOfOrderDeliveriesAreAllPublished() {
		this.emulator.webhooks().hold();
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.DECLINED, null))
			.getSession()
			.getId();
		this.emulator.webhooks().releaseInReverseOrder();

		assertThat(this.events.awaitWebhooks(id, 2)).extracting(CheckoutWebhookEvent::getType)
			.containsExactly("authentication_failed", "authentication_started");
	}

	@Test
	void aRedeliveredEventIsPublishedOnce() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		String eventId = this.events.awaitWebhooks(id, 2).get(1).getId();

		this.emulator.webhooks().redeliver(eventId);

		assertThat(this.emulator.webhooks().awaitSent(3, Duration.ofSeconds(5)).get(2).status()).isEqualTo(200);
		assertThat(this.events.webhooksWithId(eventId)).hasSize(1);
	}

	@Test
	void aFlippedByteAMissingSignatureAWrongKeyOrAWrongAuthorizationIs401AndPublishesNothing() {
		String eventId = "evt_" + "t".repeat(26);
		byte[] body = event(eventId, "authentication_approved").getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignature.sign(this.signatureKey, body);
		byte[] flipped = body.clone();
		flipped[10] ^= 0x01;

		assertProblem(post(flipped, "Cko-Signature", signature, "Authorization", AUTHORIZATION), 401,
				"invalid_signature");
		assertProblem(post(body, "Authorization", AUTHORIZATION), 401, "missing_signature");
		assertProblem(
				post(body, "Cko-Signature", WebhookSignature.sign("not-the-key", body), "Authorization", AUTHORIZATION),
				401, "invalid_signature");
		assertProblem(post(body, "Cko-Signature", signature.substring(2), "Authorization", AUTHORIZATION), 401,
				"invalid_signature");
		assertProblem(post(body, "Cko-Signature", signature), 401, "unauthorized_header");
		assertProblem(post(body, "Cko-Signature", signature, "Authorization", "Bearer wrong"), 401,
				"unauthorized_header");

		assertThat(this.events.webhooksWithId(eventId)).isEmpty();
		// The same bytes, correctly signed and authorized, are accepted: the rejections
		// were about the tampering.
		assertThat(post(body, "Cko-Signature", signature.toUpperCase(), "Authorization", AUTHORIZATION).statusCode())
			.isEqualTo(200);
		assertThat(this.events.webhooksWithId(eventId)).hasSize(1);
	}

	@Test
	void theSameEventIdTwicePublishesOnce() {
		String eventId = "evt_" + "d".repeat(26);
		byte[] body = event(eventId, "authentication_attempted").getBytes(StandardCharsets.UTF_8);

		assertThat(postSigned(body).statusCode()).isEqualTo(200);
		assertThat(postSigned(body).statusCode()).isEqualTo(200);

		assertThat(this.events.webhooksWithId(eventId)).hasSize(1);
	}

	@Test
	void theSameEventFromEightThreadsAtOncePublishesOnce() throws Exception {
		String eventId = "evt_" + "c".repeat(26);
		byte[] body = event(eventId, "authentication_approved").getBytes(StandardCharsets.UTF_8);
		double duplicatesBefore = counter("checkout.webhooks.duplicates");
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Callable<Integer>> posts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				posts.add(() -> {
					start.await();
					return postSigned(body).statusCode();
				});
			}
			List<Future<Integer>> answers = new ArrayList<>();
			for (Callable<Integer> post : posts) {
				answers.add(threads.submit(post));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			// A delivery that finds the first still being published gets 409
			// (Checkout.com
			// retries it), never a second publication; which ones do is a race.
			assertThat(statuses).contains(200).allSatisfy((status) -> assertThat(status).isIn(200, 409));
			assertThat(counter("checkout.webhooks.duplicates") - duplicatesBefore)
				.isEqualTo(statuses.stream().filter((status) -> status == 200).count() - 1);
		}
		finally {
			threads.shutdown();
		}
		assertThat(this.events.webhooksWithId(eventId)).hasSize(1);
	}

	@Test
	void anUnknownTypeIsStillPublished() {
		String eventId = "evt_" + "u".repeat(26);

		assertThat(postSigned(("{\"id\":\"" + eventId + "\",\"type\":\"card_updated\",\"created_on\":\"" + Instant.now()
				+ "\",\"data\":{\"id\":\"src_1\"}}")
			.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);

		CheckoutWebhookEvent event = this.events.webhooksWithId(eventId).get(0);
		assertThat(event.getType()).isEqualTo("card_updated");
		assertThat(event.getAuthenticationType()).isEmpty();
		assertThat(event.getSessionId()).isEmpty();
		assertThat(event.getCreatedOn()).isNotNull();
		assertThat(this.meters.get("checkout.webhooks.published").tag("type", "other").counter().count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void aFailingListenerGets503AndTheRedeliveryIsPublished() {
		String eventId = "evt_" + "f".repeat(26);
		byte[] body = event(eventId, RecordedEvents.FAILING_TYPE).getBytes(StandardCharsets.UTF_8);
		this.events.failNext(1);

		HttpResponse<String> first = postSigned(body);
		HttpResponse<String> second = postSigned(body);

		assertProblem(first, 503, "listener_failed");
		assertThat(first.headers().firstValue("Retry-After")).isPresent();
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(this.events.webhooksWithId(eventId)).hasSize(1);
	}

	@Test
	void theEmulatorsRetryAfterAFailedListenerIsPublishedOnce() {
		this.emulator.webhooks().retries(2);
		this.events.failNextOfAnyType(1);

		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();

		assertThat(this.events.awaitWebhooks(id, 2)).extracting(CheckoutWebhookEvent::getType)
			.containsExactlyInAnyOrder("authentication_started", "authentication_approved");
		List<SentWebhook> sent = this.emulator.webhooks().awaitSent(3, Duration.ofSeconds(5));
		assertThat(sent).extracting(SentWebhook::status).containsExactlyInAnyOrder(503, 200, 200);
		assertThat(sent.stream().filter((delivery) -> delivery.status() == 503).findFirst().orElseThrow().eventId())
			.isIn(sent.stream().filter((delivery) -> delivery.status() == 200).map(SentWebhook::eventId).toList());
	}

	@Test
	void hostileBodiesAre4xxAndPublishNothing() {
		String eventId = "evt_" + "h".repeat(26);
		String valid = event(eventId, "authentication_approved");
		byte[] tenMegabytes = (valid.substring(0, valid.length() - 1) + ",\"padding\":\"" + "x".repeat(10 * 1024 * 1024)
				+ "\"}")
			.getBytes(StandardCharsets.UTF_8);
		byte[] truncated = valid.substring(0, valid.length() - 3).getBytes(StandardCharsets.UTF_8);
		byte[] noId = "{\"type\":\"authentication_approved\"}".getBytes(StandardCharsets.UTF_8);

		assertProblem(postSigned(tenMegabytes), 413, "too_large");
		assertProblem(postSigned(truncated), 400, "malformed");
		assertProblem(postSigned(noId), 400, "missing_field");
		assertProblem(
				Deliveries.post(webhookUrl(), "application/x-www-form-urlencoded",
						valid.getBytes(StandardCharsets.UTF_8), "Cko-Signature",
						WebhookSignature.sign(this.signatureKey, valid), "Authorization", AUTHORIZATION),
				415, "unsupported_media_type");

		assertThat(this.events.webhooksWithId(eventId)).isEmpty();
	}

	private static String event(String id, String type) {
		return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"created_on\":\"" + Instant.now() + "\","
				+ "\"data\":{\"session_id\":\"sid_" + "z".repeat(26) + "\",\"status\":\"approved\"}}";
	}

	private HttpResponse<String> postSigned(byte[] body) {
		return post(body, "Cko-Signature", WebhookSignature.sign(this.signatureKey, body), "Authorization",
				AUTHORIZATION);
	}

	private HttpResponse<String> post(byte[] body, String... headers) {
		return Deliveries.post(webhookUrl(), "application/json", body, headers);
	}

	private static void assertProblem(HttpResponse<String> response, int status, String reason) {
		SessionCallbackApplicationTests.assertProblem(response, status, reason);
	}

	private double counter(String name) {
		return this.meters.find(name).counters().stream().mapToDouble((counter) -> counter.count()).sum();
	}

	private String webhookUrl() {
		return "http://localhost:" + this.port + "/checkout/webhooks";
	}

}
