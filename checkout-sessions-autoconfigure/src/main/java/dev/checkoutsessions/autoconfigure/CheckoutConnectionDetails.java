package dev.checkoutsessions.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the client connects and with which credentials, in Spring Boot's
 * {@link ConnectionDetails} convention: by default taken from the {@code checkout.*}
 * properties; a bean of this type (contributed by a test annotation such as the
 * emulator's, or by container support) replaces them without rewriting the properties.
 *
 * @since 0.1.0
 */
public interface CheckoutConnectionDetails extends ConnectionDetails {

	/**
	 * The Sessions API base URL, or {@code null} for the one of
	 * {@code checkout.environment}.
	 * @return the base URL or {@code null}
	 */
	@Nullable String getBaseUrl();

	/**
	 * The OAuth token endpoint, or {@code null} for the one of
	 * {@code checkout.environment}.
	 * @return the token URL or {@code null}
	 */
	@Nullable String getTokenUrl();

	/**
	 * The OAuth client ID (access key ID, {@code ack_…}).
	 * @return the client ID, or {@code null} when none is configured
	 */
	@Nullable String getClientId();

	/**
	 * The OAuth client secret.
	 * @return the client secret, or {@code null} when none is configured
	 */
	@Nullable String getClientSecret();

	/**
	 * Where the configured account {@code checkout.accounts.<name>} connects and with
	 * which credentials, or {@code null} to take them from that account's properties.
	 * @param name the account's name as configured
	 * @return the account's connection details, or {@code null}
	 * @since 0.2.0
	 */
	default @Nullable CheckoutConnectionDetails account(String name) {
		return null;
	}

}
