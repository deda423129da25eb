package dev.checkoutsessions.sample;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * Starts the Sessions emulator in-process when no Checkout.com keys are configured, and
 * points {@code checkout.*} at it, so a fresh clone runs the whole 3DS flow offline. It
 * runs before the context exists, because the starter reads {@code checkout.*} while the
 * context refreshes.
 */
public class EmbeddedEmulatorEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * The bean name under which the running emulator is registered (tests read its
	 * request counts).
	 */
	public static final String EMULATOR_BEAN_NAME = "sessionsEmulator";

	static final String PROPERTY_SOURCE_NAME = "embeddedSessionsEmulator";

	static final String CLIENT_ID_PROPERTY = "checkout.oauth.client-id";

	static final String SIGNATURE_KEY_PROPERTY = "checkout.webhooks.signature-key";

	@Override
	public int getOrder() {
		// After application.yml is loaded: it maps CHECKOUT_OAUTH_CLIENT_ID, possibly to
		// an empty string.
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty(CLIENT_ID_PROPERTY))) {
			return;
		}
		SessionsEmulator emulator = SessionsEmulator.start();
		// First, so the emulator's values win over the empty ones application.yml maps
		// from the environment. The
		// emulator signs its webhooks with a key made up here; EmbeddedEmulatorWebhooks
		// points them at this app.
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("checkout.base-url", emulator.baseUrl(), "checkout.oauth.token-url", emulator.tokenUrl(),
							CLIENT_ID_PROPERTY, emulator.clientId(), "checkout.oauth.client-secret",
							emulator.clientSecret(), "checkout.processing-channel-id", emulator.processingChannelId(),
							"checkout.webhooks.enabled", "true", SIGNATURE_KEY_PROPERTY, newSignatureKey())));
		application.addInitializers((ConfigurableApplicationContext context) -> register(context, emulator));
	}

	private static String newSignatureKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return HexFormat.of().formatHex(key);
	}

	/**
	 * A manually registered singleton gets no destroy callback, so the emulator is also
	 * registered as a disposable bean: that stops it when the context closes and when its
	 * refresh fails.
	 */
	private static void register(ConfigurableApplicationContext context, SessionsEmulator emulator) {
		DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
		beanFactory.registerSingleton(EMULATOR_BEAN_NAME, emulator);
		beanFactory.registerDisposableBean(EMULATOR_BEAN_NAME, emulator::close);
	}

}
