package dev.checkoutsessions.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The clients of several Checkout.com accounts, by account name: one per configured
 * account, and, with a {@link CheckoutAccountResolver}, one per account looked up at run
 * time. There is no "current account": every call names its account.
 *
 * <pre>{@code
 * SessionsClient eu = clients.get("eu");
 * eu.requestSession(request);
 * }</pre>
 *
 * @since 0.2.0
 */
public interface SessionsClients {

	/**
	 * The name of the top-level account ({@code checkout.*} with Spring Boot), and of a
	 * client built without {@link SessionsClientBuilder#account(String)}.
	 */
	String DEFAULT_ACCOUNT = "default";

	/**
	 * Whether a name can name an account: it becomes a URL path segment of the receivers,
	 * a meter tag and part of Redis keys, so a letter or digit followed by at most 62
	 * letters, digits, {@code -} or {@code _}.
	 * @param name the name
	 * @return whether it has that shape
	 */
	static boolean isAccountName(String name) {
		return name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");
	}

	/**
	 * The client of an account.
	 * @param account a configured account's name, or a name the resolver knows
	 * @return the account's client, built on first use for a resolved account
	 * @throws UnknownCheckoutAccountException naming the configured accounts when no
	 * account has that name
	 */
	SessionsClient get(String account);

	/**
	 * {@return the names of the configured accounts, in configuration order; resolved
	 * accounts are not listed}
	 */
	Set<String> names();

	/**
	 * The client of the default account.
	 * @return the client of the top-level account or of the one named default
	 * @throws UnknownCheckoutAccountException when accounts are configured and none is
	 * the default
	 */
	SessionsClient defaultClient();

	/**
	 * Says that an account's credentials or settings changed: a resolved account's cached
	 * client is closed and the next {@link #get} resolves it again. Configured accounts
	 * change with the configuration, so this does nothing for them.
	 * @param account the account's name
	 */
	default void accountChanged(String account) {
	}

	/**
	 * Clients the caller built, e.g. on one {@link CheckoutTransport}; the caller closes
	 * them.
	 * @param clients the clients by account name, in the order {@link #names()} gives
	 * @param defaultAccount the name {@link #defaultClient()} answers with, or
	 * {@code null} for none
	 * @return the clients
	 * @throws CheckoutConfigurationException when {@code defaultAccount} is not one of
	 * the names
	 */
	static SessionsClients of(Map<String, SessionsClient> clients, @Nullable String defaultAccount) {
		Map<String, SessionsClient> copy = new LinkedHashMap<>(clients);
		if (defaultAccount != null && !copy.containsKey(defaultAccount)) {
			throw new CheckoutConfigurationException("defaultAccount",
					"is '" + defaultAccount + "', which is not one of " + copy.keySet(),
					"Name one of the accounts, or none.");
		}
		return new FixedSessionsClients(copy, defaultAccount);
	}

}
