package dev.checkoutsessions.autoconfigure;

import dev.checkoutsessions.client.SessionsClientBuilder;

/**
 * Callback that customizes the auto-configured {@link SessionsClientBuilder} after the
 * {@code checkout.*} properties were applied and before the client is built. Beans of
 * this type are applied in {@link org.springframework.core.annotation.Order order}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SessionsClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, already configured from the properties
	 */
	void customize(SessionsClientBuilder builder);

}
