package dev.checkoutsessions.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.PropertyMapper;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.SessionsClientBuilder;

/**
 * Maps the {@code checkout.*} properties that are set onto
 * {@link ClientSettings#defaults()}, like Spring Boot's
 * {@code HttpClientSettingsPropertyMapper}: a property left out keeps the client's
 * default. It is also the one place that knows which property stands for which client
 * parameter, so every value the client rejects is reported with its property.
 */
final class CheckoutPropertiesMapper {

	/**
	 * Parameters whose property is not {@code checkout.} + the parameter in kebab case.
	 */
	private static final Map<String, String> PROPERTIES = Map.of("connectTimeout", "checkout.http.connect-timeout",
			"readTimeout", "checkout.http.read-timeout", "maxConnections", "checkout.http.max-connections",
			"maxIdleTime", "checkout.http.max-idle-time", "validateAfterInactivity",
			"checkout.http.validate-after-inactivity", "scopes", "checkout.oauth.scopes", "clientId",
			"checkout.oauth.client-id", "clientSecret", "checkout.oauth.client-secret", "tokenUrl",
			"checkout.oauth.token-url");

	/** Client parameters without a property: set only through a customizer. */
	private static final List<String> NO_PROPERTY = List.of("maxResponseSize", "recentCalls", "meterRegistry");

	private static final Pattern PARAMETER = Pattern
		.compile("\\b((retry|rateLimit)\\.[a-zA-Z]+|allowPlainHttpToAnyHost)\\b");

	private CheckoutPropertiesMapper() {
	}

	/**
	 * The client settings the properties describe.
	 * @param properties the bound properties
	 * @return the settings
	 * @throws InvalidCheckoutSettingsException listing every property the client rejects
	 */
	static ClientSettings settings(CheckoutProperties properties) {
		Mapping mapping = new Mapping(ClientSettings.defaults(), null);
		PropertyMapper map = PropertyMapper.get();
		CheckoutProperties.Http http = properties.getHttp();
		CheckoutProperties.Retry retry = properties.getRetry();
		CheckoutProperties.RateLimit rateLimit = properties.getRateLimit();
		map.from(http::getConnectTimeout).to((value) -> mapping.apply((s) -> s.withConnectTimeout(value)));
		map.from(http::getReadTimeout).to((value) -> mapping.apply((s) -> s.withReadTimeout(value)));
		map.from(http::getMaxConnections).to((value) -> mapping.apply((s) -> s.withMaxConnections(value)));
		map.from(http::getMaxIdleTime).to((value) -> mapping.apply((s) -> s.withMaxIdleTime(value)));
		map.from(http::getValidateAfterInactivity)
			.to((value) -> mapping.apply((s) -> s.withValidateAfterInactivity(value)));
		map.from(properties::getCallTimeout).to((value) -> mapping.apply((s) -> s.withCallTimeout(value)));
		map.from(properties.getOauth()::getScopes).to((value) -> mapping.apply((s) -> s.withScopes(value)));
		map.from(retry::getEnabled).to((value) -> mapping.retry((r) -> r.withEnabled(value)));
		map.from(retry::getMaxRetries).to((value) -> mapping.retry((r) -> r.withMaxRetries(value)));
		map.from(retry::getMultiplier).to((value) -> mapping.retry((r) -> r.withMultiplier(value)));
		map.from(retry::getJitter).to((value) -> mapping.retry((r) -> r.withJitter(value)));
		map.from(retry::getMaxRetryAfter).to((value) -> mapping.retry((r) -> r.withMaxRetryAfter(value)));
		// Checked together: max-delay must not be shorter than delay, whichever was set.
		if (retry.getDelay() != null || retry.getMaxDelay() != null) {
			mapping.retry((r) -> r.withDelays((retry.getDelay() != null) ? retry.getDelay() : r.delay(),
					(retry.getMaxDelay() != null) ? retry.getMaxDelay() : r.maxDelay()));
		}
		map.from(rateLimit::getReadsPerSecond).to((value) -> mapping.rateLimit((r) -> r.withReadsPerSecond(value)));
		map.from(rateLimit::getWritesPerSecond).to((value) -> mapping.rateLimit((r) -> r.withWritesPerSecond(value)));
		map.from(rateLimit::getMaxWait).to((value) -> mapping.rateLimit((r) -> r.withMaxWait(value)));
		map.from(rateLimit::getInstances).to((value) -> mapping.rateLimit((r) -> r.withInstances(value)));
		if (!mapping.problems.isEmpty()) {
			throw new InvalidCheckoutSettingsException(mapping.problems);
		}
		return mapping.settings;
	}

	/**
	 * The settings of one account: the shared settings with the scopes and rate-limit
	 * budgets the account sets itself.
	 * @param shared the settings of {@link #settings(CheckoutProperties)}
	 * @param account the account
	 * @return the account's settings
	 * @throws InvalidCheckoutSettingsException listing every property of the account the
	 * client rejects
	 */
	static ClientSettings settings(ClientSettings shared, ConfiguredAccount account) {
		Mapping mapping = new Mapping(shared, account);
		PropertyMapper map = PropertyMapper.get();
		map.from(account::scopes).to((value) -> mapping.apply((s) -> s.withScopes(value)));
		map.from(account::readsPerSecond).to((value) -> mapping.rateLimit((r) -> r.withReadsPerSecond(value)));
		map.from(account::writesPerSecond).to((value) -> mapping.rateLimit((r) -> r.withWritesPerSecond(value)));
		map.from(account::instances).to((value) -> mapping.rateLimit((r) -> r.withInstances(value)));
		if (!mapping.problems.isEmpty()) {
			throw new InvalidCheckoutSettingsException(mapping.problems);
		}
		return mapping.settings;
	}

