package dev.checkoutsessions.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;

/**
 * The client-side rate limiters of every account, configured or resolved: Checkout.com
 * counts requests per account, so each account has buckets of its own, and every instance
 * of the application that calls for one account shares that account's buckets (with
 * {@code checkout.rate-limit.store=redis}).
 *
 * @since 0.2.0
 */
public interface CheckoutRateLimiters {

	/**
	 * The limiter of one account, the same one for every call with the same account.
	 * @param subdomain the account's subdomain, which identifies it, or {@code null}
	 * @param clientId the account's OAuth client id, which identifies it when there is no
	 * subdomain (never stored or shown as such)
	 * @param budgets the account's budgets
	 * @return the account's limiter
	 */
	RateLimiter forAccount(@Nullable String subdomain, String clientId, ClientSettings.RateLimit budgets);

}
