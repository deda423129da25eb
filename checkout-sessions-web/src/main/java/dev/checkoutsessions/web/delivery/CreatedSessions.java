package dev.checkoutsessions.web.delivery;

import java.time.Clock;

/**
 * The sessions this application created, recorded in the deduplication store (so every
 * instance of a fleet knows them), and a small budget of reads for the others. The
 * callback is unsigned and anybody can post a well-formed {@code sid_}: re-reading each
 * would spend the account's shared read budget and the receiver's threads on forged ids.
 * A callback for a recorded session is always read; one for any other session only while
 * the budget lasts (sessions created through the asynchronous client, by another system
 * on the account, or before an upgrade).
 */
final class CreatedSessions {

	private static final String PREFIX = "session:";

	private static final long WINDOW_MILLIS = 60_000;

	private final DeliveryDeduplicator store;

	private final int unknownReadsPerMinute;

	private final Clock clock;

	private long windowStart;

	private int unknownReads;

	CreatedSessions(DeliveryDeduplicator store, int unknownReadsPerMinute, Clock clock) {
		this.store = store;
		this.unknownReadsPerMinute = unknownReadsPerMinute;
		this.clock = clock;
		this.windowStart = clock.millis();
	}

	/** Records a session the application has just created. */
	void record(String sessionId) {
		String key = PREFIX + sessionId;
		if (this.store.claim(key) != DeliveryDeduplicator.Claim.DONE) {
			this.store.complete(key);
		}
	}

	/**
	 * Whether a callback for this session may be read: always for a recorded one, within
	 * the budget for any other.
	 */
	boolean mayRead(String sessionId) {
		String key = PREFIX + sessionId;
		DeliveryDeduplicator.Claim claim = this.store.claim(key);
		if (claim == DeliveryDeduplicator.Claim.DONE) {
			return true;
		}
		if (claim == DeliveryDeduplicator.Claim.CLAIMED) {
			// Looking must not record it.
			this.store.release(key);
		}
		return withinUnknownBudget();
	}

	private synchronized boolean withinUnknownBudget() {
		long now = this.clock.millis();
		if (now - this.windowStart >= WINDOW_MILLIS) {
			this.windowStart = now;
			this.unknownReads = 0;
		}
		if (this.unknownReads >= this.unknownReadsPerMinute) {
			return false;
		}
		this.unknownReads++;
		return true;
	}

}
