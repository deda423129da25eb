package dev.checkoutsessions.autoconfigure;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.CheckoutEnvironment;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.SessionsClientBuilder;
import dev.checkoutsessions.client.ResolvingSessionsClients;
import dev.checkoutsessions.client.SessionsClients;

/**
 * The startup checks a merchant's first hour needs, run before the client is built and
 * reported all at once with every value the client's settings reject
 * ({@link CheckoutPropertiesMapper}): {@code checkout.*} keys that no module declares (a
 * typo like {@code checkout.enviroment} would otherwise be ignored and the application
 * would talk to the sandbox), credentials left blank or holding an unresolved
 * {@code ${…}} placeholder, and ids, the subdomain and URLs in the wrong format.
 * Credentials are never echoed.
 */
final class CheckoutSettingsCheck {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final String ACCOUNTS = CheckoutProperties.PREFIX + ".accounts";

	private static final String ACCOUNT_VARIABLE_PREFIX = "CHECKOUT_ACCOUNTS_";

	private static final Map<String, String> ACCOUNT_KEYS = accountKeys(CheckoutProperties.Account.class, "");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");

	private static final Pattern BARE_NUMBER = Pattern.compile("[+-]?\\d+");

	private static final Pattern PROCESSING_CHANNEL_ID = Pattern.compile("pc_\\w{26}");

	// The docs write ids as x's: a value that is nothing else was copied, not filled in.
	private static final Pattern DOCS_PLACEHOLDER = Pattern.compile("(?i)(pc_|ack_|cli_)?x+");

	// A set: a value inherited by several accounts is reported once.
	private final Set<Problem> problems = new LinkedHashSet<>();

	private CheckoutSettingsCheck() {
	}

	/**
	 * Checks the bound properties and the connection details the client will actually use
	 * (the credential and URL properties only when the details come from them, the
	 * details themselves otherwise), and maps the properties onto the client's settings.
	 * @return the client settings the properties describe
	 * @throws InvalidCheckoutSettingsException listing every problem found
	 */
	static ClientSettings verify(Environment environment, CheckoutProperties properties,
			CheckoutConnectionDetails connection, ClassLoader classLoader) {
		CheckoutSettingsCheck check = new CheckoutSettingsCheck();
		if (properties.isFailOnUnknownProperties()) {
			check.unknownKeys(environment, classLoader);
			check.variablesOfNoAccount(environment, properties.getAccounts().keySet());
		}
		check.bareDurations(environment, classLoader);
		check.accountNames(properties);
		check.health(properties.getHealth());
		check.resolvedAccounts(properties.getResolvedAccounts());
		ClientSettings settings = null;
		try {
			settings = CheckoutPropertiesMapper.settings(properties);
		}
		catch (InvalidCheckoutSettingsException ex) {
			check.problems.addAll(ex.getProblems());
		}
		check.environmentName(CheckoutProperties.PREFIX, properties.getEnvironment());
		if (!ConfiguredAccount.hasTopLevel(properties)) {
			check.notInherited(properties);
		}
		for (ConfiguredAccount account : ConfiguredAccount.all(properties, connection)) {
			check.account(account, properties);
			if (settings != null) {
				try {
					CheckoutPropertiesMapper.settings(settings, account);
				}
				catch (InvalidCheckoutSettingsException ex) {
					check.problems.addAll(ex.getProblems());
				}
			}
		}
		if (!check.problems.isEmpty() || settings == null) {
			throw new InvalidCheckoutSettingsException(new ArrayList<>(check.problems));
		}
		return settings;
	}

