package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of one application on one H2 database, as a fleet behind a load balancer:
 * Checkout.com's duplicate deliveries land on either instance, and the event is published
 * once in the fleet.
 */
class SharedDatabaseDeduplicationTests {

	private static final String SIGNATURE_KEY = "shared-database-test-key";

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeEach
	void startTwoInstances() {
		String database = "jdbc:h2:mem:fleet-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		this.first = start(database);
		this.second = start(database);
	}

	@AfterEach
	void stopInstances() {
		this.first.close();
		this.second.close();
	}

	@Test
	void theSameEventDeliveredToBothInstancesIsPublishedOnce() {
		byte[] body = event("evt_" + "s".repeat(26));
		assertThat(this.first.getBean(DeliveryDeduplicator.class)).isInstanceOf(JdbcDeliveryDeduplicator.class);

		assertThat(post(this.first, body)).isEqualTo(200);
		assertThat(post(this.second, body)).isEqualTo(200);

		assertThat(published(this.first) + published(this.second)).isEqualTo(1);
		assertThat(new JdbcTemplate(this.first.getBean(javax.sql.DataSource.class))
			.queryForObject("SELECT COUNT(*) FROM CHECKOUT_DELIVERIES", Integer.class)).isEqualTo(1);
	}

	@Test
	void eightThreadsSplitAcrossBothInstancesPublishEachEventOnce() throws Exception {
		int events = 50;
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger answered = new AtomicInteger();
		try {
			List<Callable<Void>> posts = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				ConfigurableApplicationContext instance = (thread % 2 == 0) ? this.first : this.second;
				posts.add(() -> {
					start.await();
					for (int i = 0; i < events; i++) {
						int status = post(instance, event(eventId(i)));
						// Done elsewhere (200) or still in progress there (409, retried):
						// never a second publication, never an error.
						if (status == 200 || status == 409) {
							answered.incrementAndGet();
						}
					}
					return null;
				});
			}
			List<Future<Void>> running = new ArrayList<>();
			for (Callable<Void> post : posts) {
				running.add(threads.submit(post));
			}
			start.countDown();
			for (Future<Void> done : running) {
				done.get();
			}
		}
		finally {
			threads.shutdown();
		}
		// 8 threads x 50 events = 400 deliveries, every one answered 200 or 409, exactly
		// 50 events published in the fleet.
		assertThat(answered.get()).isEqualTo(8 * events);
		assertThat(published(this.first) + published(this.second)).isEqualTo(events);
	}

	@Test
	void aPoolWithoutAutoCommitStillCommitsEveryClaim() {
		// Row 1: with the JPA tuning spring.datasource.hikari.auto-commit=false, Hikari
		// rolls back an uncommitted claim when its connection goes back to the pool.
		String database = "jdbc:h2:mem:no-autocommit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext third = start(database, "--spring.datasource.hikari.auto-commit=false");
				ConfigurableApplicationContext fourth = start(database,
						"--spring.datasource.hikari.auto-commit=false")) {
			byte[] body = event("evt_" + "a".repeat(26));

			assertThat(post(third, body)).isEqualTo(200);
			assertThat(post(third, body)).isEqualTo(200);
			assertThat(post(fourth, body)).isEqualTo(200);

			assertThat(third.getBean(RecordedEvents.class).webhooksWithId("evt_" + "a".repeat(26)).size()
					+ fourth.getBean(RecordedEvents.class).webhooksWithId("evt_" + "a".repeat(26)).size())
				.isEqualTo(1);
		}
	}

	private static String eventId(int i) {
		return "evt_" + String.format("%026d", i);
	}

	private static ConfigurableApplicationContext start(String database, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
				"--checkout.webhooks.enabled=true", "--checkout.webhooks.signature-key=" + SIGNATURE_KEY,
				"--checkout.base-url=http://127.0.0.1:9", "--checkout.oauth.token-url=http://127.0.0.1:9/connect/token",
				"--checkout.oauth.client-id=ack_test", "--checkout.oauth.client-secret=unused",
				"--spring.main.banner-mode=off"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(WebTestApplication.class).run(arguments.toArray(String[]::new));
	}

	private static int post(ConfigurableApplicationContext instance, byte[] body) {
		String port = instance.getEnvironment().getProperty("local.server.port");
		return Deliveries
			.post("http://localhost:" + port + "/checkout/webhooks", "application/json", body, "Cko-Signature",
					WebhookSignature.sign(SIGNATURE_KEY, body))
			.statusCode();
	}

	private static long published(ConfigurableApplicationContext instance) {
		RecordedEvents recorded = instance.getBean(RecordedEvents.class);
		return java.util.stream.IntStream.range(0, 100)
			.mapToLong((i) -> recorded.webhooksWithId(eventId(i)).size())
			.sum() + recorded.webhooksWithId("evt_" + "s".repeat(26)).size();
	}

	private static byte[] event(String id) {
		return ("{\"id\":\"" + id + "\",\"type\":\"authentication_approved\",\"created_on\":\"" + Instant.now()
				+ "\",\"data\":{\"session_id\":\"sid_" + "q".repeat(26) + "\"}}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
