package dev.checkoutsessions.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * The default {@link CheckoutConnectionDetails}: {@code checkout.base-url},
 * {@code checkout.oauth.token-url}, {@code checkout.oauth.client-id} and
 * {@code checkout.oauth.client-secret}.
 */
final class PropertiesCheckoutConnectionDetails implements CheckoutConnectionDetails {

	private final CheckoutProperties properties;

	PropertiesCheckoutConnectionDetails(CheckoutProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public @Nullable String getTokenUrl() {
		return this.properties.getOauth().getTokenUrl();
	}

	@Override
	public @Nullable String getClientId() {
		return this.properties.getOauth().getClientId();
	}

	@Override
	public @Nullable String getClientSecret() {
		return this.properties.getOauth().getClientSecret();
	}

	@Override
	public String toString() {
		// Never the secret.
		return "PropertiesCheckoutConnectionDetails[checkout.*]";
	}

}