	/**
	 * The checks of one account: its credentials (as properties, or as the connection
	 * details bean that gives them), ids, subdomain and URLs.
	 */
	private void account(ConfiguredAccount account, CheckoutProperties properties) {
		CheckoutConnectionDetails connection = account.connection();
		if (account.own() != null) {
			// The top-level environment, which it may inherit, is checked once.
			environmentName(account.prefix(), account.own().getEnvironment());
		}
		if (account.connectsByProperties()) {
			credential(account.property("oauth.client-id"), connection.getClientId(),
					"the OAuth client ID (access key ID, ack_…)");
			credential(account.property("oauth.client-secret"), connection.getClientSecret(),
					"the secret of that access key");
			placeholder(account.source("oauth.token-url"), connection.getTokenUrl());
			placeholder(account.source("base-url"), connection.getBaseUrl());
			clientIdFormat(account.property("oauth.client-id"), connection.getClientId(),
					account.property("subdomain"));
		}
		else {
			// The properties are not what the client uses, so a blank client-id is no
			// mistake.
			String source = "CheckoutConnectionDetails bean " + connection.getClass().getName()
					+ (SessionsClients.DEFAULT_ACCOUNT.equals(account.name()) ? ""
							: " (account " + account.name() + ")");
			if (isBlank(connection.getClientId()) || isBlank(connection.getClientSecret())) {
				this.problems.add(new Problem(source, "gives no client ID or no client secret",
						"Make the CheckoutConnectionDetails bean return both OAuth credentials."));
			}
			// A client ID the properties hold all the same is still one production may
			// use: a test on the emulator's details must not pass a cli_… that a real
			// start refuses.
			CheckoutProperties.Account own = account.own();
			clientIdFormat(account.property("oauth.client-id"),
					(own != null) ? own.getOauth().getClientId() : properties.getOauth().getClientId(),
					account.property("subdomain"));
		}
		placeholder(account.property("subdomain"), account.subdomain());
		placeholder(account.property("processing-channel-id"), account.processingChannelId());
		docsPlaceholder(account.property("subdomain"), account.subdomain(),
				"the 8 characters after 'cli_' of your account ID (Dashboard > Developers > Overview)");
		docsPlaceholder(account.property("processing-channel-id"), account.processingChannelId(),
				"your processing channel ID (Dashboard > Settings > Processing channels)");
		processingChannelFormat(account.property("processing-channel-id"), account.processingChannelId());
		endpoints(account, properties.isAllowPlainHttpToAnyHost());
	}

	/**
	 * Account names are path segments, meter tags and parts of Redis keys; the default
	 * account must be one of them.
	 */
	private void accountNames(CheckoutProperties properties) {
		for (String name : properties.getAccounts().keySet()) {
			if (!ConfiguredAccount.isValidName(name)) {
				this.problems.add(new Problem("checkout.accounts." + name,
						SessionsClients.DEFAULT_ACCOUNT.equals(name)
								? "is named 'default', the name of the top-level checkout.* account"
								: "is not a usable account name (it becomes a URL path segment, a meter tag and "
										+ "part of Redis keys)",
						"Name it with letters, digits, '-' and '_' (up to 63), e.g. 'eu' or 'brand-us'."));
			}
		}
		Map<String, String> byLowerCase = new HashMap<>();
		for (String name : properties.getAccounts().keySet()) {
			String other = byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
			if (other != null) {
				this.problems.add(new Problem("checkout.accounts." + name,
						"and 'checkout.accounts." + other + "' differ only in case, so they are two accounts",
						"Write the name in lowercase everywhere: an environment variable (CHECKOUT_ACCOUNTS_"
								+ name.toUpperCase(Locale.ROOT).replace('-', '_')
								+ "_…) always configures the lowercase one."));
			}
		}
		String chosen = properties.getDefaultAccount();
		if (chosen == null || chosen.isBlank()) {
			return;
		}
		boolean known = properties.getAccounts().containsKey(chosen.trim())
				|| (SessionsClients.DEFAULT_ACCOUNT.equals(chosen.trim()) && ConfiguredAccount.hasTopLevel(properties));
		if (!known) {
			List<String> names = new ArrayList<>(properties.getAccounts().keySet());
			if (ConfiguredAccount.hasTopLevel(properties)) {
				names.add(0, SessionsClients.DEFAULT_ACCOUNT);
			}
			this.problems.add(new Problem("checkout.default-account", "is '" + chosen + "', which is not an account",
					"Set it to one of " + names + ", or remove it."));
		}
	}

	/**
	 * Without a top-level account, the top-level values that identify one belong to
	 * nobody: accounts never inherit them.
	 */
	private void notInherited(CheckoutProperties properties) {
		Map<String, @Nullable String> identifying = new LinkedHashMap<>();
		identifying.put("checkout.subdomain", properties.getSubdomain());
		identifying.put("checkout.processing-channel-id", properties.getProcessingChannelId());
		identifying.put("checkout.oauth.client-secret", properties.getOauth().getClientSecret());
		identifying.forEach((property, value) -> {
			if (value != null) {
				this.problems.add(new Problem(property,
						"is set, but there is no top-level account (no checkout.oauth.client-id) and accounts "
								+ "never inherit it",
						"Set it on each account (checkout.accounts.<name>." + property.substring(9)
								+ "), or set checkout.oauth.client-id to make the top level an account too."));
			}
		});
	}

