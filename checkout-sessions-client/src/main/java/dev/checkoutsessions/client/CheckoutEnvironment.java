package dev.checkoutsessions.client;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Checkout.com environments and their API and OAuth token hosts.
 *
 * @since 0.1.0
 */
public enum CheckoutEnvironment {

	/** Test environment: {@code api.sandbox.checkout.com}. */
	SANDBOX(".sandbox.checkout.com"),

	/** Live environment: {@code api.checkout.com}. */
	PRODUCTION(".checkout.com");

	private final String hostSuffix;

	CheckoutEnvironment(String hostSuffix) {
		this.hostSuffix = hostSuffix;
	}

	/**
	 * API base URL, optionally on the merchant-specific subdomain
	 * ({@code https://{prefix}.api…}).
	 * @param subdomain the validated merchant prefix or {@code null}
	 * @return the base URL
	 */
	public URI apiBaseUrl(@Nullable String subdomain) {
		return URI.create("https://" + prefix(subdomain) + "api" + this.hostSuffix);
	}

	/**
	 * OAuth token URL, optionally on the merchant-specific subdomain.
	 * @param subdomain the validated merchant prefix or {@code null}
	 * @return the token URL
	 */
	public URI tokenUrl(@Nullable String subdomain) {
		return URI.create("https://" + prefix(subdomain) + "access" + this.hostSuffix + "/connect/token");
	}

	private static String prefix(@Nullable String subdomain) {
		return (subdomain != null) ? subdomain + "." : "";
	}

}
