package dev.checkoutsessions.emulator.test;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * Starts the emulator for one test context, exposes it as a bean and as {@code checkout.*} properties, and stops it
 * when the context closes. All instances are equal, so annotated tests with otherwise equal configuration share a
 * cached context.
 */
final class SessionsEmulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "sessionsEmulator";

	static final String PROPERTY_SOURCE_NAME = "checkoutSessionsEmulator";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		SessionsEmulator emulator = SessionsEmulator.start();
		context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		// First, so the emulator wins over application.yml values meant for the real API.
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(
				"checkout.base-url", emulator.baseUrl(),
				"checkout.oauth.token-url", emulator.tokenUrl(),
				"checkout.oauth.client-id", emulator.clientId(),
				"checkout.oauth.client-secret", emulator.clientSecret(),
				"checkout.processing-channel-id", emulator.processingChannelId())));
		// Manually registered singletons get no destroy callback, so stop the server with the context.
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				emulator.close();
			}
		});
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}
}
