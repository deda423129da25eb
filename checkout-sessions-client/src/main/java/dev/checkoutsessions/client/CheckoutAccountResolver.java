package dev.checkoutsessions.client;

import org.jspecify.annotations.Nullable;

/**
 * Looks up an account known only at run time, e.g. a platform's merchant whose
 * Checkout.com credentials are in the platform's own database. Called once per account
 * when its client is first needed, and again only after the client was evicted (idle, or
 * {@link SessionsClients#accountChanged}): never on the path of a call whose client is
 * cached.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface CheckoutAccountResolver {

	/**
	 * The account with this name.
	 * @param name the name the application passed to {@link SessionsClients#get}
	 * @return the account, or {@code null} when there is none by that name
	 */
	@Nullable CheckoutAccount resolve(String name);

}
