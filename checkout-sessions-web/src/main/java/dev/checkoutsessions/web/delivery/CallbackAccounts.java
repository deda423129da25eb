package dev.checkoutsessions.web.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.UnknownCheckoutAccountException;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The accounts the callback receiver re-reads sessions through: the application's
 * {@link SessionsClients} when it has them (each configured account, and the default
 * one), else its one {@link SessionsClient}, which is then the top-level account's.
 * Accounts a {@code CheckoutAccountResolver} finds at run time are not served: the
 * callback is unauthenticated, and a name in its path must not make the application look
 * up a merchant.
 */
final class CallbackAccounts {

	private final @Nullable SessionsClients clients;

	private final @Nullable SessionsClient client;

	private CallbackAccounts(@Nullable SessionsClients clients, @Nullable SessionsClient client) {
		this.clients = clients;
		this.client = client;
	}

	/**
	 * The accounts of the application's clients, {@link SessionsClients} preferred.
	 * @throws CheckoutConfigurationException when it has neither
	 */
	static CallbackAccounts of(@Nullable SessionsClients clients, @Nullable SessionsClient client) {
		if (clients == null && client == null) {
			throw new CheckoutConfigurationException("checkout.callback.enabled",
					"is true, but the application has no SessionsClient or SessionsClients to re-read the sessions"
							+ " of callbacks with",
					"Configure the Checkout.com account (checkout.oauth.* or checkout.accounts.<name>.*), define a"
							+ " SessionsClient or SessionsClients bean, or set 'checkout.callback.enabled' to false.");
		}
		return new CallbackAccounts(clients, client);
	}

	/**
	 * Whether an account is served at a path of its own: the accounts of
	 * {@code checkout.accounts}, not the top-level one, whose path is the plain one (the
	 * starter's {@code SessionsClients} names it {@code default} too).
	 */
	boolean servedAtOwnPath(String account) {
		return !SessionsClients.DEFAULT_ACCOUNT.equals(account) && names().contains(account);
	}

	private Set<String> names() {
		return (this.clients != null) ? this.clients.names() : Set.of();
	}

	/**
	 * The account a callback is for when nothing says otherwise.
	 * @return its name ({@code default} for the top-level account), {@code null} when
	 * there is no default account
	 */
	@Nullable String defaultAccount() {
		SessionsClients clients = this.clients;
		if (clients == null) {
			return SessionsClients.DEFAULT_ACCOUNT;
		}
		SessionsClient defaultClient;
		try {
			defaultClient = clients.defaultClient();
		}
		catch (UnknownCheckoutAccountException ex) {
			return null;
		}
		return nameOf(clients, defaultClient);
	}

	/**
	 * The name of a client of the accounts: the configured account it is the client of,
	 * else the top-level account.
	 */
	static String nameOf(SessionsClients clients, SessionsClient client) {
		for (String name : clients.names()) {
			if (clients.get(name) == client) {
				return name;
			}
		}
		return SessionsClients.DEFAULT_ACCOUNT;
	}

	/** The default account, then the configured ones: where a recorded session may be. */
	List<String> all() {
		List<String> all = new ArrayList<>();
		String defaultAccount = defaultAccount();
		if (defaultAccount != null) {
			all.add(defaultAccount);
		}
		names().stream().filter((name) -> !all.contains(name)).forEach(all::add);
		return all;
	}

	/**
	 * The client of an account.
	 * @return the client, {@code null} when the application has none for that account
	 */
	@Nullable SessionsClient client(String account) {
		SessionsClients clients = this.clients;
		if (clients == null) {
			return SessionsClients.DEFAULT_ACCOUNT.equals(account) ? this.client : null;
		}
		if (clients.names().contains(account)) {
			return clients.get(account);
		}
		return account.equals(defaultAccount()) ? clients.defaultClient() : null;
	}

	@Override
	public String toString() {
		return "CallbackAccounts" + names();
	}

}
