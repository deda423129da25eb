package dev.checkoutsessions.autoconfigure.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.autoconfigure.CheckoutRateLimiters;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;

/**
 * The limiters of {@code checkout.rate-limit.store=local}: one {@link RateLimiter#local
 * local} limiter per {@link AccountIdentity account}, kept for the life of the
 * application, so every client of one account (the top-level one, a configured one with
 * the same identity, a resolved one built again after it was evicted) takes from the same
 * buckets.
 *
 * <p>
 * An account has one budget: the first one asked for. A later call for the same account
 * with other budgets gets the same limiter, and one WARN says so.
 *
 * @since 0.2.0
 */
public final class LocalRateLimiters implements CheckoutRateLimiters {

	private final ConcurrentMap<String, Account> accounts = new ConcurrentHashMap<>();

	@Override
	public RateLimiter forAccount(@Nullable String subdomain, String clientId, ClientSettings.RateLimit budgets) {
		String account = AccountIdentity.of(subdomain, clientId);
		Account limiter = this.accounts.computeIfAbsent(account,
				(key) -> new Account(new AccountBudgets(key, budgets), RateLimiter.local(budgets)));
		limiter.budgets.check(budgets);
		return limiter.limiter;
	}

	/** How many accounts have a limiter. */
	public int size() {
		return this.accounts.size();
	}

	private record Account(AccountBudgets budgets, RateLimiter limiter) {
	}

}
