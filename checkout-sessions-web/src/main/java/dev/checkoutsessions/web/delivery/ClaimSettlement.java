package dev.checkoutsessions.web.delivery;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Ends a receiver's claim once its listeners have run (or failed). The listeners' outcome
 * stands whatever the store answers: a store that fails here only changes when a
 * redelivery is published again, which the lease bounds, so it is logged, not thrown.
 */
final class ClaimSettlement {

	private static final Log logger = LogFactory.getLog(ClaimSettlement.class);

	private ClaimSettlement() {
	}

	/** Records the key as done after its listeners ran. */
	static void complete(DeliveryDeduplicator deduplicator, String key) {
		try {
			deduplicator.complete(key);
		}
		catch (RuntimeException ex) {
			// Published already: a redelivery after the lease publishes again, which
			// listeners idempotent by id absorb; losing the outcome would be worse.
			logger.warn("Could not record " + key + " as done (" + ex.getClass().getSimpleName()
					+ "): a redelivery after the lease may publish it again");
		}
	}

	/** Gives the key back after its listeners failed, so a redelivery publishes it. */
	static void release(DeliveryDeduplicator deduplicator, String key) {
		try {
			deduplicator.release(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not give back the claim of " + key + " (" + ex.getClass().getSimpleName()
					+ "): a redelivery publishes it once the lease has run out");
		}
	}

}
