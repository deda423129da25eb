package dev.checkoutsessions.autoconfigure.ratelimit;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.checkoutsessions.client.ClientSettings;

/**
 * The budgets an account's limiter was built with, which every later request for the same
 * account keeps: an account has one budget, and two clients of one account with two
 * budgets would each believe they had the account to themselves.
 */
final class AccountBudgets {

	private static final Log logger = LogFactory.getLog(AccountBudgets.class);

	private final String account;

	private final ClientSettings.RateLimit budgets;

	private final AtomicBoolean warned = new AtomicBoolean();

	AccountBudgets(String account, ClientSettings.RateLimit budgets) {
		this.account = account;
		this.budgets = budgets;
	}

	/** Logs one WARN the first time the account is asked for with other budgets. */
	void check(ClientSettings.RateLimit asked) {
		if (asked.readsPerSecond() == this.budgets.readsPerSecond()
				&& asked.writesPerSecond() == this.budgets.writesPerSecond()
				&& asked.instances() == this.budgets.instances()) {
			return;
		}
		if (this.warned.compareAndSet(false, true)) {
			logger.warn("Checkout.com account " + this.account + " is rate limited with " + describe(this.budgets)
					+ ", but a client of it asked for " + describe(asked) + ": an account has one budget, the first one"
					+ " asked for, which every client of the account shares");
		}
	}

	private static String describe(ClientSettings.RateLimit budgets) {
		return budgets.readsPerSecond() + " reads/s and " + budgets.writesPerSecond() + " writes/s"
				+ ((budgets.instances() > 1) ? " over " + budgets.instances() + " instances" : "");
	}

}
