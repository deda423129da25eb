package dev.checkoutsessions.web.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link DeliveryDeduplicator} in this JVM's memory, bounded: beyond {@code maxEntries}
 * keys the oldest claims are forgotten, so memory stays flat under any load. Checkout.com
 * redelivers within hours, not after millions of other events, so a bound in the tens of
 * thousands loses nothing in practice. Deduplicates within one instance only; a fleet
 * needs a shared store such as {@link JdbcDeliveryDeduplicator}.
 *
 * @since 0.1.0
 */
public final class InMemoryDeliveryDeduplicator implements DeliveryDeduplicator {

	private final int maxEntries;

	private final Map<String, Boolean> claimed;

	/**
	 * Creates a deduplicator remembering at most {@code maxEntries} keys.
	 * @param maxEntries at least 1
	 */
	public InMemoryDeliveryDeduplicator(int maxEntries) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
		}
		this.maxEntries = maxEntries;
		this.claimed = new LinkedHashMap<>(Math.min(maxEntries, 1024), 0.75f, false) {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
				return size() > InMemoryDeliveryDeduplicator.this.maxEntries;
			}

		};
	}

	@Override
	public synchronized boolean claim(String key) {
		return this.claimed.putIfAbsent(key, Boolean.TRUE) == null;
	}

	@Override
	public synchronized void release(String key) {
		this.claimed.remove(key);
	}

	/**
	 * How many keys are remembered.
	 * @return at most the bound given at construction
	 */
	public synchronized int size() {
		return this.claimed.size();
	}

	@Override
	public String toString() {
		return "InMemoryDeliveryDeduplicator[max " + this.maxEntries + "]";
	}

}