	private void unknownKeys(Environment environment, ClassLoader classLoader) {
		Set<String> keys = checkoutKeys(environment);
		// Our own modules' metadata first (a few small files); every jar's only when a
		// key is not among them, since an application may declare checkout.* properties
		// of its own.
		Map<String, String> known = knownNames(classLoader, true);
		if (known.isEmpty()) {
			// Without the metadata (a repackaging that drops it) every key would look
			// unknown.
			return;
		}
		if (keys.stream().anyMatch((key) -> !known.containsKey(normalized(key)))) {
			known.putAll(knownNames(classLoader, false));
		}
		Set<String> reported = new LinkedHashSet<>();
		keys.stream()
			.filter((key) -> !known.containsKey(normalized(key)) && !isAccountKey(key) && !ofUnusableAccount(key))
			.forEach(reported::add);
		for (String name : reported) {
			String closest = (accountName(name) != null) ? closestAccountKey(name) : closest(normalized(name), known);
			this.problems.add(new Problem(name, "is not a property of the Checkout.com starter",
					(closest != null)
							? "Did you mean '" + closest + "'? Correct the key, or set "
									+ "'checkout.fail-on-unknown-properties=false' to keep stray keys."
							: "Remove it, or set 'checkout.fail-on-unknown-properties=false' to keep stray keys."));
		}
	}

