package dev.checkoutsessions.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.SessionsClients;

/**
 * One account the properties configure, with what it inherits already applied: the
 * top-level {@code checkout.*} account (named {@value SessionsClients#DEFAULT_ACCOUNT})
 * or one of {@code checkout.accounts.<name>}. The credentials, subdomain, processing
 * channel and webhook keys identify an account and are never inherited; the environment,
 * URLs, scopes and rate-limit budgets are, when the account does not set them. The scopes
 * and budgets here are the account's own: the top-level ones are in the shared client
 * settings.
 *
 * @param name the account's name
 * @param prefix the prefix of its properties: {@code checkout} or
 * {@code checkout.accounts.<name>}
 * @param connection where it connects and with which credentials
 * @param environment its environment's name, or {@code null} for the sandbox
 * @param subdomain its subdomain, or {@code null}
 * @param processingChannelId its processing channel, or {@code null}
 * @param scopes its own OAuth scopes, or {@code null} to inherit them
 * @param readsPerSecond its own read budget, or {@code null} to inherit it
 * @param writesPerSecond its own write budget, or {@code null} to inherit it
 * @param instances its own number of instances sharing its budget, or {@code null} to
 * inherit it
 * @param own the account's own properties, {@code null} for the top-level account
 */
record ConfiguredAccount(String name, String prefix, CheckoutConnectionDetails connection, @Nullable String environment,
		@Nullable String subdomain, @Nullable String processingChannelId, @Nullable List<String> scopes,
		@Nullable Integer readsPerSecond, @Nullable Integer writesPerSecond, @Nullable Integer instances,
		CheckoutProperties.@Nullable Account own) {

	private static final String ACCOUNTS = CheckoutProperties.PREFIX + ".accounts";

	/**
	 * Every account of the properties: the top-level one when it is there, then the
	 * configured ones in configuration order.
	 * @param properties the bound properties
	 * @param connection the top-level connection details, which may answer for a
	 * configured account too ({@link CheckoutConnectionDetails#account})
	 * @return the accounts
	 */
	static List<ConfiguredAccount> all(CheckoutProperties properties, CheckoutConnectionDetails connection) {
		List<ConfiguredAccount> accounts = new ArrayList<>();
		if (hasTopLevel(properties)) {
			accounts.add(topLevel(properties, connection));
		}
		for (Map.Entry<String, CheckoutProperties.Account> entry : properties.getAccounts().entrySet()) {
			accounts.add(configured(entry.getKey(), entry.getValue(), properties, connection));
		}
		return accounts;
	}

	/**
	 * Whether the top-level properties are an account of their own: always without
	 * configured accounts, and with them when they name an OAuth client.
	 * @param properties the bound properties
	 * @return whether there is a top-level account
	 */
	static boolean hasTopLevel(CheckoutProperties properties) {
		return properties.getAccounts().isEmpty() || properties.getOauth().getClientId() != null;
	}

	/**
	 * The account the {@code SessionsClient} bean serves.
	 * @param properties the bound properties
	 * @return {@code checkout.default-account}, else the top-level account when there is
	 * one, else {@code null}
	 */
	static @Nullable String defaultName(CheckoutProperties properties) {
		String configured = properties.getDefaultAccount();
		if (configured != null && !configured.isBlank()) {
			return configured.trim();
		}
		return hasTopLevel(properties) ? SessionsClients.DEFAULT_ACCOUNT : null;
	}

	/**
	 * Whether a configured account's name can be used in paths, tags and keys.
	 * @param name the configured name
	 * @return whether it is valid
	 */
	static boolean isValidName(String name) {
		return SessionsClients.isAccountName(name) && !SessionsClients.DEFAULT_ACCOUNT.equals(name);
	}

	/**
	 * The property that configures an account's part, e.g. {@code oauth.client-id}.
	 * @param suffix the part, as under {@code checkout.}
	 * @return the property's full name
	 */
	String property(String suffix) {
		return this.prefix + "." + suffix;
	}

	/**
	 * The property a value of this account came from: its own, or the top-level one it
	 * inherits.
	 * @param suffix the part, as under {@code checkout.}: {@code environment},
	 * {@code base-url} or {@code oauth.token-url}
	 * @return the property's full name
	 */
	String source(String suffix) {
		CheckoutProperties.Account account = this.own;
		if (account == null) {
			return property(suffix);
		}
		boolean own = switch (suffix) {
			case "environment" -> account.getEnvironment() != null;
			case "base-url" -> account.getBaseUrl() != null;
			case "oauth.token-url" -> account.getOauth().getTokenUrl() != null;
			default -> true;
		};
		return own ? property(suffix) : CheckoutProperties.PREFIX + "." + suffix;
	}

	/**
	 * The property of this account standing for a top-level property, e.g.
	 * {@code checkout.accounts.eu.oauth.client-id} for {@code checkout.oauth.client-id}.
	 * @param topLevelProperty a {@code checkout.*} property
	 * @return the property of this account
	 */
	String own(String topLevelProperty) {
		return this.prefix + topLevelProperty.substring(CheckoutProperties.PREFIX.length());
	}

	/**
	 * Whether the connection details come from this account's properties (so that their
	 * values are checked as properties).
	 * @return whether the details are the properties
	 */
	boolean connectsByProperties() {
		return this.connection instanceof PropertiesCheckoutConnectionDetails
				|| this.connection instanceof AccountConnectionDetails;
	}

	@Override
	public String toString() {
		// Never the connection's credentials.
		return "ConfiguredAccount[" + this.name + "]";
	}

	private static ConfiguredAccount topLevel(CheckoutProperties properties, CheckoutConnectionDetails connection) {
		return new ConfiguredAccount(SessionsClients.DEFAULT_ACCOUNT, CheckoutProperties.PREFIX, connection,
				properties.getEnvironment(), properties.getSubdomain(), properties.getProcessingChannelId(), null, null,
				null, null, null);
	}

	private static ConfiguredAccount configured(String name, CheckoutProperties.Account account,
			CheckoutProperties properties, CheckoutConnectionDetails topLevel) {
		CheckoutConnectionDetails given = topLevel.account(name);
		CheckoutConnectionDetails connection = (given != null) ? given
				: new AccountConnectionDetails(name, account, properties);
		CheckoutProperties.AccountRateLimit budgets = account.getRateLimit();
		return new ConfiguredAccount(name, ACCOUNTS + "." + name, connection,
				or(account.getEnvironment(), properties.getEnvironment()), account.getSubdomain(),
				account.getProcessingChannelId(), account.getOauth().getScopes(), budgets.getReadsPerSecond(),
				budgets.getWritesPerSecond(), budgets.getInstances(), account);
	}

	private static <T> @Nullable T or(@Nullable T own, @Nullable T inherited) {
		return (own != null) ? own : inherited;
	}

	/**
	 * A configured account's connection from its properties: its own credentials, its own
	 * URLs or the top-level ones.
	 */
	static final class AccountConnectionDetails implements CheckoutConnectionDetails {

		private final String name;

		private final CheckoutProperties.Account account;

		private final CheckoutProperties properties;

		AccountConnectionDetails(String name, CheckoutProperties.Account account, CheckoutProperties properties) {
			this.name = name;
			this.account = account;
			this.properties = properties;
		}

		@Override
		public @Nullable String getBaseUrl() {
			return or(this.account.getBaseUrl(), this.properties.getBaseUrl());
		}

		@Override
		public @Nullable String getTokenUrl() {
			return or(this.account.getOauth().getTokenUrl(), this.properties.getOauth().getTokenUrl());
		}

		@Override
		public @Nullable String getClientId() {
			return this.account.getOauth().getClientId();
		}

		@Override
		public @Nullable String getClientSecret() {
			return this.account.getOauth().getClientSecret();
		}

		@Override
		public String toString() {
			// Never the secret.
			return "AccountConnectionDetails[checkout.accounts." + this.name + ".*]";
		}

	}

}
