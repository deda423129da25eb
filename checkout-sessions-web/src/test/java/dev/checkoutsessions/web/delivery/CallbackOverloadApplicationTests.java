package dev.checkoutsessions.web.delivery;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver's executor is bounded: with its one thread busy and no queue, the next
 * callback is a 503.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.callback.enabled=true", "checkout.callback.threads=1",
				"checkout.callback.queue-capacity=0", "checkout.callback.answer-within=200ms" })
@AutoConfigureSessionsEmulator
class CallbackOverloadApplicationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private RecordedEvents events;

	@Test
	void aFullExecutorAnswers503WithRetryAfterAndTheAcceptedCallbackStillPublishes() {
		String busy = newApprovedSession();
		String refused = newApprovedSession();
		this.emulator.faults().next(1).on(Endpoint.GET_SESSION).delay(Duration.ofSeconds(2));

		HttpResponse<String> first = post(busy);
		HttpResponse<String> second = post(refused);

		assertThat(first.statusCode()).isEqualTo(202);
		SessionCallbackApplicationTests.assertProblem(second, 503, "overloaded");
		assertThat(second.headers().firstValue("Retry-After")).contains("5");
		assertThat(this.events.awaitCompleted(busy, 1)).hasSize(1);
		assertThat(this.events.completed(refused)).isEmpty();
		// Checkout.com's retry, once a thread is free, is accepted. The event is
		// published
		// a moment before the thread that published it is back in the pool, so the
		// retry is repeated, as Checkout.com would, until it finds it free.
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> post(refused).statusCode() == 202);
		assertThat(this.events.awaitCompleted(refused, 1)).hasSize(1);
	}

	private String newApprovedSession() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		// Published only once completed: the callback comes after completeSession.
		this.sessions.completeSession(id);
		return id;
	}

	private HttpResponse<String> post(String sessionId) {
		return Deliveries.postJson("http://localhost:" + this.port + "/checkout/sessions/callback",
				"{\"session_id\":\"" + sessionId + "\"}");
	}

}
