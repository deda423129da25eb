package dev.checkoutsessions.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.CheckoutTransportException;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;
import dev.checkoutsessions.client.observation.SessionsObservationConvention;
import dev.checkoutsessions.client.observation.DefaultOAuthTokenObservationConvention;
import dev.checkoutsessions.client.observation.DefaultSessionsObservationConvention;
import dev.checkoutsessions.client.observation.OAuthTokenObservationConvention;
import dev.checkoutsessions.client.observation.SessionsMeterFilter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SessionsClientAutoConfiguration} against a WireMock server standing in
 * for Checkout.com.
 */
class SessionsClientAutoConfigurationTests {

	static final String SESSION_ERROR = """
			{"request_id":"req_1","error_type":"resource_not_found","error_codes":["session_not_found"]}""";

	private static WireMockServer wireMock;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class,
				RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class))
		.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t-value");

	@BeforeAll
	static void startWireMock() {
		wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		wireMock.start();
	}

	@AfterAll
	static void stopWireMock() {
		wireMock.stop();
	}

	@BeforeEach
	void stubTokenAndNotFound() {
		wireMock.resetAll();
		wireMock.stubFor(post("/connect/token")
			.willReturn(okJson("{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
		wireMock.stubFor(get(urlEqualTo("/sessions/sid_missing")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("Cko-Request-Id", "req_1")
			.withBody(SESSION_ERROR)));
	}

	private ApplicationContextRunner againstWireMock() {
		return this.contextRunner.withPropertyValues("checkout.base-url=" + wireMock.baseUrl(),
				"checkout.oauth.token-url=" + wireMock.baseUrl() + "/connect/token");
	}

	@Test
	void createsClientFromClientIdAndSecretAlone() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SessionsClient.class);
			SessionsClient client = context.getBean(SessionsClient.class);
			assertThat(client).isInstanceOf(SessionsClientDiagnostics.class).isInstanceOf(AutoCloseable.class);
			assertThat(client.toString()).contains("https://api.sandbox.checkout.com");
		});
	}

	@Test
	void clientCallsTheConfiguredBaseUrlWithATokenFromTheConfiguredTokenUrl() {
		againstWireMock().run((context) -> {
			SessionsClient client = context.getBean(SessionsClient.class);
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> client.getSessionDetails("sid_missing"))
				.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
			wireMock.verify(1,
					postRequestedFor(urlEqualTo("/connect/token")).withRequestBody(containing("client_id=ack_test")));
			wireMock.verify(1, getRequestedFor(urlEqualTo("/sessions/sid_missing")).withHeader("Authorization",
					com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer tok")));
		});
	}

	@Test
	void productionEnvironmentWithSubdomainPicksTheMerchantProductionHost() {
		this.contextRunner.withPropertyValues("checkout.environment=production", "checkout.subdomain=vkuhvk4v")
			.run((context) -> assertThat(context.getBean(SessionsClient.class).toString())
				.contains("https://vkuhvk4v.api.checkout.com"));
	}

	@Test
	void sandboxEnvironmentWithSubdomainPicksTheMerchantSandboxHost() {
		this.contextRunner.withPropertyValues("checkout.subdomain=pl-abc123")
			.run((context) -> assertThat(context.getBean(SessionsClient.class).toString())
				.contains("https://pl-abc123.api.sandbox.checkout.com"));
	}

	@Test
	void configuredScopesAreRequested() {
		againstWireMock().withPropertyValues("checkout.oauth.scopes=sessions:browser").run((context) -> {
			SessionsClient client = context.getBean(SessionsClient.class);
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> client.getSessionDetails("sid_missing"));
			wireMock.verify(postRequestedFor(urlEqualTo("/connect/token"))
				.withRequestBody(containing("scope=sessions%3Abrowser"))
				.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("sessions%3Aapp")));
		});
	}

	@Test
	void readTimeoutTakesEffect() {
		wireMock.stubFor(get(urlEqualTo("/sessions/sid_slow")).willReturn(okJson("{}").withFixedDelay(3000)));
		againstWireMock().withPropertyValues("checkout.http.read-timeout=300ms", "checkout.retry.enabled=false")
			.run((context) -> {
				SessionsClient client = context.getBean(SessionsClient.class);
				long start = System.nanoTime();
				assertThatExceptionOfType(CheckoutTransportException.class)
					.isThrownBy(() -> client.getSessionDetails("sid_slow"));
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
			});
	}

	@Test
	void retryPropertiesBoundTheNumberOfAttemptsAndRetriesAreCountedInTheMeterRegistry() {
		wireMock.stubFor(get(urlEqualTo("/sessions/sid_down")).willReturn(aResponse().withStatus(503)));
		againstWireMock()
			.withPropertyValues("checkout.retry.max-retries=2", "checkout.retry.delay=0ms", "checkout.retry.jitter=0ms")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				SessionsClient client = context.getBean(SessionsClient.class);
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> client.getSessionDetails("sid_down"));
				wireMock.verify(3, getRequestedFor(urlEqualTo("/sessions/sid_down")));
				double retries = context.getBean(MeterRegistry.class)
					.find("checkout.sessions.client.retries")
					.counters()
					.stream()
					.mapToDouble(io.micrometer.core.instrument.Counter::count)
					.sum();
				assertThat(retries).isEqualTo(2.0);
			});
	}

	@Test
	void apacheHttpClientDoesNotAddRetriesOfItsOwn() {
		wireMock.stubFor(get(urlEqualTo("/sessions/sid_reset"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		againstWireMock().withPropertyValues("checkout.retry.enabled=false").run((context) -> {
			assertThat(context.getBean(SessionsClientAutoConfiguration.CheckoutRequestFactory.class).get())
				.isInstanceOf(HttpComponentsClientHttpRequestFactory.class);
			SessionsClient client = context.getBean(SessionsClient.class);
			assertThatExceptionOfType(CheckoutTransportException.class)
				.isThrownBy(() -> client.getSessionDetails("sid_reset"));
			wireMock.verify(1, getRequestedFor(urlEqualTo("/sessions/sid_reset")));
		});
	}

	@Test
	void bootRequestFactoryChoiceIsHonoured() {
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jdk")
			.run((context) -> assertThat(
					context.getBean(SessionsClientAutoConfiguration.CheckoutRequestFactory.class).get())
				.isInstanceOf(JdkClientHttpRequestFactory.class));
	}

	@Test
	void restClientCustomizerAppliesOnlyWhenTheShopOptsIn() {
		ApplicationContextRunner customized = againstWireMock().withBean(RestClientCustomizer.class,
				() -> (builder) -> builder.defaultHeader("X-Merchant-Trace", "customized"));
		customized.run((context) -> {
			SessionsClient client = context.getBean(SessionsClient.class);
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> client.getSessionDetails("sid_plain"));
			wireMock.verify(getRequestedFor(urlEqualTo("/sessions/sid_plain")).withoutHeader("X-Merchant-Trace"));
		});
		customized.withPropertyValues("checkout.http.apply-application-customizers=true").run((context) -> {
			SessionsClient client = context.getBean(SessionsClient.class);
			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> client.getSessionDetails("sid_customized"));
			wireMock.verify(getRequestedFor(urlEqualTo("/sessions/sid_customized")).withHeader("X-Merchant-Trace",
					com.github.tomakehurst.wiremock.client.WireMock.equalTo("customized")));
		});
	}

	@Test
	void sessionsClientCustomizersAreAppliedInOrderAfterTheProperties() {
		againstWireMock().withPropertyValues("checkout.retry.max-retries=3")
			.withUserConfiguration(OrderedCustomizers.class)
			.run((context) -> {
				wireMock.stubFor(get(urlEqualTo("/sessions/sid_down")).willReturn(aResponse().withStatus(503)));
				SessionsClient client = context.getBean(SessionsClient.class);
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> client.getSessionDetails("sid_down"));
				// The first customizer allows 1 retry, the second (applied later)
				// disables retries.
				wireMock.verify(1, getRequestedFor(urlEqualTo("/sessions/sid_down")));
			});
	}

	@Test
	void observationRegistryAndConventionAreUsed() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		againstWireMock().withBean(ObservationRegistry.class, () -> registry)
			.withBean(SessionsObservationConvention.class, RenamedConvention::new)
			.run((context) -> {
				SessionsClient client = context.getBean(SessionsClient.class);
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> client.getSessionDetails("sid_missing"));
				io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("merchant.sessions");
			});
	}

	@Test
	void tokenObservationConventionBeanIsUsed() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		againstWireMock().withBean(ObservationRegistry.class, () -> registry)
			.withBean(OAuthTokenObservationConvention.class, () -> new DefaultOAuthTokenObservationConvention() {
				@Override
				public String getName() {
					return "merchant.oauth.token";
				}
			})
			.run((context) -> {
				SessionsClient client = context.getBean(SessionsClient.class);
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> client.getSessionDetails("sid_missing"));
				io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("merchant.oauth.token");
			});
	}

	@Test
	void publishesTheMeterFilterForTheClientsMeters() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(SessionsMeterFilter.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesASessionsClient() {
		SessionsClient own = mock(SessionsClient.class);
		this.contextRunner.withBean(SessionsClient.class, () -> own).run((context) -> {
			assertThat(context).getBean(SessionsClient.class).isSameAs(own);
			assertThat(context).doesNotHaveBean(SessionsClientAutoConfiguration.CheckoutRequestFactory.class);
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesACheckoutSanitizingFunction() {
		org.springframework.boot.actuate.endpoint.SanitizingFunction own = (data) -> data;
		this.contextRunner
			.withBean("checkoutSanitizingFunction", org.springframework.boot.actuate.endpoint.SanitizingFunction.class,
					() -> own)
			.run((context) -> assertThat(context.getBean("checkoutSanitizingFunction")).isSameAs(own));
	}

	@Test
	void publishesNoGenericBeans() {
		ApplicationContextRunner withoutCheckout = new ApplicationContextRunner().withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
						SslAutoConfiguration.class, RestClientAutoConfiguration.class));
		List<Class<?>> generic = List.of(org.springframework.web.client.RestClient.class,
				org.springframework.web.client.RestClient.Builder.class,
				org.springframework.core.retry.RetryTemplate.class,
				org.springframework.http.client.ClientHttpRequestFactory.class,
				org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder.class,
				tools.jackson.databind.ObjectMapper.class, java.util.concurrent.Executor.class);
		withoutCheckout.run((baseline) -> this.contextRunner.run((context) -> {
			for (Class<?> type : generic) {
				assertThat(context.getBeanNamesForType(type)).as(type.getName())
					.containsExactlyInAnyOrder(baseline.getBeanNamesForType(type));
			}
		}));
	}

	@Test
	void clientIsClosedWithTheContext() {
		this.contextRunner.run((context) -> {
			SessionsClient client = context.getBean(SessionsClient.class);
			context.close();
			// The default async executor was shut down by close(): new async calls are
			// rejected.
			Throwable failure = null;
			try {
				client.async().getSessionDetails("sid_x").join();
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			assertThat(failure).isNotNull();
			while (failure.getCause() != null && !(failure instanceof RejectedExecutionException)) {
				failure = failure.getCause();
			}
			assertThat(failure).isInstanceOf(RejectedExecutionException.class);
		});
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class OrderedCustomizers {

		@org.springframework.context.annotation.Bean
		@Order(2)
		SessionsClientCustomizer disableRetries() {
			return (builder) -> builder.retry(ClientSettings.Retry.disabled());
		}

		@org.springframework.context.annotation.Bean
		@Order(1)
		SessionsClientCustomizer oneRetry() {
			return (builder) -> builder.retry(ClientSettings.Retry.defaults()
				.withMaxRetries(1)
				.withDelay(Duration.ZERO)
				.withJitter(Duration.ZERO));
		}

	}

	static class RenamedConvention extends DefaultSessionsObservationConvention {

		@Override
		public String getName() {
			return "merchant.sessions";
		}

	}

}
