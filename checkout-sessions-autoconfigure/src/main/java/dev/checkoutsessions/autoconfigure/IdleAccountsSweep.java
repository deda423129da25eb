package dev.checkoutsessions.autoconfigure;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.checkoutsessions.client.ResolvingSessionsClients;

/**
 * Closes resolved accounts that went idle even when no call comes: the cache sweeps on
 * its calls only, and an application whose traffic stopped would keep its last clients
 * (and their tokens) open until the next call. One daemon thread per application, at most
 * once a minute.
 */
final class IdleAccountsSweep {

	private static final Log logger = LogFactory.getLog(IdleAccountsSweep.class);

	private static final Duration LONGEST_INTERVAL = Duration.ofMinutes(1);

	private IdleAccountsSweep() {
	}

	/**
	 * Starts sweeping.
	 * @param accounts the resolved accounts
	 * @param idleTimeout their idle timeout
	 * @return what stops the sweep
	 */
	static AutoCloseable start(ResolvingSessionsClients accounts, Duration idleTimeout) {
		ScheduledExecutorService sweeper = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "checkout-resolved-accounts-sweep");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(1, Math.min(idleTimeout.toMillis(), LONGEST_INTERVAL.toMillis()));
		sweeper.scheduleWithFixedDelay(() -> sweep(accounts), interval, interval, TimeUnit.MILLISECONDS);
		return sweeper::shutdownNow;
	}

	private static void sweep(ResolvingSessionsClients accounts) {
		try {
			accounts.evictIdle();
		}
		catch (RuntimeException ex) {
			// A failed sweep must not end the schedule: the next one tries again.
			logger.warn("Could not close idle resolved Checkout.com accounts", ex);
		}
	}

}
