package dev.checkoutsessions.web.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

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
 * Row 8: a burst of well-formed forged session ids must neither starve the genuine
 * callbacks arriving meanwhile nor spend the account's shared read budget.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.callback.enabled=true", "checkout.retry.delay=10ms", "checkout.retry.jitter=0ms" })
@AutoConfigureSessionsEmulator
class CallbackFloodApplicationTests {

	private static final int FORGED = 1_000;

	private static final int GENUINE = 10;

	/** Reads the receiver may spend on ids the application never created. */
	private static final int FORGED_READ_BOUND = 50;

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private RecordedEvents events;

	@Test
	void aThousandForgedIdsInABurstNeitherStarveGenuineCallbacksNorSpendTheReadBudget() throws Exception {
		long readsBefore = this.emulator.requestCount(Endpoint.GET_SESSION);
		ExecutorService flood = Executors.newFixedThreadPool(8);
		List<String> genuine = new ArrayList<>();
		try {
			List<Future<Integer>> forged = new ArrayList<>();
			for (int i = 0; i < FORGED; i++) {
				forged.add(
						flood.submit(() -> Deliveries.postJson(callbackUrl(), "{\"session_id\":\"" + forgedId() + "\"}")
							.statusCode()));
			}
			for (int i = 0; i < GENUINE; i++) {
				String id = this.sessions
					.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, callbackUrl()))
					.getSession()
					.getId();
				this.sessions.completeSession(id);
				genuine.add(id);
			}
			for (Future<Integer> answer : forged) {
				assertThat(answer.get()).isNotEqualTo(500);
			}
		}
		finally {
			flood.shutdown();
		}

		for (String id : genuine) {
			assertThat(this.events.awaitCompleted(id, 1)).hasSize(1);
		}
		long reads = this.emulator.requestCount(Endpoint.GET_SESSION) - readsBefore;
		assertThat(reads - GENUINE).as("reads spent on forged ids").isLessThanOrEqualTo(FORGED_READ_BOUND);
	}

	private static String forgedId() {
		StringBuilder id = new StringBuilder("sid_");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 26; i++) {
			id.append(Character.forDigit(random.nextInt(36), 36));
		}
		return id.toString().toLowerCase(Locale.ROOT);
	}

	private String callbackUrl() {
		return "http://localhost:" + this.port + "/checkout/sessions/callback";
	}

}
