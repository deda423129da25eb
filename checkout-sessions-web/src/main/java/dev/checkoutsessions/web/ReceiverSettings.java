package dev.checkoutsessions.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;

import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * Checks the web features' settings at startup (public for their packages, not an API). A
 * failure is the client's {@link CheckoutConfigurationException} naming the property, the
 * problem and the fix, so the starter reports it like every other {@code checkout.*}
 * setting.
 */
public final class ReceiverSettings {

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

	public static String requireSignatureKey(@Nullable String key) {
		if (key == null || key.isBlank() || key.startsWith("${")) {
			throw new CheckoutConfigurationException("checkout.webhooks.signature-key",
					"is required when checkout.webhooks.enabled is true (every webhook is verified with it)",
					"Set 'checkout.webhooks.signature-key' to the signature key of your webhook in the Checkout.com"
							+ " Dashboard, e.g. signature-key: ${CHECKOUT_WEBHOOKS_SIGNATURE_KEY} with that environment variable, or"
							+ " set 'checkout.webhooks.enabled' to false.");
		}
		return key;
	}

}
