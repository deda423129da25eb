package dev.checkoutsessions.sample;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** When the emulator starts, what it sets, and that it stops with the context. */
class EmbeddedEmulatorEnvironmentPostProcessorTests {

	private final EmbeddedEmulatorEnvironmentPostProcessor postProcessor = new EmbeddedEmulatorEnvironmentPostProcessor();

	@Test
	void emptyClientIdCountsAsNotConfiguredAndTheEmulatorStopsWithTheContext() {
		// what application.yml yields when CHECKOUT_OAUTH_CLIENT_ID is unset
		MockEnvironment environment = new MockEnvironment().withProperty("checkout.oauth.client-id", "")
			.withProperty("checkout.oauth.client-secret", "");
		SpringApplication application = new SpringApplication();
		List<ApplicationContextInitializer<?>> before = new ArrayList<>(application.getInitializers());

		postProcessor.postProcessEnvironment(environment, application);

		String baseUrl = environment.getProperty("checkout.base-url");
		assertThat(baseUrl).startsWith("http://127.0.0.1:");
		assertThat(environment.getProperty("checkout.oauth.token-url")).isEqualTo(baseUrl + "/connect/token");
		assertThat(environment.getProperty("checkout.oauth.client-id")).isNotBlank();
		assertThat(environment.getProperty("checkout.oauth.client-secret")).isNotBlank();
		assertThat(environment.getProperty("checkout.processing-channel-id")).startsWith("pc_");

		List<ApplicationContextInitializer<?>> added = new ArrayList<>(application.getInitializers());
		added.removeAll(before);
		assertThat(added).hasSize(1);
		GenericApplicationContext context = new GenericApplicationContext();
		initialize(added.get(0), context);
		context.refresh();
		assertThat(context.getBean(EmbeddedEmulatorEnvironmentPostProcessor.EMULATOR_BEAN_NAME, SessionsEmulator.class)
			.baseUrl()).isEqualTo(baseUrl);
		assertThat(accepts(baseUrl)).isTrue();
		context.close();
		assertThat(accepts(baseUrl)).isFalse();
	}

	@Test
	void configuredClientIdLeavesTheEnvironmentAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("checkout.oauth.client-id", "ack_configured");
		SpringApplication application = new SpringApplication();
		int initializers = application.getInitializers().size();

		postProcessor.postProcessEnvironment(environment, application);

		assertThat(environment.getPropertySources()
			.contains(EmbeddedEmulatorEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
		assertThat(environment.getProperty("checkout.base-url")).isNull();
		assertThat(application.getInitializers()).hasSize(initializers);
	}

	@SuppressWarnings("unchecked")
	private static void initialize(ApplicationContextInitializer<?> initializer,
			ConfigurableApplicationContext context) {
		((ApplicationContextInitializer<ConfigurableApplicationContext>) initializer).initialize(context);
	}

	private static boolean accepts(String baseUrl) {
		URI uri = URI.create(baseUrl);
		try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
			return socket.isConnected();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
