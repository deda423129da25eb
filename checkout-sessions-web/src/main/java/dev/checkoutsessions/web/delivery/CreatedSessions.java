package dev.checkoutsessions.web.delivery;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The sessions this application created, recorded in the deduplication store (so every
 * instance of a fleet knows them), and a small budget of reads for the others. The
 * callback is unsigned and anybody can post a well-formed {@code sid_}: re-reading each
 * would spend the account's shared read budget and the receiver's threads on forged ids.
 * Each session is recorded under the account it was created through, so its callback is
 * read through that account. A callback for a recorded session is always read; one for
 * any other session only while the budget lasts (sessions created through the
 * asynchronous client, by another system on the account, or before an upgrade).
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

	/** Records a session the application has just created through an account. */
	void record(String sessionId, String account) {
		String key = key(sessionId, account);
		if (this.store.claim(key) != DeliveryDeduplicator.Claim.DONE) {
			this.store.complete(key);
		}
	}

	/** Whether the application recorded this session as created through this account. */
	boolean isRecorded(String sessionId, String account) {
		String key = key(sessionId, account);
		DeliveryDeduplicator.Claim claim = this.store.claim(key);
		if (claim == DeliveryDeduplicator.Claim.CLAIMED) {
			// Looking must not record it.
			this.store.release(key);
		}
		return claim == DeliveryDeduplicator.Claim.DONE;
	}

	/**
	 * The account the application recorded this session under.
	 * @param accounts where to look, in order
	 * @return the first account it is recorded under, {@code null} for none
	 */
	@Nullable String recordedAccount(String sessionId, List<String> accounts) {
		for (String account : accounts) {
			if (isRecorded(sessionId, account)) {
				return account;
			}
		}
		return null;
	}

	/**
	 * The store key of a session created through an account. The top-level account keeps
	 * the key sessions were recorded under before there were accounts, so they stay known
	 * across the upgrade; no other key can collide with it, since a session id holds no
	 * ':'.
	 */
	private static String key(String sessionId, String account) {
		return SessionsClients.DEFAULT_ACCOUNT.equals(account) ? PREFIX + sessionId
				: PREFIX + account + ":" + sessionId;
	}

	/** Whether a callback for a session nobody recorded may still be read this minute. */
	synchronized boolean withinUnknownBudget() {
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
