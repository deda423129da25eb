package dev.checkoutsessions.client;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An account a {@link CheckoutAccountResolver} found: who its client talks to and as
 * whom. Everything else (timeouts, retry, the connection pool) is shared with the other
 * accounts. {@code toString()} never shows the secret.
 *
 * <pre>{@code
 * CheckoutAccount.of(merchant.accessKeyId(), merchant.accessKeySecret())
 *     .withEnvironment(CheckoutEnvironment.PRODUCTION)
 *     .withSubdomain(merchant.subdomain())
 *     .withProcessingChannelId(merchant.processingChannelId());
 * }</pre>
 *
 * @param clientId the OAuth client ID (access key ID, {@code ack_…})
 * @param clientSecret its secret
 * @param environment sandbox or production
 * @param subdomain the account's API prefix, or {@code null} for the global hosts
 * @param baseUrl an API base URL of its own (a proxy, the emulator), or {@code null}
 * @param tokenUrl a token URL of its own, or {@code null}
 * @param processingChannelId the processing channel applied to session requests without
 * one, or {@code null}
 * @param meterTag the {@code account} tag of its meters: a low-cardinality group such as
 * a region or plan, never the merchant's id; {@code resolved} unless set
 * @since 0.2.0
 */
public record CheckoutAccount(String clientId, String clientSecret, CheckoutEnvironment environment,
		@Nullable String subdomain, @Nullable String baseUrl, @Nullable String tokenUrl,
		@Nullable String processingChannelId, String meterTag) {

	/** The meter tag of a resolved account that was given none. */
	public static final String RESOLVED = "resolved";

	/**
	 * Checks the credentials are there; everything else is checked by the client.
	 * @param clientId the record component {@code clientId}
	 * @param clientSecret the record component {@code clientSecret}
	 * @param environment the record component {@code environment}
	 * @param subdomain the record component {@code subdomain}
	 * @param baseUrl the record component {@code baseUrl}
	 * @param tokenUrl the record component {@code tokenUrl}
	 * @param processingChannelId the record component {@code processingChannelId}
	 * @param meterTag the record component {@code meterTag}
	 */
	public CheckoutAccount {
		Objects.requireNonNull(clientId, "clientId must not be null");
		Objects.requireNonNull(clientSecret, "clientSecret must not be null");
		Objects.requireNonNull(environment, "environment must not be null");
		if (meterTag == null || meterTag.isBlank()) {
			throw new CheckoutConfigurationException("meterTag", "must not be blank",
					"Leave it unset for '" + RESOLVED + "', or give a low-cardinality group such as a region.");
		}
	}

	/**
	 * A sandbox account on the global hosts, tagged {@code resolved}; change what differs
	 * with the {@code with…} methods.
	 * @param clientId the OAuth client ID (access key ID, {@code ack_…})
	 * @param clientSecret its secret
	 * @return the account
	 */
	public static CheckoutAccount of(String clientId, String clientSecret) {
		return new CheckoutAccount(clientId, clientSecret, CheckoutEnvironment.SANDBOX, null, null, null, null,
				RESOLVED);
	}

	/**
	 * This account in another environment.
	 * @param environment sandbox or production
	 * @return a new account
	 */
	public CheckoutAccount withEnvironment(CheckoutEnvironment environment) {
		return new CheckoutAccount(this.clientId, this.clientSecret, environment, this.subdomain, this.baseUrl,
				this.tokenUrl, this.processingChannelId, this.meterTag);
	}

	/**
	 * This account with its API prefix.
	 * @param subdomain the first eight characters after {@code cli_} of its account ID
	 * @return a new account
	 */
	public CheckoutAccount withSubdomain(@Nullable String subdomain) {
		return new CheckoutAccount(this.clientId, this.clientSecret, this.environment, subdomain, this.baseUrl,
				this.tokenUrl, this.processingChannelId, this.meterTag);
	}

	/**
	 * This account on other hosts (a proxy, the emulator).
	 * @param baseUrl the API base URL
	 * @param tokenUrl the token URL
	 * @return a new account
	 */
	public CheckoutAccount withUrls(@Nullable String baseUrl, @Nullable String tokenUrl) {
		return new CheckoutAccount(this.clientId, this.clientSecret, this.environment, this.subdomain, baseUrl,
				tokenUrl, this.processingChannelId, this.meterTag);
	}

	/**
	 * This account with a default processing channel.
	 * @param processingChannelId {@code pc_…}
	 * @return a new account
	 */
	public CheckoutAccount withProcessingChannelId(@Nullable String processingChannelId) {
		return new CheckoutAccount(this.clientId, this.clientSecret, this.environment, this.subdomain, this.baseUrl,
				this.tokenUrl, processingChannelId, this.meterTag);
	}

	/**
	 * This account with another meter tag.
	 * @param meterTag a low-cardinality group, never the merchant's id
	 * @return a new account
	 */
	public CheckoutAccount withMeterTag(String meterTag) {
		return new CheckoutAccount(this.clientId, this.clientSecret, this.environment, this.subdomain, this.baseUrl,
				this.tokenUrl, this.processingChannelId, meterTag);
	}

	/**
	 * Points a builder at this account: environment, hosts, credentials, channel and the
	 * meter tag.
	 * @param builder the builder of the account's client
	 * @return the builder
	 */
	public SessionsClientBuilder applyTo(SessionsClientBuilder builder) {
		return builder.account(this.meterTag)
			.environment(this.environment)
			.subdomain(this.subdomain)
			.baseUrl(this.baseUrl)
			.tokenUrl(this.tokenUrl)
			.processingChannelId(this.processingChannelId)
			.clientCredentials(this.clientId, this.clientSecret);
	}

	@Override
	public String toString() {
		return "CheckoutAccount[clientId=" + this.clientId + ", environment=" + this.environment
				+ ((this.subdomain != null) ? ", subdomain=" + this.subdomain : "") + ", meterTag=" + this.meterTag
				+ "]";
	}

}
