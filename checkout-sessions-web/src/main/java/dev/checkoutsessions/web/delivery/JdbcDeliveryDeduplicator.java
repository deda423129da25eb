package dev.checkoutsessions.web.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * A {@link DeliveryDeduplicator} on a relational database, so every instance of an
 * application deduplicates against the same claims. A claim is one {@code INSERT} into a
 * table whose primary key is the delivery key: the database's unique constraint decides
 * which of any number of concurrent claims wins, with no lock held across calls.
 * <p>
 * The table ({@code CHECKOUT_DELIVERIES} by default; the script is
 * {@code dev/checkoutsessions/web/schema.sql}): <pre>
 * CREATE TABLE CHECKOUT_DELIVERIES (
 *     DELIVERY_KEY VARCHAR(200) NOT NULL,
 *     CLAIMED_AT TIMESTAMP NOT NULL,
 *     CONSTRAINT CHECKOUT_DELIVERIES_PK PRIMARY KEY (DELIVERY_KEY)
 * );
 * </pre> Claims older than the retention are deleted now and then, on a claim, at most
 * once per retention/100.
 *
 * @since 0.1.0
 */
public final class JdbcDeliveryDeduplicator implements DeliveryDeduplicator {

	/** The default table name. */
	public static final String DEFAULT_TABLE_NAME = "CHECKOUT_DELIVERIES";

	private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

	private static final int MAX_KEY_LENGTH = 200;

	private final JdbcOperations jdbc;

	private final Duration retention;

	private final Clock clock;

	private final String insert;

	private final String delete;

	private final String purge;

	private final String probe;

	private final AtomicReference<Instant> nextPurge;

	/**
	 * Creates a deduplicator on the default table, keeping claims for seven days.
	 * @param jdbc the database
	 */
	public JdbcDeliveryDeduplicator(JdbcOperations jdbc) {
		this(jdbc, DEFAULT_TABLE_NAME, Duration.ofDays(7), Clock.systemUTC());
	}

	/**
	 * Creates a deduplicator.
	 * @param jdbc the database
	 * @param tableName the table, optionally schema-qualified; letters, digits and
	 * underscores only
	 * @param retention how long claims are kept; longer than Checkout.com's redelivery
	 * window
	 * @param clock the clock for claim times
	 */
	public JdbcDeliveryDeduplicator(JdbcOperations jdbc, String tableName, Duration retention, Clock clock) {
		if (jdbc == null) {
			throw new IllegalArgumentException("jdbc must not be null");
		}
		if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
			throw new IllegalArgumentException("tableName must be a plain SQL name such as " + DEFAULT_TABLE_NAME
					+ " (letters, digits, underscores, optionally schema.table), was '" + tableName + "'");
		}
		if (retention == null || retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("retention must be positive");
		}
		this.jdbc = jdbc;
		this.retention = retention;
		this.clock = clock;
		this.insert = "INSERT INTO " + tableName + " (DELIVERY_KEY, CLAIMED_AT) VALUES (?, ?)";
		this.delete = "DELETE FROM " + tableName + " WHERE DELIVERY_KEY = ?";
		this.purge = "DELETE FROM " + tableName + " WHERE CLAIMED_AT < ?";
		this.probe = "SELECT COUNT(*) FROM " + tableName + " WHERE 1 = 0";
		this.nextPurge = new AtomicReference<>(clock.instant());
	}

	@Override
	public boolean claim(String key) {
		requireKey(key);
		Instant now = this.clock.instant();
		purgeIfDue(now);
		try {
			return this.jdbc.update(this.insert, key, Timestamp.from(now)) == 1;
		}
		catch (DataIntegrityViolationException ex) {
			// DuplicateKeyException on most databases; some report a unique violation as
			// the general type.
			return false;
		}
	}

	@Override
	public void release(String key) {
		requireKey(key);
		this.jdbc.update(this.delete, key);
	}

	/**
	 * Deletes claims older than the retention.
	 * @return how many were deleted
	 */
	public int purgeExpired() {
		return this.jdbc.update(this.purge, Timestamp.from(this.clock.instant().minus(this.retention)));
	}

	/**
	 * Checks that the table exists with the expected columns.
	 * @throws org.springframework.jdbc.BadSqlGrammarException when it does not
	 */
	public void verifyTable() {
		this.jdbc.queryForObject(this.probe, Integer.class);
		this.jdbc.queryForList(this.probe.replace("COUNT(*)", "DELIVERY_KEY, CLAIMED_AT"));
	}

	private void purgeIfDue(Instant now) {
		Instant due = this.nextPurge.get();
		if (!now.isBefore(due) && this.nextPurge.compareAndSet(due, now.plus(this.retention.dividedBy(100)))) {
			purgeExpired();
		}
	}

	private static void requireKey(String key) {
		if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("key must have 1 to " + MAX_KEY_LENGTH + " characters");
		}
	}

	@Override
	public String toString() {
		return "JdbcDeliveryDeduplicator[" + this.insert.substring(12, this.insert.indexOf(' ', 12)) + "]";
	}

}
