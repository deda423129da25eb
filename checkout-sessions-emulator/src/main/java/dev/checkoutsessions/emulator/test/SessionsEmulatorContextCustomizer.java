package dev.checkoutsessions.emulator.test;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * Starts the emulator for one test context, exposes it as a bean and, with the starter
 * present, as a {@code CheckoutConnectionDetails} bean ({@code checkout.*} properties
 * otherwise), and stops it when the context closes. Each configured account
 * ({@code checkout.accounts.<name>.*}) is served by an emulator account of its own.
 * Instances with the same settings are equal, so annotated tests with otherwise equal
 * configuration share a cached context.
 */
final class SessionsEmulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "sessionsEmulator";

	static final String PROPERTY_SOURCE_NAME = "checkoutSessionsEmulator";

	static final String SIGNATURE_KEY_PROPERTY = "checkout.webhooks.signature-key";

	static final String AUTHORIZATION_PROPERTY = "checkout.webhooks.authorization-header";

	static final String WEBHOOKS_ENABLED_PROPERTY = "checkout.webhooks.enabled";

	static final String WEBHOOKS_PATH_PROPERTY = "checkout.webhooks.path";

	static final String DEFAULT_WEBHOOKS_PATH = "/checkout/webhooks";

	static final String PROCESSING_CHANNEL_PROPERTY = "checkout.processing-channel-id";

	static final String CONNECTION_DETAILS = "dev.checkoutsessions.autoconfigure.CheckoutConnectionDetails";

	static final String CONNECTION_DETAILS_BEAN_NAME = "sessionsEmulatorConnectionDetails";

	private static final Pattern PROCESSING_CHANNEL = Pattern.compile("pc_\\w{26}");

	private final boolean webhooks;

	SessionsEmulatorContextCustomizer(boolean webhooks) {
		this.webhooks = webhooks;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		ConfigurableEnvironment environment = context.getEnvironment();
		ConfiguredAccounts accounts = ConfiguredAccounts.in(environment);
		// The application's own channel stays: its code may send it explicitly, so the
		// emulator accepts it.
		String ownChannel = ownProcessingChannel(environment, PROCESSING_CHANNEL_PROPERTY);
		SessionsEmulator.Builder builder = SessionsEmulator.builder();
		if (ownChannel != null) {
			builder.processingChannelId(ownChannel);
		}
		accounts.register(builder);
		SessionsEmulator emulator = builder.start();
		context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		// In the accounts' order: the first property source decides the order in which
		// the starter binds checkout.accounts, and SessionsClients.names() keeps it.
		Map<String, Object> properties = new LinkedHashMap<>();
		ClassLoader classLoader = context.getClassLoader();
		if (ClassUtils.isPresent(CONNECTION_DETAILS, classLoader)) {
			// Boot's connection-details convention: the starter takes URLs and
			// credentials from this bean instead
			// of checkout.* properties, so the application's configuration is left as it
			// is.
			context.getBeanFactory()
				.registerSingleton(CONNECTION_DETAILS_BEAN_NAME,
						EmulatorConnectionDetails.create(ClassUtils.resolveClassName(CONNECTION_DETAILS, classLoader),
								emulator, accounts.servedBy(emulator)));
		}
		else {
			properties.put("checkout.base-url", emulator.baseUrl());
			properties.put("checkout.oauth.token-url", emulator.tokenUrl());
			properties.put("checkout.oauth.client-id", emulator.clientId());
			properties.put("checkout.oauth.client-secret", emulator.clientSecret());
			accounts.putConnectionProperties(emulator, properties);
		}
		// With configured accounts and no top-level client the top level is no account,
		// and the starter refuses a top-level channel that no account would use.
		boolean topLevelAccount = accounts.names().isEmpty()
				|| resolvedOrNull(environment, "checkout.oauth.client-id") != null;
		if (ownChannel == null && topLevelAccount) {
			properties.put(PROCESSING_CHANNEL_PROPERTY, emulator.processingChannelId());
		}
		accounts.putProcessingChannels(emulator, properties);
		// An application that receives webhooks keeps its key in the environment
		// (${CHECKOUT_WEBHOOKS_SIGNATURE_KEY}): its tests, with or without webhooks from
		// the emulator, get one rather than failing to start for want of the secret.
		boolean receivesWebhooks = webhooks
				|| Boolean.parseBoolean(resolvedOrNull(environment, WEBHOOKS_ENABLED_PROPERTY));
		if (receivesWebhooks) {
			String key = resolvedOrNull(environment, SIGNATURE_KEY_PROPERTY);
			// Without a top-level account the plain path receives nothing (404), as it
			// does in production: no key is made up for it.
			if ((key == null || key.isBlank()) && topLevelAccount) {
				key = generatedKey();
				properties.put(SIGNATURE_KEY_PROPERTY, key);
			}
			if (key != null && !key.isBlank()) {
				emulator.webhooks().signatureKey(key);
			}
			accounts.putWebhookKeys(emulator, properties);
		}
		// First, so the emulator wins over application.yml values meant for the real API.
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		context.addApplicationListener(event -> {
			if (webhooks && event instanceof ContextRefreshedEvent refreshed
					&& refreshed.getApplicationContext() == context) {
				deliverWebhooksToApplication(emulator, environment, accounts);
			}
			// Manually registered singletons get no destroy callback, so stop the server
			// with the context.
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				emulator.close();
			}
		});
	}

	/**
	 * The server has started by the time the context is refreshed, so its port is known.
	 */
	private static void deliverWebhooksToApplication(SessionsEmulator emulator, ConfigurableEnvironment environment,
			ConfiguredAccounts accounts) {
		String port = environment.getProperty("local.server.port");
		if (!hasText(port)) {
			throw new IllegalStateException("@AutoConfigureSessionsEmulator(webhooks = true) sends webhooks to the"
					+ " running application, but no server was started: use"
					+ " @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)");
		}
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		String path = environment.getProperty(WEBHOOKS_PATH_PROPERTY, DEFAULT_WEBHOOKS_PATH);
		String receiver = "http://127.0.0.1:" + port + stripTrailingSlash(contextPath) + path;
		String key = resolvedOrNull(environment, SIGNATURE_KEY_PROPERTY);
		if (key != null && !key.isBlank()) {
			emulator.webhooks().deliverTo(receiver, key, resolvedOrNull(environment, AUTHORIZATION_PROPERTY));
		}
		accounts.deliverWebhooks(emulator, receiver);
	}

	/**
	 * The application's own processing channel in this property, when it is well formed.
	 */
	static @Nullable String ownProcessingChannel(ConfigurableEnvironment environment, String property) {
		String channel = resolvedOrNull(environment, property);
		return (channel != null && PROCESSING_CHANNEL.matcher(channel).matches()) ? channel : null;
	}

	/** 32 random bytes in hex, a webhook signature key for a test. */
	static String generatedKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return HexFormat.of().formatHex(key);
	}

	/**
	 * A key such as {@code ${CHECKOUT_WEBHOOKS_SIGNATURE_KEY}} with the variable unset is
	 * no key: tests get one.
	 */
	static @Nullable String resolvedOrNull(ConfigurableEnvironment environment, String property) {
		try {
			return environment.getProperty(property);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String stripTrailingSlash(String path) {
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SessionsEmulatorContextCustomizer customizer && customizer.webhooks == webhooks;
	}

	@Override
	public int hashCode() {
		return Boolean.hashCode(webhooks);
	}

}
