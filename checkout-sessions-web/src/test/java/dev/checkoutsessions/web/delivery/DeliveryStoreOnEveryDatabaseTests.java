package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;
import dev.checkoutsessions.web.delivery.DeliveryDeduplicator.Claim;
import dev.checkoutsessions.web.readme.DocsPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JDBC store as auto-configured (its platform's script, its startup probe) on H2,
 * PostgreSQL and MariaDB: leases, races, pools without auto-commit, and which errors are
 * duplicates.
 */
class DeliveryStoreOnEveryDatabaseTests {

	private static final String SIGNATURE_KEY = "every-database-key";

	private WebApplicationContextRunner runner(String url, String... properties) {
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DeliveryDeduplicationAutoConfiguration.class))
			.withPropertyValues("checkout.webhooks.enabled=true", "checkout.deduplication.initialize-schema=always",
					"spring.datasource.url=" + url)
			.withPropertyValues(properties);
	}

	@ParameterizedTest
	@MethodSource("dev.checkoutsessions.web.delivery.TestDatabases#all")
	void itsPlatformScriptCreatesATableThatLeasesClaims(TestDatabases database) {
		String url = database.freshUrl();
		this.runner(url).run((context) -> {
			assertThat(context).hasNotFailed();
			DeliveryDeduplicator store = context.getBean(DeliveryDeduplicator.class);
			assertThat(store).isInstanceOf(JdbcDeliveryDeduplicator.class);
			assertThat(store.claim("webhook:evt_1")).isEqualTo(Claim.CLAIMED);
			assertThat(store.claim("webhook:evt_1")).isEqualTo(Claim.IN_PROGRESS);
			store.complete("webhook:evt_1");
			assertThat(store.claim("webhook:evt_1")).isEqualTo(Claim.DONE);
			assertThat(store.claim("webhook:evt_2")).isEqualTo(Claim.CLAIMED);
			store.release("webhook:evt_2");
			assertThat(store.claim("webhook:evt_2")).isEqualTo(Claim.CLAIMED);

			MutableClock clock = new MutableClock(Instant.now());
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcDeliveryDeduplicator crashed = leased(dataSource, clock);
			JdbcDeliveryDeduplicator survivor = leased(dataSource, clock);
			assertThat(crashed.claim("webhook:evt_crash")).isEqualTo(Claim.CLAIMED);
			assertThat(survivor.claim("webhook:evt_crash")).isEqualTo(Claim.IN_PROGRESS);
			clock.now = clock.now.plusSeconds(31);
			assertThat(survivor.claim("webhook:evt_crash")).isEqualTo(Claim.CLAIMED);
			assertThat(crashed.claim("webhook:evt_crash")).isEqualTo(Claim.IN_PROGRESS);
		});
	}

	@ParameterizedTest
	@MethodSource("dev.checkoutsessions.web.delivery.TestDatabases#all")
	void eightThreadsRacingForTheSameKeysClaimEachExactlyOnce(TestDatabases database) {
		this.runner(database.freshUrl(), "spring.datasource.hikari.maximum-pool-size=8").run((context) -> {
			DeliveryDeduplicator store = context.getBean(DeliveryDeduplicator.class);
			int keys = 100;
			AtomicInteger wins = new AtomicInteger();
			ExecutorService threads = Executors.newFixedThreadPool(8);
			CountDownLatch start = new CountDownLatch(1);
			try {
				List<Future<?>> running = new ArrayList<>();
				for (int t = 0; t < 8; t++) {
					running.add(threads.submit(() -> {
						start.await();
						for (int i = 0; i < keys; i++) {
							if (store.claim("webhook:evt_" + i) == Claim.CLAIMED) {
								wins.incrementAndGet();
							}
						}
						return null;
					}));
				}
				start.countDown();
				for (Future<?> done : running) {
					done.get();
				}
			}
			finally {
				threads.shutdown();
			}
			assertThat(wins.get()).isEqualTo(keys);
		});
	}

	@ParameterizedTest
	@MethodSource("dev.checkoutsessions.web.delivery.TestDatabases#all")
	void aPoolWithoutAutoCommitStillCommitsEveryClaim(TestDatabases database) {
		String url = database.freshUrl();
		this.runner(url, "spring.datasource.hikari.auto-commit=false").run((context) -> {
			DeliveryDeduplicator store = context.getBean(DeliveryDeduplicator.class);
			assertThat(store.claim("webhook:evt_ac")).isEqualTo(Claim.CLAIMED);
			store.complete("webhook:evt_ac");

			// Another connection, outside the pool: the claim and its completion are
			// committed.
			assertThat(new JdbcDeliveryDeduplicator(plain(url)).claim("webhook:evt_ac")).isEqualTo(Claim.DONE);
		});
	}

	@ParameterizedTest
	@MethodSource("dev.checkoutsessions.web.delivery.TestDatabases#all")
	void onlyAUniqueKeyViolationIsADuplicate(TestDatabases database) {
		String url = database.freshUrl();
		this.runner(url).run((context) -> {
			new JdbcTemplate(context.getBean(DataSource.class))
				.execute("ALTER TABLE CHECKOUT_DELIVERIES ADD TENANT VARCHAR(10) NOT NULL");
			DeliveryDeduplicator store = context.getBean(DeliveryDeduplicator.class);

			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> store.claim("webhook:evt_nn"));
		});
	}

	@ParameterizedTest
	@MethodSource("dev.checkoutsessions.web.delivery.TestDatabases#all")
	void theWebhookReceiverPublishesAnEventDeliveredEightTimesAtOnceOnce(TestDatabases database) throws Exception {
		String url = database.freshUrl();
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(WebTestApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--checkout.webhooks.enabled=true",
				"--checkout.webhooks.signature-key=" + SIGNATURE_KEY,
				"--checkout.deduplication.initialize-schema=always", "--checkout.base-url=http://127.0.0.1:9",
				"--checkout.oauth.token-url=http://127.0.0.1:9/connect/token", "--checkout.oauth.client-id=ack_test",
				"--checkout.oauth.client-secret=unused", "--spring.main.banner-mode=off")) {
			String id = "evt_" + "e".repeat(26);
			byte[] body = ("{\"id\":\"" + id + "\",\"type\":\"authentication_approved\",\"created_on\":\""
					+ Instant.now() + "\"}")
				.getBytes(StandardCharsets.UTF_8);
			String endpoint = "http://localhost:" + application.getEnvironment().getProperty("local.server.port")
					+ "/checkout/webhooks";
			ExecutorService threads = Executors.newFixedThreadPool(8);
			List<Integer> statuses = new ArrayList<>();
			try {
				List<Callable<Integer>> posts = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					posts.add(
							() -> Deliveries
								.post(endpoint, "application/json", body, "Cko-Signature",
										WebhookSignature.sign(SIGNATURE_KEY, body))
								.statusCode());
				}
				for (Future<Integer> status : threads.invokeAll(posts)) {
					statuses.add(status.get());
				}
			}
			finally {
				threads.shutdown();
			}

			// Done (200) or still in progress (409, retried): never a second publication.
			assertThat(statuses).contains(200).allSatisfy((status) -> assertThat(status).isIn(200, 409));
			assertThat(application.getBean(RecordedEvents.class).webhooksWithId(id)).hasSize(1);
		}
	}

	@ParameterizedTest
	@MethodSource("dev.checkoutsessions.web.delivery.TestDatabases#all")
	void theMigrationOfDocsCallbacksAndWebhooksKeepsTheOldKeysAsDoneClaims(TestDatabases database) {
		DataSource dataSource = plain(database.freshUrl());
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("DROP TABLE IF EXISTS CHECKOUT_DELIVERIES_OLD");
		jdbc.execute(
				"CREATE TABLE CHECKOUT_DELIVERIES (DELIVERY_KEY VARCHAR(200) NOT NULL, CLAIMED_AT TIMESTAMP NOT NULL,"
						+ " CONSTRAINT CHECKOUT_DELIVERIES_PK PRIMARY KEY (DELIVERY_KEY))");
		jdbc.update(
				"INSERT INTO CHECKOUT_DELIVERIES (DELIVERY_KEY, CLAIMED_AT) VALUES ('webhook:evt_old', CURRENT_TIMESTAMP)");
		String migration = DocsPage.page("docs/callbacks-and-webhooks.md")
			.codeBlock("sql")
			.replace("1767225600000", Long.toString(System.currentTimeMillis()));

		for (String statement : migration.split(";")) {
			if (statement.contains("-- then")) {
				new ResourceDatabasePopulator(new ClassPathResource("dev/checkoutsessions/web/delivery/schema-"
						+ database.name().toLowerCase(Locale.ROOT) + ".sql"))
					.execute(dataSource);
			}
			String sql = statement.lines()
				.filter((line) -> !line.trim().startsWith("--"))
				.collect(Collectors.joining("\n"))
				.trim();
			if (!sql.isEmpty()) {
				jdbc.execute(sql);
			}
		}

		JdbcDeliveryDeduplicator store = new JdbcDeliveryDeduplicator(dataSource);
		assertThat(store.claim("webhook:evt_old")).isEqualTo(Claim.DONE);
		assertThat(store.claim("webhook:evt_new")).isEqualTo(Claim.CLAIMED);
	}

	private static JdbcDeliveryDeduplicator leased(DataSource dataSource, Clock clock) {
		return new JdbcDeliveryDeduplicator(dataSource, JdbcDeliveryDeduplicator.DEFAULT_TABLE_NAME, Duration.ofDays(7),
				Duration.ofSeconds(30), clock);
	}

	private static DataSource plain(String url) {
		return url.startsWith("jdbc:h2:") ? new DriverManagerDataSource(url, "sa", "")
				: new DriverManagerDataSource(url);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
