package dev.checkoutsessions.web.delivery;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks against claims held elsewhere and against replays: an event whose claim is in
 * progress on another instance (or on one that died) is refused until the lease runs out
 * and then published once; a signed event older than the replay window is refused.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.webhooks.enabled=true", "checkout.webhooks.signature-key=lease-test-key",
				"checkout.deduplication.store=memory", "checkout.deduplication.lease=1s",
				"checkout.base-url=http://127.0.0.1:9", "checkout.oauth.token-url=http://127.0.0.1:9/connect/token",
				"checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=unused" })
class ClaimLeaseApplicationTests {

	private static final String SIGNATURE_KEY = "lease-test-key";

	@LocalServerPort
	private int port;

	@Autowired
	private DeliveryDeduplicator deduplicator;

	@Autowired
	private RecordedEvents events;

	@Autowired
	private MeterRegistry meters;

	@Test
	void anEventWhoseClaimIsInProgressElsewhereIsRetriedUntilTheLeaseRunsOutThenPublishedOnce() {
		// Row 4: an instance killed mid-listener leaves its claim behind.
		String id = "evt_" + "l".repeat(26);
		this.deduplicator.claim("webhook:" + id);
		byte[] body = event(id, Instant.now());

		HttpResponse<String> whileHeld = post(body);

		assertThat(whileHeld.statusCode()).isEqualTo(409);
		assertThat(whileHeld.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.events.webhooksWithId(id)).isEmpty();
		await().atMost(Duration.ofSeconds(10)).until(() -> post(body).statusCode() == 200);
		assertThat(this.events.webhooksWithId(id)).hasSize(1);
		assertThat(post(body).statusCode()).isEqualTo(200);
		assertThat(this.events.webhooksWithId(id)).hasSize(1);
	}

	@Test
	void aSignedEventOlderThanTheReplayWindowIsRefusedAndCounted() {
		// Row 6: a captured webhook replayed after a restart, an eviction or the
		// retention.
		String id = "evt_" + "o".repeat(26);

		HttpResponse<String> response = post(event(id, Instant.now().minus(Duration.ofDays(30))));

		SessionCallbackApplicationTests.assertProblem(response, 400, "too_old");
		assertThat(this.events.webhooksWithId(id)).isEmpty();
		assertThat(this.meters.find("checkout.webhooks.rejected").tag("reason", "too_old").counter()).isNotNull();
	}

	private HttpResponse<String> post(byte[] body) {
		return Deliveries.post("http://localhost:" + this.port + "/checkout/webhooks", "application/json", body,
				"Cko-Signature", WebhookSignature.sign(SIGNATURE_KEY, body));
	}

	private static byte[] event(String id, Instant createdOn) {
		return ("{\"id\":\"" + id + "\",\"type\":\"authentication_approved\",\"created_on\":\"" + createdOn
				+ "\",\"data\":{\"session_id\":\"sid_" + "q".repeat(26) + "\"}}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
