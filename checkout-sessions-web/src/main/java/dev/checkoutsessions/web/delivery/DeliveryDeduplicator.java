package dev.checkoutsessions.web.delivery;

/**
 * Remembers which deliveries were published, so a webhook event (by its id) and a
 * session's completion (by its session id) reach the application once per outcome
 * although Checkout.com delivers at least once. A receiver claims a key before its
 * listeners run: the claim is <em>in progress</em> for a lease, then <em>done</em> once
 * they have run, or given back when they failed.
 * <p>
 * A delivery that finds the key done is a duplicate. One that finds it in progress under
 * a live lease is refused with a retryable answer, because the first delivery may still
 * fail (or its instance die); once the lease has run out the next claim takes it over. An
 * instance that dies mid-listener therefore delays its event by at most the lease, and
 * never loses it.
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
	 * @return {@link Claim#CLAIMED} when the caller now holds the key (first claim, or a
	 * lease that had run out), otherwise what the key's holder has done with it
	 */
	Claim claim(String key);

	/**
	 * Records that the listeners of a claimed key have run: every later claim is a
	 * duplicate.
	 * @param key a key claimed before
	 */
	void complete(String key);

	/**
	 * Gives a claim back because publishing failed, so the next delivery is published
	 * again.
	 * @param key a key claimed before
	 */
	void release(String key);

	/** What a claim found. */
	enum Claim {

		/** The caller holds the key now and must complete or release it. */
		CLAIMED,

		/** Another delivery holds the key under a live lease: answer so it is retried. */
		IN_PROGRESS,

		/** The key's listeners ran already: a duplicate. */
		DONE

	}

}
