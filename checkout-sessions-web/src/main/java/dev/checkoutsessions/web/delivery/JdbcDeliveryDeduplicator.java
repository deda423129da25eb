package dev.checkoutsessions.web.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link DeliveryDeduplicator} on a relational database, so every instance of an
 * application deduplicates against the same claims. A claim is one {@code INSERT} into a
 * table whose primary key is the delivery key: the database's unique constraint decides
 * which of any number of concurrent claims wins, with no lock held across calls. A claim
 * whose lease ran out without being completed is taken over by a conditional
 * {@code UPDATE}, which again only one claimant can win.
 * <p>
 * Every statement commits on its own, in a new transaction on the store's
 * {@code DataSource}: whatever the pool's auto-commit setting and whatever transaction
 * the caller is in, a claim is visible to the fleet the moment it returns, and a caller's
 * rollback never takes it back. Only a unique-key violation means "claimed already"; any
 * other database error reaches the caller, which answers "store unavailable".
 * <p>
 * The table ({@code CHECKOUT_DELIVERIES} by default; one script per platform,
 * {@code dev/checkoutsessions/web/delivery/schema-<platform>.sql}, times in epoch
 * milliseconds): <pre>
 * CREATE TABLE CHECKOUT_DELIVERIES (
 *     DELIVERY_KEY VARCHAR(200) NOT NULL,
 *     CLAIMED_AT BIGINT NOT NULL,
 *     LEASE_EXPIRES_AT BIGINT NOT NULL,
 *     COMPLETED_AT BIGINT,
 *     CONSTRAINT CHECKOUT_DELIVERIES_PK PRIMARY KEY (DELIVERY_KEY)
 * );
 * CREATE INDEX CHECKOUT_DELIVERIES_IX1 ON CHECKOUT_DELIVERIES (CLAIMED_AT);
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

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final String tableName;

	private final Duration retention;

	private final Duration lease;

	private final Clock clock;

	private final String insert;

	private final String takeOver;

	private final String state;

	private final String complete;

	private final String release;

	private final String remove;

	private final String purge;

	private final AtomicLong nextPurge;

	/**
	 * Creates a deduplicator on the default table, keeping claims for seven days with a
	 * one minute lease.
	 * @param dataSource the database
	 */
	public JdbcDeliveryDeduplicator(DataSource dataSource) {
		this(dataSource, DEFAULT_TABLE_NAME, Duration.ofDays(7), Duration.ofMinutes(1), Clock.systemUTC());
	}

	/**
	 * Creates a deduplicator.
	 * @param dataSource the database
	 * @param tableName the table, optionally schema-qualified; letters, digits and
	 * underscores only
	 * @param retention how long claims are kept; longer than Checkout.com's redelivery
	 * window
	 * @param lease how long a claim stays in progress before another delivery may take it
	 * over; longer than the listeners take
	 * @param clock the clock for claim times
	 */
	public JdbcDeliveryDeduplicator(DataSource dataSource, String tableName, Duration retention, Duration lease,
			Clock clock) {
		if (dataSource == null) {
			throw new IllegalArgumentException("dataSource must not be null");
		}
		if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
			throw new IllegalArgumentException("tableName must be a plain SQL name such as " + DEFAULT_TABLE_NAME
					+ " (letters, digits, underscores, optionally schema.table), was '" + tableName + "'");
		}
		requirePositive("retention", retention);
		requirePositive("lease", lease);
		this.jdbc = new JdbcTemplate(dataSource);
		this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.tableName = tableName;
		this.retention = retention;
		this.lease = lease;
		this.clock = clock;
		this.insert = "INSERT INTO " + tableName
				+ " (DELIVERY_KEY, CLAIMED_AT, LEASE_EXPIRES_AT, COMPLETED_AT) VALUES (?, ?, ?, NULL)";
		this.takeOver = "UPDATE " + tableName + " SET CLAIMED_AT = ?, LEASE_EXPIRES_AT = ?"
				+ " WHERE DELIVERY_KEY = ? AND COMPLETED_AT IS NULL AND LEASE_EXPIRES_AT < ?";
		this.state = "SELECT COMPLETED_AT FROM " + tableName + " WHERE DELIVERY_KEY = ?";
		this.complete = "UPDATE " + tableName + " SET COMPLETED_AT = ? WHERE DELIVERY_KEY = ?";
		this.release = "DELETE FROM " + tableName + " WHERE DELIVERY_KEY = ? AND COMPLETED_AT IS NULL";
		this.remove = "DELETE FROM " + tableName + " WHERE DELIVERY_KEY = ?";
		this.purge = "DELETE FROM " + tableName + " WHERE CLAIMED_AT < ?";
		this.nextPurge = new AtomicLong(clock.millis());
	}

	@Override
	public Claim claim(String key) {
		requireKey(key);
		long now = this.clock.millis();
		purgeIfDue(now);
		// Twice at most: a claim given back between our insert and our read is free
		// again.
		for (int attempt = 0; attempt < 2; attempt++) {
			if (insert(key, now)) {
				return Claim.CLAIMED;
			}
			if (update(this.takeOver, now, now + this.lease.toMillis(), key, now) == 1) {
				return Claim.CLAIMED;
			}
			List<@Nullable Long> completed = this.ownTransaction
				.execute((status) -> this.jdbc.queryForList(this.state, Long.class, key));
			if (completed != null && !completed.isEmpty()) {
				return (completed.get(0) != null) ? Claim.DONE : Claim.IN_PROGRESS;
			}
		}
		return Claim.IN_PROGRESS;
	}

	@Override
	public void complete(String key) {
		requireKey(key);
		update(this.complete, this.clock.millis(), key);
	}

	@Override
	public void release(String key) {
		requireKey(key);
		update(this.release, key);
	}

	/**
	 * Deletes claims older than the retention.
	 * @return how many were deleted
	 */
	public int purgeExpired() {
		return update(this.purge, this.clock.millis() - this.retention.toMillis());
	}

	/**
	 * Checks that the table takes real claims: claims, completes, re-claims and removes a
	 * probe key, each in its own transaction as deliveries do.
	 * @throws org.springframework.dao.DataAccessException when the table is missing or
	 * does not have the expected columns and types
	 * @throws IllegalStateException when the table accepts the statements but does not
	 * behave as a claim table (no primary key on {@code DELIVERY_KEY})
	 */
	public void verifyTable() {
		String probe = "probe:" + UUID.randomUUID();
		try {
			Claim first = claim(probe);
			complete(probe);
			Claim second = claim(probe);
			if (first != Claim.CLAIMED || second != Claim.DONE) {
				throw new IllegalStateException(
						"Table " + this.tableName + " does not behave as a claim table: a new" + " key was " + first
								+ ", then " + second + " after completing it (is DELIVERY_KEY its" + " primary key?)");
			}
		}
		finally {
			update(this.remove, probe);
		}
	}

	private boolean insert(String key, long now) {
		try {
			return update(this.insert, key, now, now + this.lease.toMillis()) == 1;
		}
		catch (DuplicateKeyException ex) {
			// Only a unique-key violation means "claimed already": a NOT NULL or
			// truncation error is a broken store, and the caller must say so.
			return false;
		}
	}

	private int update(String sql, Object... arguments) {
		Integer rows = this.ownTransaction.execute((status) -> this.jdbc.update(sql, arguments));
		return (rows != null) ? rows : 0;
	}

	private void purgeIfDue(long now) {
		long due = this.nextPurge.get();
		if (now >= due && this.nextPurge.compareAndSet(due, now + this.retention.toMillis() / 100)) {
			purgeExpired();
		}
	}

	private static void requirePositive(String name, @Nullable Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + duration);
		}
	}

	private static void requireKey(String key) {
		if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("key must have 1 to " + MAX_KEY_LENGTH + " characters");
		}
	}

	@Override
	public String toString() {
		return "JdbcDeliveryDeduplicator[" + this.tableName + "]";
	}

}
