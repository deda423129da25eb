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
 * {@link InvalidCheckoutSettingsFailureAnalyzer} tells the user about them: every value
 * the client rejects, named by its property.
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
		assertThat(analyzers).hasAtLeastOneElementOfType(InvalidCheckoutSettingsFailureAnalyzer.class);
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
		assertThat(analysis.getAction()).contains("checkout.subdomain: Set the first 8 characters");
		assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cr3t");
	}

	@Test
	void plainHttpBaseUrlToARemoteHostNamesTheBaseUrlProperty() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", "checkout.base-url=http://api.example.com");
		assertThat(analysis.getDescription()).contains("'checkout.base-url'").contains("http://");
		assertThat(analysis.getAction()).contains("https://").contains("'checkout.allow-plain-http-to-any-host'");
	}

	@Test
	void plainHttpToAnEmulatorOnAnotherHostIsAcceptedOnlyWhenAllowedByName() {
		this.contextRunner
			.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t",
					"checkout.base-url=http://emulator:8089",
					"checkout.oauth.token-url=http://emulator:8089/connect/token",
					"checkout.allow-plain-http-to-any-host=true")
			.run((context) -> assertThat(context).hasNotFailed());
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
	void everyRejectedValueIsReportedAtOnce() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", "checkout.http.read-timeout=0s", "checkout.retry.multiplier=0.5",
				"checkout.rate-limit.instances=0");
		assertThat(analysis.getDescription()).contains("found 3 problems")
			.contains("'checkout.http.read-timeout' must be a positive duration")
			.contains("'checkout.retry.multiplier' must be 1.0 or more")
			.contains("'checkout.rate-limit.instances' must be 1 or more");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "checkout.retry.multiplier=0.5 | 'checkout.retry.multiplier' must be 1.0 or more",
					"checkout.retry.max-retries=-1 | 'checkout.retry.max-retries' must be 0 or more",
					"checkout.retry.delay=-1s | 'checkout.retry.delay' must not be negative",
					"checkout.retry.jitter=-1ms | 'checkout.retry.jitter' must not be negative",
					"checkout.http.connect-timeout=0s | 'checkout.http.connect-timeout' must be a positive duration" })
	void eachRejectedValueNamesItsOwnProperty(String setting, String reason) {
		String property = setting.substring(0, setting.indexOf('='));
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", setting);
		assertThat(analysis.getDescription()).contains(reason);
		assertThat(analysis.getAction()).contains(property + ": ");
	}

	@Test
	void maxDelayShorterThanTheDefaultDelayIsBlamedOnMaxDelay() {
		FailureAnalysis analysis = analyzeStartup("checkout.oauth.client-id=ack_test",
				"checkout.oauth.client-secret=s3cr3t", "checkout.retry.max-delay=100ms");
		assertThat(analysis.getDescription())
			.contains("'checkout.retry.max-delay' (PT0.1S) must not be shorter than 'checkout.retry.delay' (PT0.2S)");
	}

	private FailureAnalysis analyzeStartup(String... properties) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		this.contextRunner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = new InvalidCheckoutSettingsFailureAnalyzer().analyze(context.getStartupFailure());
		});
		assertThat(analysis[0]).as("failure analysis").isNotNull();
		return analysis[0];
	}

}