	/**
	 * A {@code CHECKOUT_ACCOUNTS_<NAME>_…} variable that no account took: Spring Boot
	 * reads the name up to the first {@code _}, so a variable alone cannot make an
	 * account whose name has a {@code -} or {@code _}, and it would be dropped without a
	 * word. The variable is named, never its value.
	 */
	private void variablesOfNoAccount(Environment environment, Set<String> accounts) {
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return;
		}
		List<String> prefixes = accounts.stream()
			.map((name) -> ACCOUNT_VARIABLE_PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_")
			.toList();
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (source instanceof SystemEnvironmentPropertySource variables) {
				for (String variable : variables.getPropertyNames()) {
					String upper = variable.toUpperCase(Locale.ROOT);
					if (upper.startsWith(ACCOUNT_VARIABLE_PREFIX) && prefixes.stream().noneMatch(upper::startsWith)) {
						this.problems
							.add(new Problem(variable, "configures no account (the accounts are " + accounts + ")",
									"An account set by environment variables alone is named with letters and digits "
											+ "only (CHECKOUT_ACCOUNTS_BRANDUS_…). To keep a name with '-' or '_', "
											+ "name the account in application.yml (checkout.accounts.brand-us.…) and "
											+ "let the variables complete it."));
					}
				}
			}
		}
	}

	/**
	 * Whether a key sets a part of a configured account that exists: the metadata
	 * declares {@code checkout.accounts} as a map only.
	 */
	private static boolean isAccountKey(String key) {
		String prefix = accountPrefix(key);
		return prefix != null && ACCOUNT_KEYS.containsKey(normalized(key.substring(prefix.length())));
	}

	/**
	 * Whether a key belongs to an account whose name is reported as unusable: renaming
	 * the account is the fix, not removing its keys.
	 */
	private static boolean ofUnusableAccount(String key) {
		String name = accountName(key);
		return name != null && !ConfiguredAccount.isValidName(name);
	}

	/**
	 * The account a {@code checkout.accounts.<name>.…} key is about, {@code null} for any
	 * other key.
	 */
	private static @Nullable String accountName(String key) {
		String prefix = accountPrefix(key);
		return (prefix == null) ? null
				: prefix.substring(ACCOUNTS.length() + 1, prefix.length() - (prefix.endsWith("].") ? 2 : 1));
	}

	/**
	 * {@code checkout.accounts.<name>.} or {@code checkout.accounts[<name>].} (YAML's way
	 * to keep dots in a key) of an account key, {@code null} for any other key.
	 */
	private static @Nullable String accountPrefix(String key) {
		if (key.startsWith(ACCOUNTS + ".")) {
			int end = key.indexOf('.', ACCOUNTS.length() + 1);
			return (end > 0) ? key.substring(0, end + 1) : null;
		}
		if (key.startsWith(ACCOUNTS + "[")) {
			int end = key.indexOf("].", ACCOUNTS.length() + 1);
			return (end > 0) ? key.substring(0, end + 2) : null;
		}
		return null;
	}

	private static @Nullable String closestAccountKey(String key) {
		String prefix = accountPrefix(key);
		if (prefix == null) {
			return null;
		}
		String closest = closest(normalized(key.substring(prefix.length())), ACCOUNT_KEYS);
		return (closest != null) ? prefix + closest : null;
	}

	/**
	 * The parts of one account, by normalized name: the properties of
	 * {@link CheckoutProperties.Account}, walked once.
	 */
	private static Map<String, String> accountKeys(Class<?> type, String prefix) {
		Map<String, String> keys = new TreeMap<>();
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
			if (descriptor.getReadMethod() == null || "class".equals(descriptor.getName())) {
				continue;
			}
			String name = prefix + kebab(descriptor.getName());
			Class<?> propertyType = descriptor.getPropertyType();
			if (propertyType.getEnclosingClass() == CheckoutProperties.class) {
				keys.putAll(accountKeys(propertyType, name + "."));
			}
			else {
				keys.put(normalized(name), name);
			}
		}
		return keys;
	}

	private static String kebab(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * A duration written as a bare number is read as milliseconds:
	 * {@code read-timeout: 30} would be 30 ms, not the 30 seconds meant. Only zero is
	 * unambiguous without a unit.
	 */
	private void bareDurations(Environment environment, ClassLoader classLoader) {
		Binder binder = Binder.get(environment);
		for (String name : durationNames(classLoader)) {
			String value = binder.bind(name, String.class).orElse(null);
			if (value != null && BARE_NUMBER.matcher(value.strip()).matches() && !value.strip().matches("0+")) {
				this.problems.add(new Problem(name,
						"is '" + value.strip() + "', a number without a unit, which" + " Spring reads as milliseconds",
						"Write the unit: '" + value.strip() + "s' for seconds, or '" + value.strip()
								+ "ms' if milliseconds are meant."));
			}
		}
	}

	private void credential(String property, @Nullable String value, String what) {
		if (value == null || value.isBlank()) {
			this.problems
				.add(new Problem(property, (value == null) ? "is not set" : "is blank", "Set '" + property + "' to "
						+ what + ", e.g. through the " + environmentVariable(property) + " environment variable."));
			return;
		}
		placeholder(property, value);
	}

	private void placeholder(String property, @Nullable String value) {
		if (value == null) {
			return;
		}
		Matcher placeholder = PLACEHOLDER.matcher(value);
		if (placeholder.find()) {
			String variable = placeholder.group(1).trim();
			this.problems.add(new Problem(property, "holds the unresolved placeholder ${" + variable + "}",
					"Set the environment variable (or property) " + variable + " before starting the application, "
							+ "or give the placeholder a default: ${" + variable + ":…}."));
		}
	}

	private void environmentName(String prefix, @Nullable String environment) {
		String property = prefix + ".environment";
		if (environment != null && !environment.contains("${") && environmentOrNull(environment) == null) {
			this.problems.add(new Problem(property, "is neither 'sandbox' nor 'production'",
					"Set '" + property + "' to sandbox (test keys) or production (live keys)."));
		}
		else {
			placeholder(property, environment);
		}
	}

	/**
	 * The environment a checked {@code checkout.environment} names ({@code sandbox}, any
	 * case, is SANDBOX).
	 */
	static CheckoutEnvironment environment(String name) {
		CheckoutEnvironment environment = environmentOrNull(name);
		if (environment == null) {
			throw new IllegalArgumentException("'checkout.environment' must be sandbox or production");
		}
		return environment;
	}

	private static @Nullable CheckoutEnvironment environmentOrNull(String name) {
		for (CheckoutEnvironment candidate : CheckoutEnvironment.values()) {
			if (candidate.name().equalsIgnoreCase(name.trim())) {
				return candidate;
			}
		}
		return null;
	}

	private void clientIdFormat(String property, @Nullable String clientId, String subdomainProperty) {
		if (clientId == null || clientId.isBlank() || clientId.contains("${") || clientId.startsWith("ack_")) {
			return;
		}
		if (clientId.startsWith("cli_")) {
			this.problems.add(new Problem(property, "holds an account ID (cli_…), not an OAuth client ID",
					"Set it to the access key ID (ack_…) from Dashboard > Developers > Keys. The account ID's first "
							+ "8 characters after 'cli_' are your '" + subdomainProperty + "'."));
			return;
		}
		this.problems.add(new Problem(property, "does not start with 'ack_'",
				"Set it to the access key ID (ack_…) from Dashboard > Developers > Keys."));
	}

	private void docsPlaceholder(String property, @Nullable String value, String what) {
		if (value != null && DOCS_PLACEHOLDER.matcher(value).matches()) {
			this.problems
				.add(new Problem(property, "still holds the documentation's placeholder", "Set it to " + what + "."));
		}
	}

	private void processingChannelFormat(String property, @Nullable String processingChannelId) {
		if (processingChannelId == null || processingChannelId.isBlank() || processingChannelId.contains("${")
				|| DOCS_PLACEHOLDER.matcher(processingChannelId).matches()
				|| PROCESSING_CHANNEL_ID.matcher(processingChannelId).matches()) {
			return;
		}
		this.problems
			.add(new Problem(property, "is not a processing channel ID ('pc_' followed by 26 letters or digits)",
					"Copy it from Dashboard > Settings > Processing channels (e.g. pc_zs5fqhybzc2e3jmq3efvybybpq), or "
							+ "remove it and set processingChannelId on each request."));
	}

	/**
	 * The client's own rules for the subdomain and URLs, so that a malformed one is
	 * reported with the rest instead of on the next start. Values holding a placeholder
	 * are reported as such above.
	 */
	private void endpoints(ConfiguredAccount account, boolean allowPlainHttpToAnyHost) {
		CheckoutConnectionDetails connection = account.connection();
		List<CheckoutConfigurationException> rejected = SessionsClientBuilder.checkEndpoints(
				withoutPlaceholder(account.subdomain()), withoutPlaceholder(connection.getBaseUrl()),
				withoutPlaceholder(connection.getTokenUrl()), allowPlainHttpToAnyHost);
		for (CheckoutConfigurationException ex : rejected) {
			Problem problem = CheckoutPropertiesMapper.problem(ex);
			String source = switch (ex.getParameter()) {
				case "subdomain" -> account.property("subdomain");
				case "baseUrl" -> account.source("base-url");
				case "tokenUrl" -> account.source("oauth.token-url");
				default -> problem.property();
			};
			problem = new Problem(source, problem.problem(), problem.fix());
			if (!ex.getParameter().equals("subdomain") && !account.connectsByProperties()) {
				problem = new Problem("CheckoutConnectionDetails bean " + connection.getClass().getName() + " ("
						+ ex.getParameter() + ")", ex.getProblem(), problem.fix());
			}
			this.problems.add(problem);
		}
	}

	private static @Nullable String withoutPlaceholder(@Nullable String value) {
		return (value != null && value.contains("${")) ? null : value;
	}

	/**
	 * The cache of resolved accounts, by the client's own rules (its builder's), so that
	 * a bad value is reported with the others and named by its property.
	 */
	private void resolvedAccounts(CheckoutProperties.ResolvedAccounts cache) {
		ResolvingSessionsClients.Builder rules = ResolvingSessionsClients.builder((name) -> null, (account) -> {
			throw new IllegalStateException("never built");
		});
		rule("checkout.resolved-accounts.idle-timeout", () -> rules.idleTimeout(cache.getIdleTimeout()));
		rule("checkout.resolved-accounts.max-accounts", () -> rules.maxAccounts(cache.getMaxAccounts()));
	}

	private void rule(String property, Runnable rule) {
		try {
			rule.run();
		}
		catch (CheckoutConfigurationException ex) {
			this.problems.add(CheckoutPropertiesMapper.problem(ex, property));
		}
	}

	private void health(CheckoutProperties.Health health) {
		// Health counts the client's recent calls: a threshold above how many it keeps is
		// never reached, and health would never go DOWN.
		int kept = ClientSettings.defaults().recentCalls();
		int threshold = health.getTransportFailureThreshold();
		if (threshold > kept) {
			this.problems.add(new Problem("checkout.health.transport-failure-threshold",
					"is more than the " + kept + " recent calls the client keeps, so health could never go DOWN",
					"Set it to " + kept + " or less (default 3)."));
		}
		else if (threshold < 1) {
			this.problems.add(new Problem("checkout.health.transport-failure-threshold", "is " + threshold,
					"Set it to 1 or more (default 3)."));
		}
	}

	/**
	 * The {@code checkout.*} keys of every property source but the process environment,
	 * indices dropped.
	 */
	private static Set<String> checkoutKeys(Environment environment) {
		Set<String> keys = new LinkedHashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			// The process environment is shared with everything else on the machine:
			// CHECKOUT_* variables that are not ours are not the application's mistake.
			if (!(source instanceof IterableConfigurationPropertySource iterable)
					|| source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource) {
				continue;
			}
			iterable.stream()
				.filter((name) -> name.getNumberOfElements() > 1
						&& "checkout".equals(name.getElement(0, ConfigurationPropertyName.Form.UNIFORM)))
				.map(CheckoutSettingsCheck::withoutIndices)
				.forEach(keys::add);
		}
		return keys;
	}

	/**
	 * The {@code checkout.*} properties declared in configuration metadata, by normalized
	 * name: of this starter's own modules only, or of every jar on the class path.
	 */
	static Map<String, String> knownNames(ClassLoader classLoader, boolean ownModulesOnly) {
		Map<String, String> known = new TreeMap<>();
		for (Declared property : declaredProperties(classLoader, ownModulesOnly)) {
			known.put(normalized(property.name()), property.name());
		}
		return known;
	}

	/**
	 * The {@code checkout.*} properties of this starter's own modules whose type is a
	 * {@link Duration}.
	 */
	private static List<String> durationNames(ClassLoader classLoader) {
		return declaredProperties(classLoader, true).stream()
			.filter((property) -> Duration.class.getName().equals(property.type()))
			.map(Declared::name)
			.toList();
	}

	/**
	 * The {@code checkout.*} entries of the configuration metadata: of this starter's own
	 * modules only, or of every jar on the class path. Unreadable metadata gives none:
	 * the checks that use it are skipped rather than fail a healthy application.
	 */
	private static List<Declared> declaredProperties(ClassLoader classLoader, boolean ownModulesOnly) {
		List<Declared> declared = new ArrayList<>();
		try {
			for (URL resource : Collections.list(classLoader.getResources(METADATA))) {
				if (ownModulesOnly != resource.toString().contains("checkout-sessions")) {
					continue;
				}
				try (InputStream in = resource.openStream()) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					if (!text.contains("\"checkout.")) {
						continue;
					}
					Map<String, Object> metadata = JsonParserFactory.getJsonParser().parseMap(text);
					if (metadata.get("properties") instanceof List<?> properties) {
						for (Object property : properties) {
							if (property instanceof Map<?, ?> map && map.get("name") instanceof String name
									&& name.startsWith("checkout.")) {
								declared.add(new Declared(name, String.valueOf(map.get("type"))));
							}
						}
					}
				}
			}
		}
		catch (IOException ex) {
			return List.of();
		}
		return declared;
	}

	private static String withoutIndices(ConfigurationPropertyName name) {
		ConfigurationPropertyName result = name;
		while (result.getNumberOfElements() > 1 && result.isLastElementIndexed()) {
			result = result.getParent();
		}
		return result.toString();
	}

	/**
	 * Relaxed binding's idea of one key: {@code clientId}, {@code client-id} and
	 * {@code client_id} are equal.
	 */
	private static String normalized(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
	}

	private static @Nullable String closest(String normalized, Map<String, String> known) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Map.Entry<String, String> candidate : known.entrySet()) {
			int distance = distance(normalized, candidate.getKey());
			if (distance < bestDistance) {
				bestDistance = distance;
				best = candidate.getValue();
			}
		}
		return (bestDistance <= Math.max(2, normalized.length() / 5)) ? best : null;
	}

	/**
	 * Optimal string alignment distance: a swapped pair of letters ({@code subdomian})
	 * counts once.
	 */
	private static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static String environmentVariable(String property) {
		return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	/** One finding: the property, what is wrong with it, and what to do. */
	record Problem(String property, String problem, String fix) {
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** A property the configuration metadata declares, with its type's name. */
	private record Declared(String name, String type) {
	}

}
