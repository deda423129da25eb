package dev.checkoutsessions.web.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link DeliveryDeduplicator} in this JVM's memory, bounded: beyond {@code maxEntries}
 * keys the oldest claims are forgotten, so memory stays flat under any load. Checkout.com
 * redelivers within hours, not after millions of other events, so a bound in the tens of
 * thousands loses nothing in practice. Deduplicates within one instance only and forgets
 * everything on restart; a fleet needs a shared store such as
 * {@link JdbcDeliveryDeduplicator}.
 *
 * @since 0.1.0
 */
public final class InMemoryDeliveryDeduplicator implements DeliveryDeduplicator {

	private final int maxEntries;

	private final Duration lease;

	private final Clock clock;

	/** Key to the end of its lease, or {@link Instant#MAX} once done. */
	private final Map<String, Instant> claims;

	/**
	 * Creates a deduplicator remembering at most {@code maxEntries} keys, with a one
	 * minute lease.
	 * @param maxEntries at least 1
	 */
	public InMemoryDeliveryDeduplicator(int maxEntries) {
		this(maxEntries, Duration.ofMinutes(1), Clock.systemUTC());
	}

	/**
	 * Creates a deduplicator.
	 * @param maxEntries at least 1
	 * @param lease how long a claim stays in progress before another delivery may take it
	 * over
	 * @param clock the clock for leases
	 */
	public InMemoryDeliveryDeduplicator(int maxEntries, Duration lease, Clock clock) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
		}
		if (lease == null || lease.isNegative() || lease.isZero()) {
			throw new IllegalArgumentException("lease must be positive, was " + lease);
		}
		this.maxEntries = maxEntries;
		this.lease = lease;
		this.clock = clock;
		this.claims = new LinkedHashMap<>(Math.min(maxEntries, 1024), 0.75f, false) {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
				return size() > InMemoryDeliveryDeduplicator.this.maxEntries;
			}

		};
	}

	@Override
	public synchronized Claim claim(String key) {
		Instant now = this.clock.instant();
		Instant held = this.claims.get(key);
		if (held == null || held.isBefore(now)) {
			this.claims.remove(key);
			this.claims.put(key, now.plus(this.lease));
			return Claim.CLAIMED;
		}
		return Instant.MAX.equals(held) ? Claim.DONE : Claim.IN_PROGRESS;
	}

	@Override
	public synchronized void complete(String key) {
		this.claims.put(key, Instant.MAX);
	}

	@Override
	public synchronized void release(String key) {
		this.claims.remove(key);
	}

	/**
	 * How many keys are remembered.
	 * @return at most the bound given at construction
	 */
	public synchronized int size() {
		return this.claims.size();
	}

	@Override
	public String toString() {
		return "InMemoryDeliveryDeduplicator[max " + this.maxEntries + "]";
	}

}
