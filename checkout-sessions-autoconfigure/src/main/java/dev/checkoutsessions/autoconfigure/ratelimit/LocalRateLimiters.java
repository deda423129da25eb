package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.autoconfigure.CheckoutRateLimiters;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;

/**
 * The limiters of {@code checkout.rate-limit.store=local}: one {@link RateLimiter#local
 * local} limiter per {@link AccountIdentity account}, kept while a client holds it
 * ({@link HeldLimiters}), so every client of one account (the top-level one, a configured
 * one with the same identity, a resolved one built again while the evicted one is still
 * in use) takes from the same buckets.
 *
 * <p>
 * An account has one budget: the first one asked for. A later call for the same account
 * with other budgets gets the same limiter, and one WARN says so.
 *
 * @since 0.2.0
 */
public final class LocalRateLimiters implements CheckoutRateLimiters {

	private final HeldLimiters<AccountLimiter> accounts = new HeldLimiters<>();

	@Override
	public RateLimiter forAccount(@Nullable String subdomain, String clientId, ClientSettings.RateLimit budgets) {
		AccountLimiter limiter = this.accounts.get(AccountIdentity.of(subdomain, clientId),
				(account) -> new AccountLimiter(new AccountBudgets(account, budgets), RateLimiter.local(budgets)));
		limiter.budgets.check(budgets);
		return limiter;
	}

	/** How many accounts have a limiter a client still holds. */
	public int size() {
		return this.accounts.size();
	}

	/**
	 * An account's local limiter with the budgets it was made with: what the clients
	 * hold, so that the budgets stay as long as the buckets do.
	 */
	private static final class AccountLimiter implements RateLimiter {

		private final AccountBudgets budgets;

		private final RateLimiter buckets;

		AccountLimiter(AccountBudgets budgets, RateLimiter buckets) {
			this.budgets = budgets;
			this.buckets = buckets;
		}

		@Override
		public boolean tryAcquire(Kind kind, Duration maxWait) throws InterruptedException {
			return this.buckets.tryAcquire(kind, maxWait);
		}

		@Override
		public void pause(Kind kind, Duration duration) {
			this.buckets.pause(kind, duration);
		}

		@Override
		public Map<String, Object> describe() {
			return this.buckets.describe();
		}

		@Override
		public String toString() {
			return this.buckets.toString();
		}

	}

}
