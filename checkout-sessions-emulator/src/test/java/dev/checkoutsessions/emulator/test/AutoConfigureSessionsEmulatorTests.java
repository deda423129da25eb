package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import dev.checkoutsessions.emulator.SessionsEmulator;

@SpringJUnitConfig(AutoConfigureSessionsEmulatorTests.EmptyConfiguration.class)
@AutoConfigureSessionsEmulator
class AutoConfigureSessionsEmulatorTests {

	@Autowired
	SessionsEmulator emulator;

	@Autowired
	Environment environment;

	@Value("${checkout.oauth.token-url}")
	String tokenUrl;

	@Test
	void pointsTheCheckoutPropertiesAtTheEmulator() {
		assertThat(environment.getProperty("checkout.base-url")).isEqualTo(emulator.baseUrl());
		assertThat(tokenUrl).isEqualTo(emulator.tokenUrl());
		assertThat(environment.getProperty("checkout.oauth.client-id")).isEqualTo(emulator.clientId());
		assertThat(environment.getProperty("checkout.oauth.client-secret")).isEqualTo(emulator.clientSecret());
		assertThat(environment.getProperty("checkout.processing-channel-id")).isEqualTo(emulator.processingChannelId());
	}

	@Test
	void theInjectedEmulatorIsRunning() throws Exception {
		HttpResponse<String> reply = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(environment.getProperty("checkout.base-url") + "/sessions/sid_x"))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(reply.statusCode()).isEqualTo(401);
		assertThat(reply.headers().firstValue("Cko-Request-Id")).isPresent();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
