package dev.checkoutsessions.client;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Base URLs per environment and subdomain, and settings that are refused with a message
 * naming the parameter and saying how to fix it.
 */
class ClientConfigurationTests {

	@Test
	void environmentsAndSubdomainsPickApiAndTokenHosts() {
		assertThat(CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, null, null, null, false))
			.isEqualTo(new CheckoutEndpoints(URI.create("https://api.sandbox.checkout.com"),
					URI.create("https://access.sandbox.checkout.com/connect/token")));
		assertThat(CheckoutEndpoints.resolve(CheckoutEnvironment.PRODUCTION, null, null, null, false))
			.isEqualTo(new CheckoutEndpoints(URI.create("https://api.checkout.com"),
					URI.create("https://access.checkout.com/connect/token")));
		assertThat(CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, "vkuhvk4v", null, null, false))
			.isEqualTo(new CheckoutEndpoints(URI.create("https://vkuhvk4v.api.sandbox.checkout.com"),
					URI.create("https://vkuhvk4v.access.sandbox.checkout.com/connect/token")));
		assertThat(CheckoutEndpoints.resolve(CheckoutEnvironment.PRODUCTION, "pl-vkuhvk4v", null, null, false))
			.isEqualTo(new CheckoutEndpoints(URI.create("https://pl-vkuhvk4v.api.checkout.com"),
					URI.create("https://pl-vkuhvk4v.access.checkout.com/connect/token")));
	}

	@Test
	void explicitUrlsOverrideTheEnvironment() {
		CheckoutEndpoints endpoints = CheckoutEndpoints.resolve(CheckoutEnvironment.PRODUCTION, "vkuhvk4v",
				URI.create("http://127.0.0.1:8089/"), URI.create("http://localhost:8089/connect/token"), false);
		assertThat(endpoints.apiBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:8089"));
		assertThat(endpoints.tokenUrl()).isEqualTo(URI.create("http://localhost:8089/connect/token"));
		assertThat(CheckoutEndpoints
			.resolve(CheckoutEnvironment.SANDBOX, null, URI.create("http://[::1]:9/api"), null, false)
			.apiBaseUrl()).isEqualTo(URI.create("http://[::1]:9/api"));
	}

	@Test
	void invalidSubdomainIsRefusedNotIgnored() {
		for (String bad : new String[] { "VKUHVK4V", "cli_vkuhvk4v", "evil.example.com/", "a b", "" }) {
			assertThatExceptionOfType(CheckoutConfigurationException.class).as(bad)
				.isThrownBy(() -> CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, bad, null, null, false))
				.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("subdomain"))
				.withMessageContaining("first 8 characters of your client ID");
		}
	}

	@Test
	void aWholeAccountIdGivenAsSubdomainIsNamedForWhatItIs() {
		for (String accountId : new String[] { "vkuhvk4vjn2edkps7dfsq6emqm", "cli_vkuhvk4vjn2edkps7dfsq6emqm" }) {
			assertThatExceptionOfType(CheckoutConfigurationException.class).as(accountId)
				.isThrownBy(() -> CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, accountId, null, null, false))
				.withMessageContaining("holds a whole account ID, not its prefix");
		}
	}

	@Test
	void plainHttpIsRefusedForNonLoopbackHosts() {
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, null,
					URI.create("http://api.sandbox.checkout.com"), null, false))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("baseUrl"))
			.withMessageContaining("use https://");
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, null, null,
					URI.create("http://10.0.0.8/connect/token"), false))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("tokenUrl"));
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, null,
					URI.create("https://user:pass@api.checkout.com"), null, false))
			.withMessageContaining("must not contain credentials");
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, null, URI.create("/relative"),
					null, false))
			.withMessageContaining("absolute https:// URL");
	}

	@Test
	void plainHttpToAnotherHostIsAcceptedOnlyWhenAllowedExplicitly() {
		URI emulator = URI.create("http://emulator:8089");
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> CheckoutEndpoints.resolve(CheckoutEnvironment.SANDBOX, null, emulator, null, false))
			.withMessageContaining("allowPlainHttpToAnyHost");
		assertThat(CheckoutEndpoints
			.resolve(CheckoutEnvironment.SANDBOX, null, emulator, URI.create("http://emulator:8089/connect/token"),
					true)
			.apiBaseUrl()).isEqualTo(emulator);
	}

	@Test
	void missingCredentialsNameTheParameterWithoutEchoingTheSecret() {
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> SessionsClient.builder().build())
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("clientId"));
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> SessionsClient.builder().clientCredentials("ack_x", " ").build())
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("clientSecret"))
			.withMessageContaining("ack_x");
	}

	@Test
	void timeoutsMustBePositive() {
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> SessionsClient.builder().readTimeout(Duration.ZERO))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("readTimeout"));
	}

	@Test
	void idleConnectionLimitsOutOfRangeAreRefusedNamingTheParameter() {
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> ClientSettings.defaults().withMaxIdleTime(Duration.ZERO))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("maxIdleTime"))
			.withMessageContaining("must be a positive duration, was PT0S")
			.withMessageContaining("every call would connect anew");
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> ClientSettings.defaults().withValidateAfterInactivity(Duration.ofMillis(-1)))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("validateAfterInactivity"))
			.withMessageContaining("must not be negative, was PT-0.001S");
		assertThat(ClientSettings.defaults().withValidateAfterInactivity(Duration.ZERO).validateAfterInactivity())
			.as("zero checks every connection before every request")
			.isZero();
	}

	@Test
	void retrySettingsRejectNonsenseNamingTheParameter() {
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> ClientSettings.Retry.defaults().withMaxRetries(-1))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("retry.maxRetries"));
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> ClientSettings.Retry.defaults().withMultiplier(0.5))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("retry.multiplier"));
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> ClientSettings.Retry.defaults().withDelays(Duration.ofSeconds(5), Duration.ofSeconds(1)))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("retry.maxDelay"))
			.satisfies((ex) -> assertThat(ex.getFix()).contains("retry.maxDelay"));
		assertThat(ClientSettings.Retry.disabled().attemptsAfterTheFirst()).isZero();
	}

	@Test
	void settingsAreImmutableAndEachWithIsValidated() {
		ClientSettings.Retry fewer = ClientSettings.Retry.defaults().withMaxRetries(1);
		assertThat(fewer.maxRetries()).isEqualTo(1);
		assertThat(ClientSettings.Retry.defaults().maxRetries()).isEqualTo(3);
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> ClientSettings.Retry.defaults().withJitter(Duration.ofMillis(-1)))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("retry.jitter"));
		ClientSettings quick = ClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(1));
		assertThat(quick.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
		assertThat(quick.readTimeout()).isEqualTo(ClientSettings.defaults().readTimeout());
		assertThatExceptionOfType(CheckoutConfigurationException.class)
			.isThrownBy(() -> ClientSettings.defaults().withReadTimeout(Duration.ZERO))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("readTimeout"))
			.withMessageContaining("must be a positive duration")
			.withMessageNotContaining("checkout.");
	}

}
