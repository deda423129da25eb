package dev.checkoutsessions.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import dev.checkoutsessions.client.CheckoutAccountResolver;
import dev.checkoutsessions.client.SessionsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Mistakes of a merchant's first hour stop the application at startup with every problem
 * and its fix at once.
 */
@ExtendWith(OutputCaptureExtension.class)
class CheckoutSettingsCheckTests {

	private static final String CLIENT_ID = "checkout.oauth.client-id=ack_test";

	private static final String CLIENT_SECRET = "checkout.oauth.client-secret=s3cr3t-value";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
					RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class));

	@Test
	void startsWhenEverySettingIsRight() {
		this.contextRunner
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET,
					"checkout.processing-channel-id=pc_zs5fqhybzc2e3jmq3efvybybpq",
					"checkout.oauth.scopes[0]=sessions:browser", "checkout.retry.max-retries=2")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(SessionsClient.class));
	}

	@Test
	void connectionDetailsBeanReplacesTheCredentialPropertiesAndIsCheckedItself() {
		this.contextRunner.withBean(CheckoutConnectionDetails.class, () -> details("ack_fromdetails", "s3cr3t"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(CheckoutConnectionDetails.class)
				.doesNotHaveBean(PropertiesCheckoutConnectionDetails.class));
		this.contextRunner.withPropertyValues(CLIENT_ID, CLIENT_SECRET)
			.withBean(CheckoutConnectionDetails.class, () -> details("ack_fromdetails", " "))
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("CheckoutConnectionDetails bean")
				.contains("gives no client ID or no client secret"));
	}

	@Test
	void anAccountIdInTheClientIdPropertyIsReportedEvenWhenConnectionDetailsGiveTheCredentials() {
		// What @AutoConfigureSessionsEmulator does in a test: the application's own
		// properties would still reach production.
		this.contextRunner.withBean(CheckoutConnectionDetails.class, () -> details("ack_fromdetails", "s3cr3t"))
			.withPropertyValues("checkout.oauth.client-id=cli_vkuhvk4vjn2edkps7dfsq6emqm",
					"checkout.oauth.client-secret=${CHECKOUT_CLIENT_SECRET}")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'checkout.oauth.client-id' holds an account ID (cli_…)")
				.doesNotContain("client-secret"));
		this.contextRunner.withBean(CheckoutConnectionDetails.class, () -> details("ack_fromdetails", "s3cr3t"))
			.withPropertyValues("checkout.oauth.client-id=${CHECKOUT_CLIENT_ID}")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void theResolvedAccountsCacheIsCheckedByItsPropertiesWithTheOtherProblems() {
		this.contextRunner.withBean(CheckoutAccountResolver.class, () -> (name) -> null)
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.resolved-accounts.idle-timeout=0s",
					"checkout.resolved-accounts.max-accounts=0", "checkout.environment=prod")
			.run((context) -> {
				String report = analysis(context.getStartupFailure()).getDescription();
				assertThat(report).contains("'checkout.resolved-accounts.idle-timeout' is PT0S, not positive")
					.contains("'checkout.resolved-accounts.max-accounts' is 0, less than 1")
					.contains("'checkout.environment'");
			});
	}

	private static CheckoutConnectionDetails details(String clientId, String clientSecret) {
		return new CheckoutConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return "http://127.0.0.1:1";
			}

			@Override
			public String getTokenUrl() {
				return "http://127.0.0.1:1/connect/token";
			}

			@Override
			public String getClientId() {
				return clientId;
			}

			@Override
			public String getClientSecret() {
				return clientSecret;
			}

		};
	}

	@Test
	void aHealthThresholdLargerThanTheCallsTheClientKeepsStopsStartup() {
		// Health looks at the client's recent calls: a threshold above how many it keeps
		// could never be reached, so health would never go DOWN.
		this.contextRunner
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.health.transport-failure-threshold=21")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("'checkout.health.transport-failure-threshold' is more than the 20 recent calls");
				assertThat(analysis.getAction())
					.contains("checkout.health.transport-failure-threshold: Set it to 20 or less");
			});
		this.contextRunner
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.health.transport-failure-threshold=20")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aDurationWithoutAUnitStopsStartupInsteadOfMeaningMilliseconds() {
		// read-timeout: 30 was a 30 ms read timeout: every call failed, far from the
		// cause.
		this.contextRunner
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.http.read-timeout=30", "checkout.retry.jitter=0",
					"checkout.call-timeout=20s", "checkout.rate-limit.max-wait=PT1S")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("'checkout.http.read-timeout' is '30', a number without a unit")
					.doesNotContain("checkout.retry.jitter")
					.doesNotContain("checkout.call-timeout")
					.doesNotContain("max-wait");
				assertThat(analysis.getAction()).contains("'30s' for seconds, or '30ms'");
			});
	}

	@Test
	void aMalformedSubdomainAndURLsAreReportedWithTheOtherProblemsOnTheFirstStart() {
		// They used to be checked only when the client was built, after every other
		// problem had been fixed: one more start per mistake.
		this.contextRunner
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.environment=staging",
					"checkout.subdomain=Not_A_Prefix", "checkout.base-url=http://api.example.com",
					"checkout.oauth.token-url=ftp://token.example.com")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'checkout.environment' is neither")
					.contains("'checkout.subdomain'")
					.contains("'checkout.base-url'")
					.contains("plain http:// for a non-loopback host")
					.contains("'checkout.oauth.token-url'")
					.contains("is not an absolute https:// URL");
				assertThat(analysis.getAction()).contains("'checkout.allow-plain-http-to-any-host'");
			});
		this.contextRunner.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.base-url=ftp://shop:hunter2@proxy")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'checkout.base-url' must not contain credentials")
				.doesNotContain("hunter2"));
	}

	@Test
	void aMisspelledKeyStopsStartupWithTheClosestPropertySuggested() {
		this.contextRunner.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.enviroment=production")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getAction())
				.contains("checkout.enviroment: Did you mean 'checkout.environment'?")
				.contains("checkout.fail-on-unknown-properties=false"));
		this.contextRunner.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.subdomian=vkuhvk4v")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getAction())
				.contains("Did you mean 'checkout.subdomain'?"));
	}

	@Test
	void aMisspelledGroupNamesTheRealPropertyNotOnlyTheMissingOne() {
		this.contextRunner.withPropertyValues("checkout.oath.client-id=ack_test", CLIENT_SECRET).run((context) -> {
			FailureAnalysis analysis = analysis(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'checkout.oath.client-id' is not a property")
				.contains("'checkout.oauth.client-id' is not set");
			assertThat(analysis.getAction()).contains("Did you mean 'checkout.oauth.client-id'?")
				.contains("CHECKOUT_OAUTH_CLIENT_ID environment variable");
		});
	}

	@Test
	void relaxedBindingFormsOfAKnownKeyAreOneKey() {
		this.contextRunner
			.withPropertyValues("checkout.oauth.clientId=ack_test", "checkout.oauth.client_secret=s3cr3t-value",
					"checkout.PROCESSING-CHANNEL-ID=pc_zs5fqhybzc2e3jmq3efvybybpq")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void strayKeysAreKeptWhenTheApplicationOptsOut() {
		this.contextRunner
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.theme=dark",
					"checkout.fail-on-unknown-properties=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void checkoutVariablesOfTheProcessEnvironmentAreNotTheApplicationsMistake() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("systemEnvironment", Map.of("CHECKOUT_DEPLOY_TOKEN", "x")));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("app",
					Map.of("checkout.oauth.client-id", "ack_test", "checkout.oauth.client-secret", "s3cr3t")));
		CheckoutProperties properties = new CheckoutProperties();
		properties.getOauth().setClientId("ack_test");
		properties.getOauth().setClientSecret("s3cr3t");
		assertThatNoException().isThrownBy(() -> CheckoutSettingsCheck.verify(environment, properties,
				new PropertiesCheckoutConnectionDetails(properties), getClass().getClassLoader()));
	}

	@Test
	void anUnresolvedPlaceholderNamesThePropertyAndTheVariable() {
		this.contextRunner
			.withPropertyValues("checkout.oauth.client-id=${CHECKOUT_TEST_UNSET_CLIENT_ID}",
					"checkout.oauth.client-secret=${CHECKOUT_TEST_UNSET_CLIENT_SECRET}")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.contains("'checkout.oauth.client-id' holds the unresolved placeholder "
							+ "${CHECKOUT_TEST_UNSET_CLIENT_ID}")
					.contains("'checkout.oauth.client-secret' holds the unresolved placeholder");
				assertThat(analysis.getAction())
					.contains("Set the environment variable (or property) CHECKOUT_TEST_UNSET_CLIENT_ID");
			});
	}

	@Test
	void aBlankSecretIsReportedWithoutEchoingAnything() {
		this.contextRunner.withPropertyValues(CLIENT_ID, "checkout.oauth.client-secret= ")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'checkout.oauth.client-secret' is blank"));
	}

	@Test
	void anAccountIdGivenAsClientIdIsNamedForWhatItIs() {
		this.contextRunner.withPropertyValues("checkout.oauth.client-id=cli_vkuhvk4vjn2edkps7dfsq6emqm", CLIENT_SECRET)
			.run((context) -> {
				FailureAnalysis analysis = analysis(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("holds an account ID (cli_…), not an OAuth client ID");
				assertThat(analysis.getAction()).contains("access key ID (ack_…)")
					.contains("first 8 characters after 'cli_' are your 'checkout.subdomain'");
			});
		this.contextRunner.withPropertyValues("checkout.oauth.client-id=sk_sbox_abc", CLIENT_SECRET)
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'checkout.oauth.client-id' does not start with 'ack_'")
				.doesNotContain("sk_sbox_abc"));
	}

	@Test
	void aProcessingChannelInTheWrongFormatStopsStartup() {
		this.contextRunner.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.processing-channel-id=channel1")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'checkout.processing-channel-id' is not a processing channel ID ('pc_' followed by 26"));
	}

	@Test
	void theDocumentationsPlaceholdersCopiedAsTheyAreStopStartup() {
		this.contextRunner
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.subdomain=xxxxxxxx",
					"checkout.processing-channel-id=pc_xxxxxxxxxxxxxxxxxxxxxxxxxx")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'checkout.subdomain' still holds the documentation's placeholder")
				.contains("'checkout.processing-channel-id' still holds the documentation's placeholder")
				.doesNotContain("is not a processing channel ID"));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		this.contextRunner
			.withPropertyValues("checkout.oauth.client-id=cli_vkuhvk4vjn2edkps7dfsq6emqm",
					"checkout.enviroment=production", "checkout.processing-channel-id=channel1")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.startsWith("The Checkout.com Sessions starter found 4 problems in the checkout.* settings:")
				.contains("checkout.enviroment")
				.contains("checkout.oauth.client-secret")
				.contains("checkout.oauth.client-id")
				.contains("checkout.processing-channel-id"));
	}

	@Test
	void withoutTheStartersMetadataNoKeyIsCalledUnknown() {
		this.contextRunner
			.withClassLoader(
					new FilteredClassLoader(new ClassPathResource("META-INF/spring-configuration-metadata.json")))
			.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.enviroment=production")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aStartingApplicationPrintsTheReportWithTheFix(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		// Command-line arguments win over the application.yml of this module's tests.
		catchThrowableOfType(RuntimeException.class,
				() -> application.run("--checkout.oauth.client-id=${CHECKOUT_TEST_UNSET_CLIENT_ID}",
						"--checkout.oauth.client-secret=s3cr3t-value", "--checkout.enviroment=production"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("found 2 problems in the checkout.* settings")
			.contains("Did you mean 'checkout.environment'?")
			.contains("CHECKOUT_TEST_UNSET_CLIENT_ID")
			.doesNotContain("s3cr3t-value");
	}

	@Test
	void anUnknownEnvironmentNamesTheValuesInLowercase() {
		this.contextRunner.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.environment=prod").run((context) -> {
			FailureAnalysis analysis = analysis(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.contains("'checkout.environment' is neither 'sandbox' nor 'production'");
			assertThat(analysis.getAction()).contains("sandbox (test keys) or production (live keys)")
				.doesNotContain("SANDBOX");
		});
		this.contextRunner.withPropertyValues(CLIENT_ID, CLIENT_SECRET, "checkout.environment=PRODUCTION")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private static FailureAnalysis analysis(Throwable failure) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new InvalidCheckoutSettingsFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis;
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
