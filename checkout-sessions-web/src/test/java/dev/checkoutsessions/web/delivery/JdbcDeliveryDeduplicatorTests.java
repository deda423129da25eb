package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

import dev.checkoutsessions.web.delivery.DeliveryDeduplicator.Claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The JDBC store on H2 with the shipped schema script: claims are atomic under contention
 * and expire.
 */
class JdbcDeliveryDeduplicatorTests {

	private JdbcTemplate jdbc;

	private DriverManagerDataSource dataSource;

	@BeforeEach
	void createSchema() {
		this.dataSource = new DriverManagerDataSource("jdbc:h2:mem:dedup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("dev/checkoutsessions/web/delivery/schema-h2.sql"))
			.execute(this.dataSource);
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void aClaimIsInProgressUntilCompletedThenDoneAndAReleasedKeyCanBeClaimedAgain() {
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(this.dataSource);

		assertThat(deduplicator.claim("webhook:evt_1")).isEqualTo(Claim.CLAIMED);
		assertThat(deduplicator.claim("webhook:evt_1")).isEqualTo(Claim.IN_PROGRESS);
		assertThat(deduplicator.claim("webhook:evt_2")).isEqualTo(Claim.CLAIMED);
		deduplicator.release("webhook:evt_1");
		assertThat(deduplicator.claim("webhook:evt_1")).isEqualTo(Claim.CLAIMED);
		deduplicator.complete("webhook:evt_1");
		assertThat(deduplicator.claim("webhook:evt_1")).isEqualTo(Claim.DONE);
		deduplicator.release("webhook:evt_1");
		assertThat(deduplicator.claim("webhook:evt_1")).as("done is never given back").isEqualTo(Claim.DONE);
	}

	@Test
	void aClaimWhoseLeaseRanOutIsTakenOverByExactlyOneClaimant() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcDeliveryDeduplicator first = new JdbcDeliveryDeduplicator(this.dataSource,
				JdbcDeliveryDeduplicator.DEFAULT_TABLE_NAME, Duration.ofDays(7), Duration.ofSeconds(30), clock);
		JdbcDeliveryDeduplicator second = new JdbcDeliveryDeduplicator(this.dataSource,
				JdbcDeliveryDeduplicator.DEFAULT_TABLE_NAME, Duration.ofDays(7), Duration.ofSeconds(30), clock);
		assertThat(first.claim("webhook:evt_crash")).isEqualTo(Claim.CLAIMED);
		clock.now = clock.now.plusSeconds(29);
		assertThat(second.claim("webhook:evt_crash")).isEqualTo(Claim.IN_PROGRESS);

		clock.now = clock.now.plusSeconds(2);

		assertThat(second.claim("webhook:evt_crash")).isEqualTo(Claim.CLAIMED);
		assertThat(first.claim("webhook:evt_crash")).isEqualTo(Claim.IN_PROGRESS);
	}

	@Test
	void aClaimCommitsOnItsOwnWhateverTheCallersTransactionDoes() {
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(this.dataSource);
		TransactionTemplate caller = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));

		caller.executeWithoutResult((status) -> {
			assertThat(deduplicator.claim("webhook:evt_tx")).isEqualTo(Claim.CLAIMED);
			deduplicator.complete("webhook:evt_tx");
			status.setRollbackOnly();
		});

		assertThat(deduplicator.claim("webhook:evt_tx")).isEqualTo(Claim.DONE);
	}

	@Test
	void eightThreadsRacingForTheSameKeysClaimEachExactlyOnce() throws Exception {
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(this.dataSource);
		int keys = 500;
		AtomicInteger wins = new AtomicInteger();
		AtomicInteger losses = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				running.add(threads.submit(() -> {
					start.await();
					for (int i = 0; i < keys; i++) {
						((deduplicator.claim("webhook:evt_" + i) == Claim.CLAIMED) ? wins : losses).incrementAndGet();
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
		// 4,000 claims of 500 keys: 500 wins, 3,500 duplicates, one row per key.
		assertThat(wins.get()).isEqualTo(keys);
		assertThat(losses.get()).isEqualTo(7 * keys);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM CHECKOUT_DELIVERIES", Integer.class)).isEqualTo(keys);
	}

	@Test
	void claimsOlderThanTheRetentionArePurged() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(this.dataSource,
				JdbcDeliveryDeduplicator.DEFAULT_TABLE_NAME, Duration.ofDays(7), Duration.ofMinutes(1), clock);
		deduplicator.claim("webhook:old");
		clock.now = clock.now.plus(Duration.ofDays(8));

		assertThat(deduplicator.claim("webhook:new")).isEqualTo(Claim.CLAIMED);

		assertThat(this.jdbc.queryForList("SELECT DELIVERY_KEY FROM CHECKOUT_DELIVERIES", String.class))
			.containsExactly("webhook:new");
	}

	@Test
	void aNotNullViolationIsAStoreFailureNotADuplicate() {
		// Row 3: only a unique-key violation means "claimed already".
		this.jdbc.execute("ALTER TABLE CHECKOUT_DELIVERIES ADD COLUMN TENANT VARCHAR(10) NOT NULL");
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(this.dataSource);

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> deduplicator.claim("webhook:evt_nn"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "hsqldb", "postgresql", "mysql", "mariadb", "sqlserver", "oracle" })
	void everyPlatformScriptKeepsTimesAsEpochMillisAndIndexesThePurge(String platform) throws Exception {
		// Row 2: TIMESTAMP is rowversion on SQL Server and ends in 2038 on MySQL.
		ClassPathResource script = new ClassPathResource(
				"dev/checkoutsessions/web/delivery/schema-" + platform + ".sql");

		assertThat(script.exists()).as(script.getPath()).isTrue();
		String sql = script.getContentAsString(StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
		assertThat(sql).doesNotContain("TIMESTAMP").contains("CLAIMED_AT").contains("CREATE INDEX");
	}

	@Test
	void aTableNameThatIsNotAPlainSqlNameIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JdbcDeliveryDeduplicator(this.dataSource, "x; DROP TABLE y", Duration.ofDays(1),
					Duration.ofMinutes(1), Clock.systemUTC()))
			.withMessageContaining("tableName");
	}

	@Test
	void theInMemoryStoreIsBoundedAndForgetsTheOldestClaims() {
		InMemoryDeliveryDeduplicator deduplicator = new InMemoryDeliveryDeduplicator(3);
		for (int i = 0; i < 5; i++) {
			assertThat(deduplicator.claim("k" + i)).isEqualTo(Claim.CLAIMED);
			deduplicator.complete("k" + i);
		}

		assertThat(deduplicator.size()).isEqualTo(3);
		assertThat(deduplicator.claim("k4")).isEqualTo(Claim.DONE);
		assertThat(deduplicator.claim("k0")).isEqualTo(Claim.CLAIMED);
	}

	@Test
	void theInMemoryStoreLeasesClaimsToo() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		InMemoryDeliveryDeduplicator deduplicator = new InMemoryDeliveryDeduplicator(10, Duration.ofSeconds(30), clock);
		assertThat(deduplicator.claim("k")).isEqualTo(Claim.CLAIMED);
		assertThat(deduplicator.claim("k")).isEqualTo(Claim.IN_PROGRESS);

		clock.now = clock.now.plusSeconds(31);

		assertThat(deduplicator.claim("k")).isEqualTo(Claim.CLAIMED);
		deduplicator.complete("k");
		clock.now = clock.now.plusSeconds(3600);
		assertThat(deduplicator.claim("k")).isEqualTo(Claim.DONE);
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
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
