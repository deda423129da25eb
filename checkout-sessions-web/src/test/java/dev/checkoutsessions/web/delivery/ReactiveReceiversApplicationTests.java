package dev.checkoutsessions.web.delivery;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.emulator.SentCallback;
import dev.checkoutsessions.emulator.SentWebhook;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both receivers in a WebFlux application (Reactor Netty), over real HTTP, with the same
 * answers as on the servlet stack: the emulator's signed webhooks and callbacks are
 * published once; forged, oversized and repeated deliveries are refused or counted as
 * duplicates. BlockHound watches the event loops.
 */
@Tag("blockhound")
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "checkout.webhooks.enabled=true",
				"checkout.callback.enabled=true", "checkout.deduplication.store=memory",
				"checkout.webhooks.max-body-size=64KB" })
@AutoConfigureSessionsEmulator(webhooks = true)
class ReactiveReceiversApplicationTests {

	@LocalServerPort
	private int port;

	@Value("${checkout.webhooks.signature-key}")
	private String signatureKey;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private RecordedEvents events;

	/** A receiver that blocked an event loop would fail its request. */
	@BeforeAll
	static void failEveryBlockingCallOnAnEventLoop() {
		BlockHound.install();
	}

	@Test
	void theApplicationIsReactive() {
		assertThat(this.context).isInstanceOf(ReactiveWebApplicationContext.class);
	}

	@Test
	void theEmulatorsSignedWebhooksArePublishedOnceEachEvenWhenDeliveredThreeTimes() {
		this.emulator.webhooks().duplicates(3);
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();

		List<SentWebhook> sent = this.emulator.webhooks().awaitSent(6, Duration.ofSeconds(10));

		assertThat(sent).allSatisfy((delivery) -> assertThat(delivery.status()).isEqualTo(200));
		assertThat(this.events.awaitWebhooks(id, 2)).extracting(CheckoutWebhookEvent::getType)
			.containsExactly("authentication_started", "authentication_approved");
		assertThat(this.events.webhooks(id)).hasSize(2);
	}

	@Test
	void aForgedWebhookIsRefusedWithAProblemDetailAndNotPublished() {
		String eventId = "evt_" + "r".repeat(26);
		byte[] body = event(eventId).getBytes(StandardCharsets.UTF_8);

		assertProblem(post(body, "Cko-Signature", WebhookSignature.sign("not-the-key", body)), 401,
				"invalid_signature");
		assertProblem(post(body), 401, "missing_signature");
		assertProblem(Deliveries.post(webhookUrl(), "text/plain", body), 415, "unsupported_media_type");

		assertThat(this.events.webhooksWithId(eventId)).isEmpty();
		assertThat(post(body, "Cko-Signature", WebhookSignature.sign(this.signatureKey, body)).statusCode())
			.isEqualTo(200);
		assertThat(this.events.webhooksWithId(eventId)).hasSize(1);
	}

	@Test
	void aBodyOverTheLimitIsRefusedWhileReading() {
		byte[] large = new byte[256 * 1024];
		java.util.Arrays.fill(large, (byte) ' ');

		assertProblem(post(large, "Cko-Signature", WebhookSignature.sign(this.signatureKey, large)), 413, "too_large");
		assertProblem(Deliveries.post(callbackUrl(), "application/json", large), 413, "too_large");
	}

	@Test
	void theSameEventFromEightThreadsAtOnceIsPublishedOnce() throws Exception {
		String eventId = "evt_" + "s".repeat(26);
		byte[] body = event(eventId).getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignature.sign(this.signatureKey, body);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> posts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				posts.add(() -> post(body, "Cko-Signature", signature).statusCode());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : threads.invokeAll(posts)) {
				statuses.add(status.get());
			}
			// Those that find the first still in progress get 409 (retried), never 2xx.
			assertThat(statuses).contains(200).allSatisfy((status) -> assertThat(status).isIn(200, 409));
		}
		finally {
			threads.shutdown();
		}
		assertThat(this.events.webhooksWithId(eventId)).hasSize(1);
	}

	@Test
	void completePostsTheCallbackAndItIsPublishedOnceWithTheSessionReadFromTheApi() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, callbackUrl()))
			.getSession()
			.getId();

		this.sessions.completeSession(id);

		SessionCompletedEvent event = this.events.awaitCompleted(id, 1).get(0);
		assertThat(event.getSession().getStatus()).isEqualTo(SessionStatus.APPROVED);
		assertThat(event.getSession().getCryptogram()).isNotBlank();
		assertThat(this.emulator.callbacks()).filteredOn((callback) -> id.equals(callback.sessionId()))
			.singleElement()
			.extracting(SentCallback::status)
			.isEqualTo(202);
		String body = "{\"session_id\":\"" + id + "\"}";
		assertThat(Deliveries.postJson(callbackUrl(), body).statusCode()).isEqualTo(200);
		assertThat(Deliveries.postJson(callbackUrl(), body).statusCode()).isEqualTo(200);
		assertThat(this.events.completed(id)).hasSize(1);
	}

	@Test
	void aCallbackForAnUnknownOrMalformedSessionIsRefused() {
		assertProblem(Deliveries.postJson(callbackUrl(), "{\"session_id\":\"nope\"}"), 400, "invalid_session_id");
		assertProblem(Deliveries.postJson(callbackUrl(), "{\"session_id\":"), 400, "malformed");
		assertProblem(Deliveries.postJson(callbackUrl(), "{\"session_id\":\"sid_" + "z".repeat(26) + "\"}"), 404,
				"session_not_found");
	}

	private HttpResponse<String> post(byte[] body, String... headers) {
		return Deliveries.post(webhookUrl(), "application/json", body, headers);
	}

	private static String event(String eventId) {
		return "{\"id\":\"" + eventId + "\",\"type\":\"authentication_approved\",\"created_on\":\"" + Instant.now()
				+ "\",\"data\":{\"session_id\":\"sid_" + "q".repeat(26) + "\"}}";
	}

	private static void assertProblem(HttpResponse<String> response, int status, String reason) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"reason\":\"" + reason + "\"");
	}

	private String webhookUrl() {
		return "http://127.0.0.1:" + this.port + "/checkout/webhooks";
	}

	private String callbackUrl() {
		return "http://127.0.0.1:" + this.port + "/checkout/sessions/callback";
	}

}
