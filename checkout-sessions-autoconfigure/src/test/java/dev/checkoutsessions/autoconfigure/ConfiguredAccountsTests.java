package dev.checkoutsessions.autoconfigure;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.UnknownCheckoutAccountException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Several accounts under {@code checkout.accounts.<name>}: one client each, on one
 * transport, with the top-level settings inherited, reached through
 * {@link SessionsClients}, checked at startup by their full property paths.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfiguredAccountsTests {

	private static final String EU_ID = "ack_eueueueueueueueueueueueueu";

	private static final String US_ID = "ack_usususususususususususus";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
						RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class))
		.withPropertyValues("checkout.warm-up.enabled=false");

	/**
	 * Each account gets its own token; a session answers only to the token of the account
	 * that owns it, as the API does.
	 */
	@BeforeEach
	void stubTwoAccounts() {
		wireMock.stubFor(post("/connect/token").withRequestBody(containing("client_id=" + EU_ID))
			.willReturn(okJson("{\"access_token\":\"tok-eu\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
		wireMock.stubFor(post("/connect/token").withRequestBody(containing("client_id=" + US_ID))
			.willReturn(okJson("{\"access_token\":\"tok-us\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
		wireMock.stubFor(get(urlEqualTo("/sessions/sid_missing")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody(SessionsClientAutoConfigurationTests.SESSION_ERROR)));
	}

	private ApplicationContextRunner twoAccounts() {
		return this.contextRunner.withPropertyValues("checkout.base-url=" + wireMock.baseUrl(),
				"checkout.oauth.token-url=" + wireMock.baseUrl() + "/connect/token",
				"checkout.accounts.eu.oauth.client-id=" + EU_ID, "checkout.accounts.eu.oauth.client-secret=eu-secret",
				"checkout.accounts.us.oauth.client-id=" + US_ID, "checkout.accounts.us.oauth.client-secret=us-secret");
	}

	@Test
	void eachConfiguredAccountCallsWithItsOwnToken() {
		twoAccounts().run((context) -> {
			SessionsClients clients = context.getBean(SessionsClients.class);
			assertThat(clients.names()).containsExactly("eu", "us");
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> clients.get("eu").getSessionDetails("sid_missing"));
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> clients.get("us").getSessionDetails("sid_missing"));
			wireMock.verify(1,
					postRequestedFor(urlEqualTo("/connect/token")).withRequestBody(containing("client_id=" + EU_ID)));
			wireMock.verify(1,
					postRequestedFor(urlEqualTo("/connect/token")).withRequestBody(containing("client_id=" + US_ID)));
			wireMock.verify(1, getRequestedFor(urlEqualTo("/sessions/sid_missing")).withHeader("Authorization",
					equalTo("Bearer tok-eu")));
			wireMock.verify(1, getRequestedFor(urlEqualTo("/sessions/sid_missing")).withHeader("Authorization",
					equalTo("Bearer tok-us")));
		});
	}

	@Test
	void withAccountsAndNoDefaultThereIsNoSessionsClientBean() {
		twoAccounts().run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(SessionsClient.class);
			assertThatExceptionOfType(UnknownCheckoutAccountException.class)
				.isThrownBy(() -> context.getBean(SessionsClients.class).defaultClient())
				.withMessageContaining("[eu, us]")
				.withMessageContaining("checkout.default-account");
		});
	}

	@Test
	void defaultAccountIsTheSessionsClientBean() {
		twoAccounts().withPropertyValues("checkout.default-account=us").run((context) -> {
			SessionsClients clients = context.getBean(SessionsClients.class);
			assertThat(context.getBean(SessionsClient.class)).isSameAs(clients.get("us"))
				.isSameAs(clients.defaultClient());
		});
	}

	@Test
	void aTopLevelClientIdMakesTheTopLevelAnAccountNamedDefaultAndTheDefault() {
		twoAccounts()
			.withPropertyValues("checkout.oauth.client-id=ack_toptoptoptoptoptoptoptoptop",
					"checkout.oauth.client-secret=top-secret")
			.run((context) -> {
				SessionsClients clients = context.getBean(SessionsClients.class);
				assertThat(clients.names()).containsExactly("default", "eu", "us");
				assertThat(context.getBean(SessionsClient.class)).isSameAs(clients.get("default"));
				assertThat(clients.get("eu").toString()).contains("account=eu").doesNotContain("eu-secret");
			});
	}

	@Test
	void anUnknownAccountIsRefusedNamingTheConfiguredOnes() {
		twoAccounts().run((context) -> assertThatExceptionOfType(UnknownCheckoutAccountException.class)
			.isThrownBy(() -> context.getBean(SessionsClients.class).get("apac"))
			.withMessageContaining("'apac'")
			.withMessageContaining("[eu, us]")
			.withMessageContaining("checkout.accounts.apac"));
	}

	@Test
	void accountsInheritTheTopLevelSettingsAndOverrideTheirOwnScopes() {
		twoAccounts()
			.withPropertyValues("checkout.call-timeout=7s", "checkout.accounts.us.oauth.scopes[0]=sessions:browser")
			.run((context) -> {
				SessionsClients clients = context.getBean(SessionsClients.class);
				assertThat(((SessionsClientDiagnostics) clients.get("eu")).limits()).containsEntry("callTimeout",
						"PT7S");
				assertThat(((SessionsClientDiagnostics) clients.get("us")).limits()).containsEntry("callTimeout",
						"PT7S");
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> clients.get("us").getSessionDetails("sid_missing"));
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> clients.get("eu").getSessionDetails("sid_missing"));
				wireMock.verify(1,
						postRequestedFor(urlEqualTo("/connect/token")).withRequestBody(containing("client_id=" + US_ID))
							.withRequestBody(containing("scope=sessions%3Abrowser"))
							.withRequestBody(notContaining("sessions%3Aapp")));
				wireMock.verify(1,
						postRequestedFor(urlEqualTo("/connect/token")).withRequestBody(containing("client_id=" + EU_ID))
							.withRequestBody(containing("sessions%3Aapp")));
			});
	}

	@Test
	void meterTagsNameTheAccount() {
		wireMock.stubFor(get(urlEqualTo("/sessions/sid_down")).willReturn(aResponse().withStatus(503)));
		twoAccounts()
			.withPropertyValues("checkout.retry.max-retries=1", "checkout.retry.delay=0ms", "checkout.retry.jitter=0ms")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				SessionsClients clients = context.getBean(SessionsClients.class);
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> clients.get("eu").getSessionDetails("sid_down"));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.find("checkout.sessions.client.retries")
					.tag("account", "eu")
					.counters()
					.stream()
					.mapToDouble(Counter::count)
					.sum()).isEqualTo(1.0);
				assertThat(registry.find("checkout.sessions.client.retries").tag("account", "us").counters()).isEmpty();
				assertThat(registry.find("checkout.sessions.client.requests.in-flight").tag("account", "us").gauge())
					.isNotNull();
			});
	}

	@Test
	void everyAccountIsCheckedAtStartupByItsFullPropertyPath() {
		this.contextRunner
			.withPropertyValues("checkout.accounts.eu.oauth.client-id=cli_vkuhvk4vjn2edkps7dfsq6emqm",
					"checkout.accounts.eu.processing-channel-id=pc_short",
					"checkout.accounts.us.oauth.client-id=" + US_ID, "checkout.accounts.us.oauth.cient-secret=typo",
					"checkout.accounts.us.environment=prod", "checkout.accounts.default.oauth.client-id=" + EU_ID,
					"checkout.subdomain=vkuhvk4v", "checkout.default-account=apac")
			.run((context) -> {
				assertThat(context).hasFailed();
				String report = analysis(context.getStartupFailure()).getDescription();
				assertThat(report).contains("'checkout.accounts.eu.oauth.client-id' holds an account ID (cli_…)")
					.contains("'checkout.accounts.eu.oauth.client-secret' is not set")
					.contains("'checkout.accounts.eu.processing-channel-id' is not a processing channel ID")
					.contains("'checkout.accounts.us.oauth.cient-secret' is not a property")
					.contains("'checkout.accounts.us.oauth.client-secret' is not set")
					.contains("'checkout.accounts.us.environment' is neither 'sandbox' nor 'production'")
					.contains("'checkout.accounts.default' is named 'default'")
					.contains("'checkout.subdomain' is set, but there is no top-level account")
					.contains("'checkout.default-account' is 'apac', which is not an account")
					.doesNotContain("typo");
				assertThat(analysis(context.getStartupFailure()).getAction())
					.contains("Did you mean 'checkout.accounts.us.oauth.client-secret'?")
					.contains("checkout.accounts.eu.subdomain");
			});
	}

	@Test
	void aBlankDefaultAccountChoosesNoneAndTheApplicationStarts() {
		// default-account: ${CHECKOUT_DEFAULT_ACCOUNT:} with the variable unset.
		twoAccounts().withPropertyValues("checkout.default-account=").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(SessionsClient.class);
			assertThat(context.getBean(SessionsClients.class).names()).containsExactly("eu", "us");
		});
	}

	@Test
	void twoAccountNamesDifferingOnlyInCaseAreRefused() {
		// What application.yml's 'EU' and the variable CHECKOUT_ACCOUNTS_EU_… make.
		twoAccounts()
			.withPropertyValues("checkout.accounts.EU.oauth.client-id=" + EU_ID,
					"checkout.accounts.EU.oauth.client-secret=eu-secret")
			.run((context) -> {
				assertThat(context).hasFailed();
				String report = analysis(context.getStartupFailure()).getDescription();
				assertThat(report).containsAnyOf(
						"'checkout.accounts.EU' and 'checkout.accounts.eu' differ only in case",
						"'checkout.accounts.eu' and 'checkout.accounts.EU' differ only in case");
				assertThat(analysis(context.getStartupFailure()).getAction())
					.contains("Write the name in lowercase everywhere")
					.contains("CHECKOUT_ACCOUNTS_EU_");
			});
	}

	@Test
	void anUnusableAccountNameIsReportedOnceRatherThanAsUnknownKeys() {
		twoAccounts()
			.withPropertyValues("checkout.accounts[us.east].oauth.client-id=" + US_ID,
					"checkout.accounts[us.east].oauth.client-secret=east-secret")
			.run((context) -> {
				assertThat(context).hasFailed();
				String report = analysis(context.getStartupFailure()).getDescription();
				assertThat(report).contains("'checkout.accounts.us.east' is not a usable account name")
					.doesNotContain("is not a property");
			});
	}

	@Test
	void aTypoUnderABracketedAccountNameIsSuggestedToo() {
		twoAccounts().withPropertyValues("checkout.accounts[eu].oauth.cient-secret=typo").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(analysis(context.getStartupFailure()).getAction())
				.contains("Did you mean 'checkout.accounts[eu].oauth.client-secret'?");
		});
	}

	@Test
	void aVariableThatConfiguresNoAccountIsNamedRatherThanDropped() {
		twoAccounts().withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("CHECKOUT_ACCOUNTS_BRAND_US_OAUTH_CLIENT_ID", "ack_brand",
									"CHECKOUT_ACCOUNTS_BRAND_US_OAUTH_CLIENT_SECRET", "brand-secret",
									"CHECKOUT_ACCOUNTS_EU_PROCESSING_CHANNEL_ID", "pc_euchannel00000000000000000"))))
			.run((context) -> {
				assertThat(context).hasFailed();
				String report = analysis(context.getStartupFailure()).getDescription();
				assertThat(report)
					.contains("'CHECKOUT_ACCOUNTS_BRAND_US_OAUTH_CLIENT_ID' configures no account (the accounts are [")
					.contains("'CHECKOUT_ACCOUNTS_BRAND_US_OAUTH_CLIENT_SECRET' configures no account")
					.doesNotContain("CHECKOUT_ACCOUNTS_EU_PROCESSING_CHANNEL_ID")
					.doesNotContain("brand-secret");
				assertThat(analysis(context.getStartupFailure()).getAction())
					.contains("name the account in application.yml");
			});
	}

	@Test
	void injectingASessionsClientWithoutADefaultAccountSaysHowToChoose() {
		MockEnvironment environment = new MockEnvironment().withProperty("checkout.accounts.eu.oauth.client-id", EU_ID)
			.withProperty("checkout.accounts.us.oauth.client-id", US_ID);
		BeanCreationException failure = new BeanCreationException("checkoutController", "Unsatisfied dependency",
				new NoSuchBeanDefinitionException(SessionsClient.class));
		FailureAnalysis analysis = new NoDefaultAccountFailureAnalyzer(environment).analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("several Checkout.com accounts are configured (")
			.contains("eu")
			.contains("us");
		assertThat(analysis.getAction()).contains("sessionsClients.get(\"").contains("checkout.default-account");
		assertThat(new NoDefaultAccountFailureAnalyzer(new MockEnvironment()).analyze(failure)).isNull();
	}

	@Test
	void theAccountsNamedWhenNoneIsTheDefaultAreTheBoundOnes() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("application.yml", Map.of("checkout.accounts.brand-us.oauth.client-id",
					US_ID, "checkout.accounts.eu.oauth.client-id", EU_ID)));
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("CHECKOUT_ACCOUNTS_BRAND_US_OAUTH_CLIENT_SECRET", "brand-secret")));
		BeanCreationException failure = new BeanCreationException("checkoutController", "Unsatisfied dependency",
				new NoSuchBeanDefinitionException(SessionsClient.class));

		FailureAnalysis analysis = new NoDefaultAccountFailureAnalyzer(environment).analyze(failure);

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("(brand-us, eu)");
	}

	@Test
	void everyAccountsSecretsAreMaskedByActuatorInEverySpelling() {
		twoAccounts().run((context) -> {
			SanitizingFunction masking = context.getBean("checkoutSanitizingFunction", SanitizingFunction.class);
			for (String key : new String[] { "checkout.accounts.eu.oauth.client-secret",
					"checkout.accounts.us.oauth.clientSecret", "CHECKOUT_ACCOUNTS_EU_OAUTH_CLIENTSECRET",
					"checkout.accounts.eu.webhooks.signature-keys[1]",
					"checkout.accounts.eu.webhooks.authorization-header", "checkout.oauth.client-secret" }) {
				assertThat(masking.applyUnlessFiltered(new SanitizableData(null, key, "s3cr3t")).getValue()).as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			assertThat(masking
				.applyUnlessFiltered(new SanitizableData(null, "checkout.accounts.eu.oauth.client-id", "ack_eu"))
				.getValue()).isEqualTo("ack_eu");
		});
	}

	@Test
	void anApplicationThatInjectsASessionsClientWithoutADefaultAccountStopsSayingHowToChoose(CapturedOutput output) {
		SpringApplication application = new SpringApplication(InjectsOneClient.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		catchThrowableOfType(RuntimeException.class,
				() -> application.run("--spring.config.location=optional:classpath:/no-such-config.yml",
						"--checkout.warm-up.enabled=false", "--checkout.accounts.eu.oauth.client-id=" + EU_ID,
						"--checkout.accounts.eu.oauth.client-secret=eu-secret",
						"--checkout.accounts.us.oauth.client-id=" + US_ID,
						"--checkout.accounts.us.oauth.client-secret=us-secret"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("several Checkout.com accounts are configured (eu, us) and none is the default")
			.contains("sessionsClients.get(\"eu\")")
			.contains("checkout.default-account")
			.doesNotContain("eu-secret");
	}

	@Test
	void theTopLevelAloneIsStillOneAccountNamedDefault() {
		this.contextRunner
			.withPropertyValues("checkout.oauth.client-id=" + EU_ID, "checkout.oauth.client-secret=eu-secret")
			.run((context) -> {
				assertThat(context.getBean(SessionsClients.class).names()).containsExactly("default");
				assertThat(context.getBean(SessionsClient.class))
					.isSameAs(context.getBean(SessionsClients.class).defaultClient());
			});
	}

	/** A shop written for one account, started with two and no default. */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class InjectsOneClient {

		@Bean
		String checkoutService(SessionsClient client) {
			return client.toString();
		}

	}

	private static FailureAnalysis analysis(Throwable failure) {
		FailureAnalysis analysis = new InvalidCheckoutSettingsFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis;
	}

}
