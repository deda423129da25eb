package dev.checkoutsessions.web.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The JDBC store on H2 with the shipped schema script: claims are atomic under contention
 * and expire.
 */
class JdbcDeliveryDeduplicatorTests {

	private JdbcTemplate jdbc;

	@BeforeEach
	void createSchema() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:dedup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("dev/checkoutsessions/web/delivery/schema.sql"))
			.execute(dataSource);
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Test
	void onlyTheFirstClaimOfAKeyWinsAndAReleasedKeyCanBeClaimedAgain() {
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(this.jdbc);

		assertThat(deduplicator.claim("webhook:evt_1")).isTrue();
		assertThat(deduplicator.claim("webhook:evt_1")).isFalse();
		assertThat(deduplicator.claim("webhook:evt_2")).isTrue();
		deduplicator.release("webhook:evt_1");
		assertThat(deduplicator.claim("webhook:evt_1")).isTrue();
	}

	@Test
	void eightThreadsRacingForTheSameKeysClaimEachExactlyOnce() throws Exception {
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(this.jdbc);
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
						(deduplicator.claim("webhook:evt_" + i) ? wins : losses).incrementAndGet();
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
		JdbcDeliveryDeduplicator deduplicator = new JdbcDeliveryDeduplicator(this.jdbc,
				JdbcDeliveryDeduplicator.DEFAULT_TABLE_NAME, Duration.ofDays(7), clock);
		deduplicator.claim("webhook:old");
		clock.now = clock.now.plus(Duration.ofDays(8));

		assertThat(deduplicator.claim("webhook:new")).isTrue();

		assertThat(this.jdbc.queryForList("SELECT DELIVERY_KEY FROM CHECKOUT_DELIVERIES", String.class))
			.containsExactly("webhook:new");
	}

	@Test
	void aTableNameThatIsNotAPlainSqlNameIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new JdbcDeliveryDeduplicator(this.jdbc, "x; DROP TABLE y", Duration.ofDays(1), Clock.systemUTC()))
			.withMessageContaining("tableName");
	}

	@Test
	void theInMemoryStoreIsBoundedAndForgetsTheOldestClaims() {
		InMemoryDeliveryDeduplicator deduplicator = new InMemoryDeliveryDeduplicator(3);
		for (int i = 0; i < 5; i++) {
			assertThat(deduplicator.claim("k" + i)).isTrue();
		}

		assertThat(deduplicator.size()).isEqualTo(3);
		assertThat(deduplicator.claim("k4")).isFalse();
		assertThat(deduplicator.claim("k0")).isTrue();
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
