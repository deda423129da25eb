package dev.checkoutsessions.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Startup failures of a misconfigured client, and what
 * {@link CheckoutConfigurationFailureAnalyzer} tells the user about them.
 */
class CheckoutConfigurationFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ImperativeHttpClientAutoConfiguration.class,
				SslAutoConfiguration.class, RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class));

	@Test
	void isRegisteredAsAFailureAnalyzer() {
		// Other analyzers need constructor arguments this test does not provide: skip
		// them.
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, (type, name, failure) -> {
			});
		assertThat(analyzers).hasAtLeastOneElementOfType(CheckoutConfigurationFailureAnalyzer.class);
	}

	@Test
	void missingClientIdNamesTheClientIdProperty() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-secret=s3cr3t");
		assertThat(analysis.getDescription()).contains("'checkout.oauth.client-id' is not set");
		assertThat(analysis.getAction()).contains("Set 'checkout.oauth.client-id'");
	}

	@Test
	void missingClientSecretNamesTheClientSecretPropertyAndDoesNotEchoSecrets() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test");
		assertThat(analysis.getDescription()).contains("'checkout.oauth.client-secret' is not set")
			.doesNotContain("ack_test");
		assertThat(analysis.getAction()).contains("Set 'checkout.oauth.client-secret'");
	}

	@Test
	void invalidSubdomainNamesTheSubdomainProperty() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", "checkout.subdomain=Not_Valid!");
		assertThat(analysis.getDescription()).contains("'checkout.subdomain'").contains("Not_Valid!");
		assertThat(analysis.getAction()).contains("Set 'checkout.subdomain'");
		assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cr3t");
	}

	@Test
	void plainHttpBaseUrlToARemoteHostNamesTheBaseUrlProperty() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", "checkout.base-url=http://api.example.com");
		assertThat(analysis.getDescription()).contains("'checkout.base-url'").contains("http://");
		assertThat(analysis.getAction()).contains("https://");
	}

	@Test
	void plainHttpBaseUrlToLoopbackIsAccepted() {
		this.contextRunner
			.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t",
					"checkout.base-url=http://127.0.0.1:8089", "checkout.oauth.token-url=http://localhost:8089/token")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void unknownSslBundleNamesTheBundleProperty() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", "checkout.http.ssl.bundle=missing");
		assertThat(analysis.getDescription()).contains("'checkout.http.ssl.bundle'").contains("missing");
		assertThat(analysis.getAction()).contains("spring.ssl.bundle");
	}

	@Test
	void maxDelayShorterThanDelayNamesTheMaxDelayProperty() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", "checkout.retry.delay=5s", "checkout.retry.max-delay=1s");
		assertThat(analysis.getDescription()).contains("'checkout.retry.max-delay'");
	}

	@Test
	void invalidDurationFailsBindingWithThePropertyNamed() {
		this.contextRunner
			.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t",
					"checkout.http.read-timeout=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'checkout.http.read-timeout' must be a positive duration"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "checkout.retry.multiplier=0.5 | 'checkout.retry.multiplier' must be 1.0 or more",
					"checkout.retry.max-retries=-1 | 'checkout.retry.max-retries' must be 0 or more",
					"checkout.retry.delay=-1s | 'checkout.retry.delay' must not be negative",
					"checkout.retry.jitter=-1ms | 'checkout.retry.jitter' must not be negative",
					"checkout.retry.timeout=-1s | 'checkout.retry.timeout' must not be negative",
					"checkout.http.connect-timeout=0s | 'checkout.http.connect-timeout' must be a positive duration" })
	void eachRejectedValueNamesItsOwnProperty(String setting, String reason) {
		String property = setting.substring(0, setting.indexOf('='));
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", setting);
		assertThat(analysis.getDescription()).contains("'" + property + "' is missing or invalid").contains(reason);
		assertThat(analysis.getAction()).contains("Set '" + property + "'");
	}

	@Test
	void maxDelayShorterThanTheDefaultDelayIsBlamedOnMaxDelay() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", "checkout.retry.max-delay=100ms");
		assertThat(analysis.getDescription()).contains("'checkout.retry.max-delay' (PT0.1S) must not be shorter");
	}

	private FailureAnalysis analyzeStartup(String... properties) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		this.contextRunner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			// Missing credentials are found by the startup check, which reports every
			// problem at once; values the
			// client itself rejects by the client's own analyzer.
			Throwable failure = context.getStartupFailure();
			FailureAnalysis client = new CheckoutConfigurationFailureAnalyzer().analyze(failure);
			analysis[0] = (client != null) ? client : new InvalidCheckoutSettingsFailureAnalyzer().analyze(failure);
		});
		assertThat(analysis[0]).as("failure analysis").isNotNull();
		return analysis[0];
	}

}