	/**
	 * Applies who an account's client talks to: its name, environment, URLs, credentials
	 * and default processing channel. The builder checks them when it builds the client.
	 * @param account the account
	 * @param allowPlainHttpToAnyHost {@code checkout.allow-plain-http-to-any-host}
	 * @param builder the builder to configure
	 * @return the builder
	 */
	static SessionsClientBuilder client(ConfiguredAccount account, boolean allowPlainHttpToAnyHost,
			SessionsClientBuilder builder) {
		PropertyMapper map = PropertyMapper.get();
		CheckoutConnectionDetails connection = account.connection();
		builder.account(account.name());
		map.from(account::environment).as(CheckoutSettingsCheck::environment).to(builder::environment);
		map.from(account::subdomain).to(builder::subdomain);
		map.from(connection::getBaseUrl).to(builder::baseUrl);
		map.from(connection::getTokenUrl).to(builder::tokenUrl);
		builder.allowPlainHttpToAnyHost(allowPlainHttpToAnyHost);
		map.from(account::processingChannelId).to(builder::processingChannelId);
		return builder.clientCredentials(connection.getClientId(), connection.getClientSecret());
	}

	/**
	 * The property behind a client parameter, e.g. {@code checkout.retry.max-delay} for
	 * {@code retry.maxDelay}.
	 * @param parameter the parameter the client named
	 * @return the property, {@code null} when no property sets it
	 */
	static @Nullable String property(String parameter) {
		if (parameter.startsWith("checkout.")) {
			// The receivers name their properties themselves.
			return parameter;
		}
		if (NO_PROPERTY.contains(parameter)) {
			return null;
		}
		String property = PROPERTIES.get(parameter);
		return (property != null) ? property : "checkout." + kebab(parameter);
	}

	/**
	 * A value an account's client rejected, told in terms of that account's properties.
	 * @param ex the client's exception
	 * @param account the account, {@code null} for the top-level properties
	 * @return the problem, on the account's property when there is one
	 */
	static CheckoutSettingsCheck.Problem problem(CheckoutConfigurationException ex,
			@Nullable ConfiguredAccount account) {
		CheckoutSettingsCheck.Problem problem = problem(ex);
		if (account == null || account.own() == null || !problem.property().startsWith("checkout.")) {
			return problem;
		}
		return new CheckoutSettingsCheck.Problem(account.own(problem.property()), problem.problem(), problem.fix());
	}

	/**
	 * A value the client rejected, told in terms of properties.
	 * @param ex the client's exception
	 * @return the problem, on the property when there is one
	 */
	static CheckoutSettingsCheck.Problem problem(CheckoutConfigurationException ex) {
		String property = property(ex.getParameter());
		if (property == null) {
			return new CheckoutSettingsCheck.Problem(ex.getParameter() + " (set by a SessionsClientCustomizer)",
					ex.getProblem(), fix(ex));
		}
		return problem(ex, property);
	}

	/**
	 * A value the client rejected, on the property that gave it.
	 * @param ex the client's exception
	 * @param property the property whose value the client was given
	 * @return the problem
	 */
	static CheckoutSettingsCheck.Problem problem(CheckoutConfigurationException ex, String property) {
		return new CheckoutSettingsCheck.Problem(property, inPropertyTerms(ex.getProblem()), inPropertyTerms(fix(ex)));
	}

	private static String fix(CheckoutConfigurationException ex) {
		return (ex.getFix() != null) ? ex.getFix() : "See the message above.";
	}

	/**
	 * The client's text with parameter names it mentions ({@code retry.delay}) replaced
	 * by their properties.
	 */
	private static String inPropertyTerms(String text) {
		Matcher matcher = PARAMETER.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String property = property(matcher.group());
			matcher.appendReplacement(result, Matcher.quoteReplacement("'" + property + "'"));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String kebab(String camelCase) {
		StringBuilder kebab = new StringBuilder();
		for (char c : camelCase.toCharArray()) {
			if (Character.isUpperCase(c)) {
				kebab.append('-').append(Character.toLowerCase(c));
			}
			else {
				kebab.append(c);
			}
		}
		return kebab.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * Settings being mapped, and every problem met: a rejected value keeps the previous
	 * one, so that the next property is still checked.
	 */
	private static final class Mapping {

		private ClientSettings settings;

		private final @Nullable ConfiguredAccount account;

		private final List<CheckoutSettingsCheck.Problem> problems = new ArrayList<>();

		Mapping(ClientSettings start, @Nullable ConfiguredAccount account) {
			this.settings = start;
			this.account = account;
		}

		void apply(Function<ClientSettings, ClientSettings> change) {
			try {
				this.settings = change.apply(this.settings);
			}
			catch (CheckoutConfigurationException ex) {
				this.problems.add(problem(ex, this.account));
			}
		}

		void retry(Function<ClientSettings.Retry, ClientSettings.Retry> change) {
			apply((s) -> s.withRetry(change.apply(s.retry())));
		}

		void rateLimit(Function<ClientSettings.RateLimit, ClientSettings.RateLimit> change) {
			apply((s) -> s.withRateLimit(change.apply(s.rateLimit())));
		}

	}

}
