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
 * @param environment sandbox or production, or {@code null} for the default: the
 * application's {@code checkout.environment} with Spring Boot, the sandbox without
 * @param subdomain the account's API prefix, or {@code null} for the global hosts
 * @param baseUrl an API base URL of its own (a proxy, the emulator), or {@code null} for
 * the default (with Spring Boot, the application's {@code checkout.base-url})
 * @param tokenUrl a token URL of its own, or {@code null} for the default
 * @param processingChannelId the processing channel applied to session requests without
 * one, or {@code null}
 * @param meterTag the {@code account} tag of its meters: a low-cardinality group such as
 * a region or plan, never the merchant's id; {@code resolved} unless set
 * @since 0.2.0
 */
public record CheckoutAccount(String clientId, String clientSecret, @Nullable CheckoutEnvironment environment,
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
		if (meterTag == null || meterTag.isBlank()) {
			throw new CheckoutConfigurationException("meterTag", "must not be blank",
					"Leave it unset for '" + RESOLVED + "', or give a low-cardinality group such as a region.");
		}
	}

	/**
	 * An account on the default environment and hosts, tagged {@code resolved}; change
	 * what differs with the {@code with…} methods.
	 * @param clientId the OAuth client ID (access key ID, {@code ack_…})
	 * @param clientSecret its secret
	 * @return the account
	 */
	public static CheckoutAccount of(String clientId, String clientSecret) {
		return new CheckoutAccount(clientId, clientSecret, null, null, null, null, null, RESOLVED);
	}

	/**
	 * This account in another environment.
	 * @param environment sandbox or production
	 * @return a new account
	 */
	public CheckoutAccount withEnvironment(@Nullable CheckoutEnvironment environment) {
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
	 * Points a builder at this account: its credentials, subdomain, channel and meter
	 * tag, and the environment and hosts it sets (those it leaves {@code null} stay as
	 * the builder has them).
	 * @param builder the builder of the account's client
	 * @return the builder
	 */
	public SessionsClientBuilder applyTo(SessionsClientBuilder builder) {
		builder.account(this.meterTag)
			.subdomain(this.subdomain)
			.processingChannelId(this.processingChannelId)
			.clientCredentials(this.clientId, this.clientSecret);
		if (this.environment != null) {
			builder.environment(this.environment);
		}
		if (this.baseUrl != null) {
			builder.baseUrl(this.baseUrl);
		}
		if (this.tokenUrl != null) {
			builder.tokenUrl(this.tokenUrl);
		}
		return builder;
	}

	@Override
	public String toString() {
		return "CheckoutAccount[clientId=" + this.clientId
				+ ((this.environment != null) ? ", environment=" + this.environment : "")
				+ ((this.subdomain != null) ? ", subdomain=" + this.subdomain : "") + ", meterTag=" + this.meterTag
				+ "]";
	}

}
