package dev.checkoutsessions.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.SessionsClients;

/**
 * Checks the web features' settings at startup (public for their packages, not an API). A
 * failure is the client's {@link CheckoutConfigurationException} naming the property, the
 * problem and the fix, so the starter reports it like every other {@code checkout.*}
 * setting.
 */
public final class ReceiverSettings {

	/** The name of the top-level account, on its events as on its clients' meters. */
	private ReceiverSettings() {
	}

	public static void requirePath(String property, @Nullable String path) {
		if (path == null || !path.startsWith("/") || path.contains("{") || path.contains("*")
				|| path.chars().anyMatch(Character::isWhitespace)) {
			throw new CheckoutConfigurationException(property,
					"must be a literal path starting with '/', was '" + path + "'",
					"Set '" + property + "' to a path such as '/checkout/webhooks'.");
		}
	}

	public static Duration requirePositive(String property, @Nullable Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new CheckoutConfigurationException(property, "must be a positive duration, was " + duration,
					"Set '" + property + "' to a duration such as '2s'.");
		}
		return duration;
	}

	public static int requireAtLeast(String property, int value, int minimum) {
		if (value < minimum) {
			throw new CheckoutConfigurationException(property, "must be at least " + minimum + ", was " + value,
					"Set '" + property + "' to " + minimum + " or more.");
		}
		return value;
	}

	/**
	 * Stops startup when a feature switched on by {@code property} cannot be served: the
	 * application is not a web application, or its stack lacks Spring MVC (servlet) or
	 * Spring WebFlux (reactive). Without this it would start and answer 404 to every
	 * delivery.
	 */
	public static void requireWebStack(String property, ApplicationContext context) {
		ClassLoader classLoader = context.getClassLoader();
		if (context instanceof WebApplicationContext) {
			if (!ClassUtils.isPresent("org.springframework.web.servlet.DispatcherServlet", classLoader)) {
				throw new CheckoutConfigurationException(property,
						"is true, but this servlet application has no Spring MVC to serve it",
						"Add spring-boot-starter-webmvc, or set '" + property + "' to false.");
			}
		}
		else if (context instanceof ReactiveWebApplicationContext) {
			if (!ClassUtils.isPresent("org.springframework.web.reactive.DispatcherHandler", classLoader)) {
				throw new CheckoutConfigurationException(property,
						"is true, but this reactive application has no Spring WebFlux to serve it",
						"Add spring-boot-starter-webflux, or set '" + property + "' to false.");
			}
		}
		else {
			throw new CheckoutConfigurationException(property,
					"is true, but this application is not a web application, so nothing can serve it",
					"Set '" + property + "' to false for this application, or run it as a servlet"
							+ " (spring-boot-starter-webmvc) or WebFlux (spring-boot-starter-webflux) application.");
		}
	}

	/**
	 * The top-level account's webhook keys: {@code checkout.webhooks.signature-key} and
	 * every entry of {@code checkout.webhooks.signature-keys} (both while a key is being
	 * rotated). They are required unless the application has no top-level account and its
	 * accounts are all under {@code checkout.accounts}, whose webhooks have keys of their
	 * own.
	 * @return the keys, empty only for an application of configured accounts alone
	 */
	public static List<String> requireSignatureKeys(@Nullable String key, @Nullable List<String> keys,
			boolean onlyConfiguredAccounts) {
		List<String> all = new ArrayList<>();
		if (key != null && !key.isBlank()) {
			if (key.startsWith("${")) {
				throw missingSignatureKey();
			}
			all.add(key);
		}
		all.addAll(requireEntries("checkout.webhooks.signature-keys", (keys != null) ? keys : List.of()));
		if (all.isEmpty() && !onlyConfiguredAccounts) {
			throw missingSignatureKey();
		}
		return all.stream().distinct().toList();
	}

	/**
	 * The signature keys of a configured account's webhooks: at least one, none blank.
	 * @return the keys
	 */
	public static List<String> requireAccountSignatureKeys(String account, @Nullable List<String> keys) {
		String property = "checkout.accounts." + account + ".webhooks.signature-keys";
		if (keys == null || keys.isEmpty()) {
			throw new CheckoutConfigurationException(property,
					"is required when checkout.webhooks.enabled is true (the webhooks of account '" + account
							+ "' are verified with its own keys only)",
					"Set '" + property + "' to the signature key of the webhook in that account's Checkout.com"
							+ " Dashboard, e.g. signature-keys: ${CHECKOUT_"
							+ account.toUpperCase(Locale.ROOT).replace('-', '_')
							+ "_WEBHOOKS_SIGNATURE_KEY} with that environment variable (during a rotation, list the"
							+ " old and the new key), or set 'checkout.webhooks.enabled' to false.");
		}
		return requireEntries(property, keys).stream().distinct().toList();
	}

	/**
	 * A configured account's name as the receivers use it: the last segment of its paths
	 * and a part of its deduplication keys, so a short plain word; {@code default} names
	 * the top-level account.
	 */
	public static String requireAccountName(String account) {
		if (!SessionsClients.isAccountName(account)) {
			throw new CheckoutConfigurationException("checkout.accounts." + account,
					"is not a name the receivers can serve at a path of their own",
					"Name the account with a letter or digit followed by at most 62 letters, digits, '-' or '_',"
							+ " e.g. checkout.accounts.eu.");
		}
		if (SessionsClients.DEFAULT_ACCOUNT.equals(account)) {
			throw new CheckoutConfigurationException("checkout.accounts." + account,
					"is named '" + SessionsClients.DEFAULT_ACCOUNT + "', the name of the top-level checkout.* account",
					"Give the account another name, or configure it at the top level (checkout.*).");
		}
		return account;
	}

	private static List<String> requireEntries(String property, List<String> keys) {
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			if (key == null || key.isBlank() || key.startsWith("${")) {
				// Never the value: it may be most of a key.
				throw new CheckoutConfigurationException(property + "[" + i + "]",
						"is blank or an unresolved placeholder",
						"Set it to a signature key from the Checkout.com Dashboard, or remove the entry.");
			}
		}
		return keys;
	}

	private static CheckoutConfigurationException missingSignatureKey() {
		return new CheckoutConfigurationException("checkout.webhooks.signature-key",
				"is required when checkout.webhooks.enabled is true (every webhook is verified with it)",
				"Set 'checkout.webhooks.signature-key' to the signature key of your webhook in the Checkout.com"
						+ " Dashboard, e.g. signature-key: ${CHECKOUT_WEBHOOKS_SIGNATURE_KEY} with that environment variable"
						+ " (during a rotation, list the old and the new key in 'checkout.webhooks.signature-keys'),"
						+ " or set 'checkout.webhooks.enabled' to false.");
	}

}
