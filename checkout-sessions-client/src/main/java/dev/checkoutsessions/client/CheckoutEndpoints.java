package dev.checkoutsessions.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where the client sends API and token requests, validated once at build time.
 */
record CheckoutEndpoints(URI apiBaseUrl, URI tokenUrl) {

	// Same rule as Checkout.com's own SDKs (optional "pl-" for private-link hosts);
	// unlike them an invalid prefix is an error here, never a silent fall-back to the
	// global host.
	private static final Pattern SUBDOMAIN = Pattern.compile("(?:pl-)?[a-z0-9]{1,32}");

	static CheckoutEndpoints resolve(CheckoutEnvironment environment, @Nullable String subdomain, @Nullable URI baseUrl,
			@Nullable URI tokenUrl, boolean plainHttpToAnyHost) {
		String prefix = (subdomain != null) ? validateSubdomain(subdomain) : null;
		URI api = (baseUrl != null) ? validateUrl(baseUrl, "baseUrl", plainHttpToAnyHost)
				: environment.apiBaseUrl(prefix);
		URI token = (tokenUrl != null) ? validateUrl(tokenUrl, "tokenUrl", plainHttpToAnyHost)
				: environment.tokenUrl(prefix);
		return new CheckoutEndpoints(stripTrailingSlash(api), token);
	}

	/**
	 * Every endpoint setting the client would reject, each as the exception
	 * {@link #resolve} would throw for it, so that all of them are reported together.
	 */
	static List<CheckoutConfigurationException> problems(@Nullable String subdomain, @Nullable String baseUrl,
			@Nullable String tokenUrl, boolean plainHttpToAnyHost) {
		List<CheckoutConfigurationException> problems = new ArrayList<>();
		collect(problems, () -> {
			if (subdomain != null && !subdomain.isBlank()) {
				validateSubdomain(subdomain);
			}
		});
		collect(problems, () -> {
			URI url = uri(baseUrl, "baseUrl");
			if (url != null) {
				validateUrl(url, "baseUrl", plainHttpToAnyHost);
			}
		});
		collect(problems, () -> {
			URI url = uri(tokenUrl, "tokenUrl");
			if (url != null) {
				validateUrl(url, "tokenUrl", plainHttpToAnyHost);
			}
		});
		return problems;
	}

	private static void collect(List<CheckoutConfigurationException> problems, Runnable check) {
		try {
			check.run();
		}
		catch (CheckoutConfigurationException ex) {
			problems.add(ex);
		}
	}

	static @Nullable URI uri(@Nullable String value, String parameter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return URI.create(value.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new CheckoutConfigurationException(parameter, "'" + value + "' is not a valid URL",
					"Give an absolute URL such as https://host/path.");
		}
	}

	static String validateSubdomain(String subdomain) {
		if (subdomain.matches("(?:cli_)?[a-z0-9]{26}")) {
			throw new CheckoutConfigurationException("subdomain", "holds a whole account ID, not its prefix",
					"Set only the first 8 characters after 'cli_' of the account ID (for cli_abcd1234… that is "
							+ "abcd1234).");
		}
		if (!SUBDOMAIN.matcher(subdomain).matches()) {
			throw new CheckoutConfigurationException("subdomain",
					"'" + subdomain + "' is not a valid Checkout.com account prefix",
					"Set the first 8 characters of your client ID without 'cli_' (lowercase letters and digits, "
							+ "optionally prefixed with 'pl-'), as shown in the Dashboard under Developers > Overview, "
							+ "or none for the global hosts.");
		}
		return subdomain;
	}

	static URI validateUrl(URI url, String parameter, boolean plainHttpToAnyHost) {
		// Checked first, and without echoing the URL: its user info may be a password.
		if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
			throw new CheckoutConfigurationException(parameter, "must not contain credentials, a query or a fragment",
					"Use scheme, host, port and path only.");
		}
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!url.isAbsolute() || url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new CheckoutConfigurationException(parameter, "'" + url + "' is not an absolute https:// URL",
					"Set an absolute https:// URL, e.g. https://api.sandbox.checkout.com, or none for the "
							+ "environment's host.");
		}
		if (scheme.equals("http") && !plainHttpToAnyHost && !isLoopback(url.getHost())) {
			throw new CheckoutConfigurationException(parameter,
					"'" + url + "' uses plain http:// for a non-loopback host; credentials and card data must travel "
							+ "over TLS",
					"Change it to use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1], e.g. an "
							+ "emulator), or, for an emulator on another host of a test network and never in "
							+ "production, set allowPlainHttpToAnyHost.");
		}
		return url;
	}

	static boolean isLoopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		// Only literal addresses are checked: resolving a name here would make validation
		// depend on DNS.
		if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static URI stripTrailingSlash(URI url) {
		String text = url.toString();
		return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
	}

}
