package dev.checkoutsessions.autoconfigure;

import java.util.List;
import java.util.function.Consumer;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.CheckoutAccount;
import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.CheckoutTransport;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientBuilder;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.observation.OAuthTokenObservationConvention;
import dev.checkoutsessions.client.observation.SessionsObservationConvention;

/**
 * Builds the client of any account, configured or resolved, the same way: on the one
 * transport, with the application's observations, meters and customizers, and the
 * account's own rate limiter.
 */
final class AccountClientFactory {

	private final ClientSettings settings;

	private final boolean allowPlainHttpToAnyHost;

	private final CheckoutTransport transport;

	private final Consumer<SessionsClientBuilder> shared;

	private final Consumer<SessionsClientBuilder> inherited;

	private final ObjectProvider<RateLimiter> topLevelRateLimiter;

	private final ObjectProvider<CheckoutRateLimiters> rateLimiters;

	/**
	 * @param settings the shared settings
	 * @param allowPlainHttpToAnyHost {@code checkout.allow-plain-http-to-any-host}
	 * @param transport the transport every account sends through
	 * @param shared what every builder gets: observations, meters, the RestClient to
	 * start from and the customizers (last)
	 * @param inherited what a resolved account inherits when it does not set it: the
	 * top-level environment and hosts
	 * @param topLevelRateLimiter the {@link RateLimiter} bean of the top-level account
	 * @param rateLimiters the limiters of every other account
	 */
	AccountClientFactory(ClientSettings settings, boolean allowPlainHttpToAnyHost, CheckoutTransport transport,
			Consumer<SessionsClientBuilder> shared, Consumer<SessionsClientBuilder> inherited,
			ObjectProvider<RateLimiter> topLevelRateLimiter, ObjectProvider<CheckoutRateLimiters> rateLimiters) {
		this.settings = settings;
		this.allowPlainHttpToAnyHost = allowPlainHttpToAnyHost;
		this.transport = transport;
		this.shared = shared;
		this.inherited = inherited;
		this.topLevelRateLimiter = topLevelRateLimiter;
		this.rateLimiters = rateLimiters;
	}

	/**
	 * What a resolved account inherits from the top level, like a configured one: the
	 * environment and the hosts, never the credentials, subdomain or channel.
	 */
	static Consumer<SessionsClientBuilder> inherited(CheckoutProperties properties,
			CheckoutConnectionDetails connection) {
		return (builder) -> {
			PropertyMapper map = PropertyMapper.get();
			map.from(properties::getEnvironment).as(CheckoutSettingsCheck::environment).to(builder::environment);
			map.from(connection::getBaseUrl).to(builder::baseUrl);
			map.from(connection::getTokenUrl).to(builder::tokenUrl);
		};
	}

	/**
	 * What every builder gets from the application.
	 */
	static Consumer<SessionsClientBuilder> shared(ObservationRegistry observationRegistry,
			@Nullable SessionsObservationConvention convention,
			@Nullable OAuthTokenObservationConvention tokenConvention, @Nullable Object meterRegistry,
			RestClient.@Nullable Builder base, List<SessionsClientCustomizer> customizers) {
		return (builder) -> {
			builder.observationRegistry(observationRegistry)
				.observationConvention(convention)
				.tokenObservationConvention(tokenConvention)
				.meterRegistry(meterRegistry);
			if (base != null) {
				builder.restClientBuilder(base);
			}
			customizers.forEach((customizer) -> customizer.customize(builder));
		};
	}

	/**
	 * The client of a configured account.
	 * @param account the account
	 * @return its client
	 * @throws InvalidCheckoutSettingsException naming the account's property a value was
	 * rejected for
	 */
	SessionsClient configured(ConfiguredAccount account) {
		try {
			ClientSettings accountSettings = CheckoutPropertiesMapper.settings(this.settings, account);
			SessionsClientBuilder builder = CheckoutPropertiesMapper.client(account, this.allowPlainHttpToAnyHost,
					SessionsClient.builder().settings(accountSettings));
			builder.rateLimiter(
					SessionsClients.DEFAULT_ACCOUNT.equals(account.name()) ? this.topLevelRateLimiter.getIfUnique()
							: rateLimiter(account.subdomain(), account.connection().getClientId(), accountSettings));
			return build(builder);
		}
		catch (CheckoutConfigurationException ex) {
			throw new InvalidCheckoutSettingsException(List.of(CheckoutPropertiesMapper.problem(ex, account)));
		}
	}

	/**
	 * The client of an account a resolver found.
	 * @param account the account
	 * @return its client
	 * @throws CheckoutConfigurationException when the account's values are rejected
	 */
	SessionsClient resolved(CheckoutAccount account) {
		SessionsClientBuilder builder = SessionsClient.builder().settings(this.settings);
		this.inherited.accept(builder);
		account.applyTo(builder)
			.allowPlainHttpToAnyHost(this.allowPlainHttpToAnyHost)
			.rateLimiter(rateLimiter(account.subdomain(), account.clientId(), this.settings));
		return build(builder);
	}

	private SessionsClient build(SessionsClientBuilder builder) {
		builder.transport(this.transport);
		this.shared.accept(builder);
		return builder.build();
	}

	private @Nullable RateLimiter rateLimiter(@Nullable String subdomain, @Nullable String clientId,
			ClientSettings accountSettings) {
		CheckoutRateLimiters limiters = this.rateLimiters.getIfAvailable();
		return (limiters != null && clientId != null)
				? limiters.forAccount(subdomain, clientId, accountSettings.rateLimit()) : null;
	}

}
