package dev.checkoutsessions.web.delivery;

/**
 * Remembers which deliveries were already published, so a webhook event (by its id) and a
 * session's completion (by its session id) reach the application once although
 * Checkout.com delivers at least once. The receivers claim a key just before publishing;
 * a claim that loses is a duplicate.
 * <p>
 * The auto-configured implementation is {@link JdbcDeliveryDeduplicator} on the
 * application's {@code DataSource} when there is one (every instance of a fleet sees the
 * same claims), {@link InMemoryDeliveryDeduplicator} otherwise. Define a bean of this
 * type to use another store (Redis, a document database).
 *
 * @since 0.1.0
 */
public interface DeliveryDeduplicator {

	/**
	 * Claims a delivery key, atomically across everything sharing this store.
	 * @param key a key such as {@code webhook:evt_…} or {@code callback:sid_…}, at most
	 * 200 characters
	 * @return {@code true} for the first claim of the key, {@code false} for every later
	 * one
	 */
	boolean claim(String key);

	/**
	 * Gives a claim back because publishing failed, so the next delivery is published
	 * again.
	 * @param key a key claimed before
	 */
	void release(String key);

}
