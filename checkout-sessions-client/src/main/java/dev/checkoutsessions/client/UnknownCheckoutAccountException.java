package dev.checkoutsessions.client;

import java.util.Set;

/**
 * No account has the name asked for, or no account is the default: the message names the
 * configured accounts and how to choose one.
 *
 * @since 0.2.0
 */
public class UnknownCheckoutAccountException extends CheckoutException {

	private static final long serialVersionUID = 1L;

	/** The name asked for, empty when the default was asked for. */
	private final String account;

	/**
	 * Creates the exception.
	 * @param account the name asked for, empty when the default was asked for
	 * @param message what is wrong and how to fix it
	 */
	public UnknownCheckoutAccountException(String account, String message) {
		super(message);
		this.account = account;
	}

	static UnknownCheckoutAccountException unknown(String account, Set<String> configured) {
		return new UnknownCheckoutAccountException(account,
				"No Checkout.com account is named '" + account + "'; the configured accounts are " + configured
						+ ". Use one of these names, or configure it under 'checkout.accounts." + account + "'.");
	}

	static UnknownCheckoutAccountException unresolved(String account, Set<String> configured) {
		return new UnknownCheckoutAccountException(account,
				"No Checkout.com account is named '" + account + "': the configured accounts are " + configured
						+ ", and the account resolver knows none by that name. Check the name, or add the account "
						+ "to the store the resolver reads.");
	}

	static UnknownCheckoutAccountException noDefault(Set<String> configured) {
		return new UnknownCheckoutAccountException("",
				"No Checkout.com account is the default: the configured accounts are " + configured
						+ ". Get a client by name (SessionsClients.get(\"…\")), or set 'checkout.default-account' "
						+ "to one of them.");
	}

	/**
	 * {@return the account name asked for, empty when the default was asked for}
	 */
	public String getAccount() {
		return this.account;
	}

}
