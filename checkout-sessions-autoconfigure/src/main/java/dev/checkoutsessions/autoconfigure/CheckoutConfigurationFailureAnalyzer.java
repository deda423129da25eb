package dev.checkoutsessions.autoconfigure;

import java.util.Map;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * Turns a {@link CheckoutConfigurationException} thrown while the client is built into a
 * startup report that names the {@code checkout.*} property to set and how.
 *
 * @since 0.1.0
 */
class CheckoutConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<CheckoutConfigurationException> {

	/**
	 * Builder parameters checked across properties when the client is built → the
	 * property to blame.
	 */
	private static final Map<String, String> PROPERTIES = Map.of("clientId", "checkout.oauth.client-id", "clientSecret",
			"checkout.oauth.client-secret", "subdomain", "checkout.subdomain", "baseUrl", "checkout.base-url",
			"tokenUrl", "checkout.oauth.token-url", "scopes", "checkout.oauth.scopes");

	/** Property → what to do about it. */
	private static final Map<String, String> FIXES = Map.ofEntries(Map.entry("checkout.oauth.client-id",
			"Set 'checkout.oauth.client-id' to the OAuth client ID (access key ID, ack_...) shown in the "
					+ "Checkout.com Dashboard under Developers > Keys, e.g. through the CHECKOUT_OAUTH_CLIENT_ID "
					+ "environment variable."),
			Map.entry("checkout.oauth.client-secret",
					"Set 'checkout.oauth.client-secret' to the secret of that access key, preferably through the "
							+ "CHECKOUT_OAUTH_CLIENT_SECRET environment variable or a secret store rather than a file "
							+ "under version control."),
			Map.entry("checkout.subdomain",
					"Set 'checkout.subdomain' to your account prefix (lowercase letters and digits, optionally "
							+ "prefixed with 'pl-') from the Dashboard under Developers > Overview, or remove it to use "
							+ "the global hosts."),
			Map.entry("checkout.base-url",
					"Set 'checkout.base-url' to an absolute https:// URL without credentials, query or fragment "
							+ "(http:// only for localhost or a loopback address, e.g. an emulator), or remove it to "
							+ "use the host of 'checkout.environment'."),
			Map.entry("checkout.oauth.token-url",
					"Set 'checkout.oauth.token-url' to an absolute https:// URL without credentials, query or "
							+ "fragment (http:// only for a loopback address), or remove it to use the token host of "
							+ "'checkout.environment'."),
			Map.entry("checkout.oauth.scopes",
					"Set 'checkout.oauth.scopes' to a comma-separated list of non-blank scopes, e.g. "
							+ "'sessions:app,sessions:browser', or remove it to use the default."),
			Map.entry("checkout.http.connect-timeout",
					"Set 'checkout.http.connect-timeout' to a positive duration, e.g. '5s'."),
			Map.entry("checkout.http.read-timeout",
					"Set 'checkout.http.read-timeout' to a positive duration, e.g. '30s'."),
			Map.entry("checkout.http.ssl.bundle",
					"Define the bundle under 'spring.ssl.bundle.jks.<name>' or 'spring.ssl.bundle.pem.<name>', or set "
							+ "'checkout.http.ssl.bundle' to the name of an existing bundle."),
			Map.entry("checkout.retry.max-retries", "Set 'checkout.retry.max-retries' to 0 or more (0 never retries)."),
			Map.entry("checkout.retry.delay", "Set 'checkout.retry.delay' to a duration of 0 or more, e.g. '200ms'."),
			Map.entry("checkout.retry.multiplier", "Set 'checkout.retry.multiplier' to 1.0 or more, e.g. '2'."),
			Map.entry("checkout.retry.max-delay",
					"Set 'checkout.retry.max-delay' to a duration no shorter than 'checkout.retry.delay'."),
			Map.entry("checkout.retry.jitter", "Set 'checkout.retry.jitter' to a duration of 0 or more, e.g. '100ms'."),
			Map.entry("checkout.retry.timeout",
					"Set 'checkout.retry.timeout' to a duration of 0 or more ('0' for no budget), e.g. '15s'."));

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CheckoutConfigurationException cause) {
		String property = PROPERTIES.getOrDefault(cause.getParameter(), cause.getParameter());
		String action = FIXES.getOrDefault(property,
				"Review the Checkout.com Sessions client configuration ('checkout.*' properties and any "
						+ "SessionsClientCustomizer beans).");
		String description = "The Checkout.com Sessions client could not be created: '" + property
				+ "' is missing or invalid.\n\nReason: " + cause.getMessage();
		return new FailureAnalysis(description, action, cause);
	}

}
