package dev.checkoutsessions.web.delivery;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SentCallback;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The completion callback over real HTTP: the emulator completes sessions and posts to
 * the application's callback URL; forged and hostile posts come from a plain HTTP client.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.callback.enabled=true", "checkout.retry.delay=10ms", "checkout.retry.jitter=0ms" })
@AutoConfigureSessionsEmulator
class SessionCallbackApplicationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private RecordedEvents events;

	@Autowired
	private MeterRegistry meters;

	@Test
	void completePostsTheCallbackAndOneEventCarriesTheSessionReadFromTheApi() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, callbackUrl()))
			.getSession()
			.getId();

		this.sessions.completeSession(id);

		SessionCompletedEvent event = this.events.awaitCompleted(id, 1).get(0);
		assertThat(event.getSession().getStatus()).isEqualTo(SessionStatus.APPROVED);
		// Only an OAuth read carries the cryptogram: the event holds what the API said,
		// not the callback body.
		assertThat(event.getSession().getCryptogram()).isNotBlank();
		assertThat(event.getSession().getEci()).isNotBlank();
		List<SentCallback> sent = this.emulator.callbacks();
		assertThat(sent).singleElement().satisfies((callback) -> {
			assertThat(callback.delivered()).isTrue();
			assertThat(callback.status()).isEqualTo(202);
			assertThat(callback.sessionId()).isEqualTo(id);
		});
		assertThat(this.emulator.requestCount(Endpoint.GET_SESSION)).isEqualTo(1);
	}

	@Test
	void aForgedApprovedCallbackForADeclinedSessionPublishesTheDeclinedSession() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.DECLINED, null))
			.getSession()
			.getId();
		this.sessions.completeSession(id);

		HttpResponse<String> response = Deliveries.postJson(callbackUrl(), """
				{"session_id":"%s","status":"approved","approved":true,"response_code":"Y","eci":"05",
				 "cryptogram":"MTIzNDU2Nzg5MDA5ODc2NTQzMjE="}""".formatted(id));

		assertThat(response.statusCode()).isEqualTo(202);
		SessionCompletedEvent event = this.events.awaitCompleted(id, 1).get(0);
		assertThat(event.getSession().getStatus()).isEqualTo(SessionStatus.DECLINED);
		assertThat(event.getSession().getApproved()).isFalse();
		assertThat(event.getSession().getCryptogram()).isNull();
	}

	@Test
	void theSameCallbackFiveTimesPublishesOneEvent() throws Exception {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		this.sessions.completeSession(id);
		String body = "{\"session_id\":\"" + id + "\",\"status\":\"approved\"}";
		double duplicatesBefore = counter("checkout.callbacks.duplicates");

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			statuses.add(Deliveries.postJson(callbackUrl(), body).statusCode());
		}

		assertThat(statuses).containsExactly(202, 200, 200, 200, 200);
		Thread.sleep(200);
		assertThat(this.events.completed(id)).hasSize(1);
		assertThat(counter("checkout.callbacks.duplicates") - duplicatesBefore).isEqualTo(4);
	}

	@Test
	void theSameCallbackFromEightThreadsAtOncePublishesOneEvent() throws Exception {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		this.sessions.completeSession(id);
		String body = "{\"session_id\":\"" + id + "\"}";
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> posts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				posts.add(() -> Deliveries.postJson(callbackUrl(), body).statusCode());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : threads.invokeAll(posts)) {
				statuses.add(status.get());
			}
			// One is published; the others find it done (200) or still in progress (409,
			// retried by Checkout.com), never a second 202.
			assertThat(statuses).containsOnlyOnce(202).allSatisfy((status) -> assertThat(status).isIn(200, 202, 409));
		}
		finally {
			threads.shutdown();
		}
		Thread.sleep(200);
		assertThat(this.events.completed(id)).hasSize(1);
	}

	@Test
	void aFailingCompletionListenerGivesTheClaimBackSoTheNextCallbackPublishesAgain() throws Exception {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		this.sessions.completeSession(id);
		this.events.failNextCompletion(1);
		String body = "{\"session_id\":\"" + id + "\"}";

		assertThat(Deliveries.postJson(callbackUrl(), body).statusCode()).isEqualTo(202);
		this.events.awaitCompleted(id, 1);
		// The listener failed after the answer: the claim was given back, so the next
		// callback is published again rather than lost as a "duplicate".
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> Deliveries.postJson(callbackUrl(), body).statusCode() == 202);
		assertThat(this.events.awaitCompleted(id, 2)).hasSize(2);
		assertThat(Deliveries.postJson(callbackUrl(), body).statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionTheApiDoesNotKnowIs404AndPublishesNothing() {
		String unknown = "sid_" + "a".repeat(26);

		HttpResponse<String> response = Deliveries.postJson(callbackUrl(), "{\"session_id\":\"" + unknown + "\"}");

		assertProblem(response, 404, "session_not_found");
		assertThat(this.events.completed(unknown)).isEmpty();
	}

	@Test
	void aSessionThatIsNotFinalIs409AndPublishesNothing() {
		String id = this.sessions.requestSession(Deliveries.pending(Deliveries.FRICTIONLESS)).getSession().getId();

		HttpResponse<String> response = Deliveries.postJson(callbackUrl(), "{\"session_id\":\"" + id + "\"}");

		assertProblem(response, 409, "session_not_final");
		assertThat(this.events.completed(id)).isEmpty();
	}

	@Test
	void aSlowApiIsAnsweredWithin202AndTheEventFollows() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		this.sessions.completeSession(id);
		this.emulator.faults().next(1).on(Endpoint.GET_SESSION).delay(Duration.ofSeconds(6));

		long started = System.nanoTime();
		HttpResponse<String> response = Deliveries.postJson(callbackUrl(), "{\"session_id\":\"" + id + "\"}");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(response.statusCode()).isEqualTo(202);
		// answer-within is 2 s; the read takes 6 s: the answer came at the wait's end,
		// not the read's.
		assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofMillis(5000));
		assertThat(this.events.completed(id)).isEmpty();
		assertThat(this.events.awaitCompleted(id, 1)).hasSize(1);
	}

	@Test
	void hostileBodiesAre4xxProblemDetailsAndPublishNothing() {
		double rejectedBefore = counter("checkout.callbacks.rejected");
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		byte[] tenMegabytes = ("{\"session_id\":\"" + id + "\",\"padding\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}")
			.getBytes(StandardCharsets.UTF_8);

		assertProblem(Deliveries.post(callbackUrl(), "application/json", tenMegabytes), 413, "too_large");
		assertProblem(Deliveries.postJson(callbackUrl(), "{\"session_id\":\"" + id + "\""), 400, "malformed");
		assertProblem(
				Deliveries.post(callbackUrl(), "text/plain",
						("{\"session_id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)),
				415, "unsupported_media_type");
		assertProblem(
				Deliveries.post(callbackUrl(), null,
						("{\"session_id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)),
				415, "unsupported_media_type");
		assertProblem(Deliveries.postJson(callbackUrl(), "[\"" + id + "\"]"), 400, "malformed");
		assertProblem(Deliveries.postJson(callbackUrl(), "{\"session_id\":\"" + id + "\"} {}"), 400, "malformed");
		assertProblem(
				Deliveries.postJson(callbackUrl(),
						"{\"session_id\":\"sid_" + "b".repeat(26) + "\",\"session_id\":\"" + id + "\"}"),
				400, "malformed");
		assertProblem(Deliveries.postJson(callbackUrl(), "{\"status\":\"approved\"}"), 400, "missing_field");
		assertProblem(Deliveries.postJson(callbackUrl(), "{\"session_id\":\"../../admin\"}"), 400,
				"invalid_session_id");
		assertProblem(Deliveries.postJson(callbackUrl(), "{\"session_id\":42}"), 400, "missing_field");

		assertThat(this.events.completed(id)).isEmpty();
		assertThat(this.emulator.requestCount(Endpoint.GET_SESSION)).isZero();
		assertThat(counter("checkout.callbacks.rejected") - rejectedBefore).isEqualTo(10);
		assertThat(this.meters.get("checkout.callbacks.rejected").tag("reason", "too_large").counter().count())
			.isGreaterThanOrEqualTo(1);
	}

	static void assertProblem(HttpResponse<String> response, int status, String reason) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status)
			.contains("\"reason\":\"" + reason + "\"")
			.contains("\"title\":")
			.doesNotContain("Exception")
			.doesNotContain("trace")
			.doesNotContain("at dev.")
			.doesNotContain("at org.");
	}

	private double counter(String name) {
		return this.meters.find(name).counters().stream().mapToDouble((counter) -> counter.count()).sum();
	}

	private String callbackUrl() {
		return "http://localhost:" + this.port + "/checkout/sessions/callback";
	}

}
