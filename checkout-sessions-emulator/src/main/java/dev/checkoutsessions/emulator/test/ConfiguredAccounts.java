package dev.checkoutsessions.emulator.test;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

import dev.checkoutsessions.emulator.EmulatorAccount;
import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * The accounts an application configures under {@code checkout.accounts.<name>}, each
 * served by an emulator account of the same name with generated credentials, so a test of
 * an application with several accounts starts without any real credential and sees the
 * accounts kept apart as Checkout.com keeps them.
 * <p>
 * On Spring Boot the names are those the starter binds ({@link BoundAccountNames}),
 * environment variables included; without it, those in the keys of every enumerable
 * property source. A configured account called {@value SessionsEmulator#DEFAULT_ACCOUNT}
 * is the emulator's default account.
 */
final class ConfiguredAccounts {

	static final String PREFIX = "checkout.accounts.";

	private static final String BINDER = "org.springframework.boot.context.properties.bind.Binder";

	/**
	 * {@code checkout.accounts.eu.…} or {@code checkout.accounts[eu]…}: the name is the
	 * first or the second group.
	 */
	private static final Pattern ACCOUNT_KEY = Pattern
		.compile("checkout\\.accounts(?:\\.([^.\\[\\]]+)|\\[([^\\]]+)\\])[.\\[].*");

	private final ConfigurableEnvironment environment;

	private final Set<String> names;

	private ConfiguredAccounts(ConfigurableEnvironment environment, Set<String> names) {
		this.environment = environment;
		this.names = names;
	}

	static ConfiguredAccounts in(ConfigurableEnvironment environment) {
		Set<String> names = ClassUtils.isPresent(BINDER, ConfiguredAccounts.class.getClassLoader())
				? BoundAccountNames.in(environment) : namesOfKeys(environment);
		return new ConfiguredAccounts(environment, names);
	}

	/**
	 * Without Spring Boot nothing maps environment variables onto {@code checkout.*}: the
	 * names are in the keys as written.
	 */
	private static Set<String> namesOfKeys(ConfigurableEnvironment environment) {
		Set<String> names = new LinkedHashSet<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String key : enumerable.getPropertyNames()) {
					Matcher matcher = ACCOUNT_KEY.matcher(key);
					if (matcher.matches()) {
						String name = matcher.group(1);
						names.add((name != null) ? name : matcher.group(2));
					}
				}
			}
		}
		return names;
	}

	Set<String> names() {
		return names;
	}

	/**
	 * Registers an emulator account per configured name, accepting the account's own
	 * well-formed {@code processing-channel-id}: its code may send it explicitly.
	 */
	void register(SessionsEmulator.Builder builder) {
		for (String name : names) {
			if (!isDefault(name)) {
				builder.account(name);
			}
			String channel = SessionsEmulatorContextCustomizer.ownProcessingChannel(environment,
					property(name, "processing-channel-id"));
			if (channel != null) {
				builder.processingChannelId(name, channel);
			}
		}
	}

	/** The emulator account serving each configured name: the one of that name. */
	Map<String, EmulatorAccount> servedBy(SessionsEmulator emulator) {
		Map<String, EmulatorAccount> accounts = new LinkedHashMap<>();
		names.forEach((name) -> accounts.put(name, emulator.account(name)));
		return accounts;
	}

	/**
	 * Without the starter's connection details, the URLs and credentials go into the
	 * account's properties, as they do for the top level.
	 */
	void putConnectionProperties(SessionsEmulator emulator, Map<String, Object> properties) {
		servedBy(emulator).forEach((name, account) -> {
			properties.put(property(name, "base-url"), emulator.baseUrl());
			properties.put(property(name, "oauth.token-url"), emulator.tokenUrl());
			properties.put(property(name, "oauth.client-id"), account.clientId());
			properties.put(property(name, "oauth.client-secret"), account.clientSecret());
		});
	}

	/** An account without a channel of its own gets its emulator account's. */
	void putProcessingChannels(SessionsEmulator emulator, Map<String, Object> properties) {
		servedBy(emulator).forEach((name, account) -> {
			String key = property(name, "processing-channel-id");
			if (SessionsEmulatorContextCustomizer.ownProcessingChannel(environment, key) == null) {
				properties.put(key, account.processingChannelId());
			}
		});
	}

	/**
	 * The emulator signs each account's webhooks with the account's first configured key;
	 * an account without keys gets a generated one, as the top level does (the default
	 * account's is the top-level key, set on it before).
	 */
	void putWebhookKeys(SessionsEmulator emulator, Map<String, Object> properties) {
		servedBy(emulator).forEach((name, account) -> {
			String key = firstSignatureKey(name);
			if (key == null) {
				key = isDefault(name) ? account.signatureKey() : SessionsEmulatorContextCustomizer.generatedKey();
				properties.put(property(name, "webhooks.signature-keys[0]"), key);
			}
			account.webhooks().signatureKey(key);
		});
	}

	/**
	 * Each account's events go to its own receiver, {@code <receiver>/<name>}; the
	 * default account keeps the top-level receiver.
	 */
	void deliverWebhooks(SessionsEmulator emulator, String receiver) {
		servedBy(emulator).forEach((name, account) -> {
			if (!isDefault(name)) {
				String authorization = SessionsEmulatorContextCustomizer.resolvedOrNull(environment,
						property(name, "webhooks.authorization-header"));
				if (authorization == null) {
					authorization = SessionsEmulatorContextCustomizer.resolvedOrNull(environment,
							SessionsEmulatorContextCustomizer.AUTHORIZATION_PROPERTY);
				}
				account.webhooks()
					.deliverTo(SessionsEmulatorContextCustomizer.stripTrailingSlash(receiver) + "/" + name,
							account.signatureKey(), authorization);
			}
		});
	}

	/**
	 * The list's first element, given either indexed or comma-separated; an unresolvable
	 * placeholder counts as no key.
	 */
	private @Nullable String firstSignatureKey(String name) {
		String indexed = SessionsEmulatorContextCustomizer.resolvedOrNull(environment,
				property(name, "webhooks.signature-keys[0]"));
		if (SessionsEmulatorContextCustomizer.hasText(indexed)) {
			return indexed;
		}
		String list = SessionsEmulatorContextCustomizer.resolvedOrNull(environment,
				property(name, "webhooks.signature-keys"));
		if (list == null) {
			return null;
		}
		String first = list.split(",", -1)[0].trim();
		return first.isEmpty() ? null : first;
	}

	private static boolean isDefault(String name) {
		return SessionsEmulator.DEFAULT_ACCOUNT.equals(name);
	}

	static String property(String name, String key) {
		return PREFIX + name + "." + key;
	}

}
