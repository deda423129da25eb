package dev.checkoutsessions.autoconfigure;

import org.apache.hc.core5.util.VersionInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured client on the Apache HttpClient 5 the build put on the classpath:
 * the one Spring Boot manages and, in a second Surefire execution, the oldest supported
 * line (5.5, what Spring Boot 4.0 manages). It starts, and its first calls work.
 */
class HttpComponentsCompatibilityTests {

	private static SessionsEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = SessionsEmulator.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					SessionsClientAutoConfiguration.class))
			.withPropertyValues("checkout.base-url=" + emulator.baseUrl(),
					"checkout.oauth.token-url=" + emulator.tokenUrl(),
					"checkout.oauth.client-id=" + emulator.clientId(),
					"checkout.oauth.client-secret=" + emulator.clientSecret());
	}

	@Test
	void runsOnTheHttpClientTheBuildChose() {
		VersionInfo loaded = VersionInfo.loadVersionInfo("org.apache.hc.client5", getClass().getClassLoader());
		String expected = System.getProperty("httpclient5.expected-version");
		if (expected != null) {
			assertThat(loaded.getRelease()).isEqualTo(expected);
		}
		assertThat(loaded.getRelease()).startsWith("5.");
	}

	@Test
	void autoConfiguredClientUsesHttpClient5AndItsFirstCallsWork() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SessionsClientAutoConfiguration.CheckoutRequestFactory.class).get())
				.isInstanceOf(HttpComponentsClientHttpRequestFactory.class);
			SessionsClient client = context.getBean(SessionsClient.class);
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> client.getSessionDetails("sid_doesnotexist0000000000000"))
				.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
			// A token fetch and a GET went over HttpClient 5's pooled connections.
			assertThat(emulator.requestCount(Endpoint.TOKEN)).isEqualTo(1);
		});
	}

}
