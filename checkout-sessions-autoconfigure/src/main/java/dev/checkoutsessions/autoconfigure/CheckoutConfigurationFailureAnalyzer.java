package dev.checkoutsessions.autoconfigure;

import java.util.Map;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * Turns a {@link CheckoutConfigurationException} thrown while the client is built into a startup report that
 * names the {@code checkout.*} property to set and how.
 *
 * @since 0.1.0
 */
class CheckoutConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<CheckoutConfigurationException> {

	/** Builder parameter → property, and what to do about it. */
	private static final Map<String, Fix> FIXES = Map.ofEntries(
			Map.entry("clientId", new Fix("checkout.oauth.client-id",
					"Set 'checkout.oauth.client-id' to the OAuth client ID (access key ID, ack_...) shown in the "
							+ "Checkout.com Dashboard under Developers > Keys, e.g. through the CHECKOUT_OAUTH_CLIENT_ID "
							+ "environment variable.")),
			Map.entry("clientSecret", new Fix("checkout.oauth.client-secret",
					"Set 'checkout.oauth.client-secret' to the secret of that access key, preferably through the "
							+ "CHECKOUT_OAUTH_CLIENT_SECRET environment variable or a secret store rather than a file "
							+ "under version control.")),
			Map.entry("subdomain", new Fix("checkout.subdomain",
					"Set 'checkout.subdomain' to your account prefix (lowercase letters and digits, optionally "
							+ "prefixed with 'pl-') from the Dashboard under Developers > Overview, or remove it to use "
							+ "the global hosts.")),
			Map.entry("baseUrl", new Fix("checkout.base-url",
					"Set 'checkout.base-url' to an absolute https:// URL without credentials, query or fragment "
							+ "(http:// only for localhost or a loopback address, e.g. an emulator), or remove it to "
							+ "use the host of 'checkout.environment'.")),
			Map.entry("tokenUrl", new Fix("checkout.oauth.token-url",
					"Set 'checkout.oauth.token-url' to an absolute https:// URL without credentials, query or "
							+ "fragment (http:// only for a loopback address), or remove it to use the token host of "
							+ "'checkout.environment'.")),
			Map.entry("scopes", new Fix("checkout.oauth.scopes",
					"Set 'checkout.oauth.scopes' to a comma-separated list of non-blank scopes, e.g. "
							+ "'sessions:app,sessions:browser', or remove it to use the default.")),
			Map.entry("connectTimeout", new Fix("checkout.http.connect-timeout",
					"Set 'checkout.http.connect-timeout' to a positive duration, e.g. '5s'.")),
			Map.entry("readTimeout", new Fix("checkout.http.read-timeout",
					"Set 'checkout.http.read-timeout' to a positive duration, e.g. '30s'.")),
			Map.entry("checkout.http.ssl.bundle", new Fix("checkout.http.ssl.bundle",
					"Define the bundle under 'spring.ssl.bundle.jks.<name>' or 'spring.ssl.bundle.pem.<name>', or set "
							+ "'checkout.http.ssl.bundle' to the name of an existing bundle.")),
			Map.entry("checkout.retry.max-delay", new Fix("checkout.retry.max-delay",
					"Set 'checkout.retry.max-delay' to a duration no shorter than 'checkout.retry.delay'.")));

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CheckoutConfigurationException cause) {
		Fix fix = FIXES.get(cause.getParameter());
		String property = (fix != null) ? fix.property() : cause.getParameter();
		String action = (fix != null) ? fix.action()
				: "Review the Checkout.com Sessions client configuration ('checkout.*' properties and any "
						+ "SessionsClientCustomizer beans).";
		String description = "The Checkout.com Sessions client could not be created: '" + property
				+ "' is missing or invalid.\n\nReason: " + cause.getMessage();
		return new FailureAnalysis(description, action, cause);
	}

	private record Fix(String property, String action) {
	}

}
