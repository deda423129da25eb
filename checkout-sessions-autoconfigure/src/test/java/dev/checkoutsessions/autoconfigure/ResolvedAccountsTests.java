package dev.checkoutsessions.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.checkoutsessions.client.CheckoutAccount;
import dev.checkoutsessions.client.CheckoutAccountResolver;
import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.UnknownCheckoutAccountException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Accounts a {@link CheckoutAccountResolver} bean finds at run time, behind the same
 * {@link SessionsClients} bean as the configured ones.
 */
class ResolvedAccountsTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
						RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class))
		.withPropertyValues("checkout.warm-up.enabled=false");

	@BeforeEach
	void stubTokensAndNotFound() {
		for (String merchant : new String[] { "m1", "m2", "eu" }) {
			wireMock.stubFor(post("/connect/token").withRequestBody(containing("client_id=ack_" + merchant))
				.willReturn(okJson(
						"{\"access_token\":\"tok-" + merchant + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
		}
		wireMock.stubFor(get(urlEqualTo("/sessions/sid_missing")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody(SessionsClientAutoConfigurationTests.SESSION_ERROR)));
	}

	@Test
	void aResolvedAccountIsBuiltOnFirstUseCachedAndCallsWithItsOwnToken() {
		Merchants merchants = new Merchants();
		this.contextRunner.withBean(CheckoutAccountResolver.class, () -> merchants)
			.withPropertyValues("checkout.accounts.eu.oauth.client-id=ack_eu",
					"checkout.accounts.eu.oauth.client-secret=eu-secret",
					"checkout.accounts.eu.base-url=" + wireMock.baseUrl(),
					"checkout.accounts.eu.oauth.token-url=" + wireMock.baseUrl() + "/connect/token")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				SessionsClients clients = context.getBean(SessionsClients.class);
				SessionsClient m1 = clients.get("m1");
				assertThat(clients.get("m1")).isSameAs(m1);
				assertThat(clients.get("eu")).isNotSameAs(m1);
				assertThat(merchants.calls).containsOnly(Map.entry("m1", 1));
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> m1.getSessionDetails("sid_missing"));
				wireMock.verify(1, getRequestedFor(urlEqualTo("/sessions/sid_missing")).withHeader("Authorization",
						equalTo("Bearer tok-m1")));
				assertThat(context.getBean(MeterRegistry.class)
					.find("checkout.sessions.client.requests.in-flight")
					.tag("account", "resolved")
					.gauge()).isNotNull();
				assertThat(clients.names()).containsExactly("eu");
			});
	}

	@Test
	void aResolvedAccountWithoutHostsOfItsOwnInheritsTheTopLevelOnes() {
		CheckoutAccountResolver withoutHosts = (name) -> CheckoutAccount.of("ack_" + name, name + "-secret");
		this.contextRunner.withBean(CheckoutAccountResolver.class, () -> withoutHosts)
			.withPropertyValues("checkout.oauth.client-id=ack_top", "checkout.oauth.client-secret=top-secret",
					"checkout.base-url=" + wireMock.baseUrl(),
					"checkout.oauth.token-url=" + wireMock.baseUrl() + "/connect/token")
			.run((context) -> {
				SessionsClient m2 = context.getBean(SessionsClients.class).get("m2");
				assertThatExceptionOfType(CheckoutApiException.class)
					.isThrownBy(() -> m2.getSessionDetails("sid_missing"));
				wireMock.verify(1, getRequestedFor(urlEqualTo("/sessions/sid_missing")).withHeader("Authorization",
						equalTo("Bearer tok-m2")));
			});
	}

	@Test
	void aNameTheResolverDoesNotKnowIsUnknown() {
		this.contextRunner.withBean(CheckoutAccountResolver.class, Merchants::new)
			.withPropertyValues("checkout.oauth.client-id=ack_top", "checkout.oauth.client-secret=top-secret")
			.run((context) -> assertThatExceptionOfType(UnknownCheckoutAccountException.class)
				.isThrownBy(() -> context.getBean(SessionsClients.class).get("nobody"))
				.withMessageContaining("nobody"));
	}

	@Test
	void aChangedAccountIsResolvedAgainAndItsOldClientClosed() {
		Merchants merchants = new Merchants();
		this.contextRunner.withBean(CheckoutAccountResolver.class, () -> merchants)
			.withPropertyValues("checkout.oauth.client-id=ack_top", "checkout.oauth.client-secret=top-secret")
			.run((context) -> {
				SessionsClients clients = context.getBean(SessionsClients.class);
				SessionsClient before = clients.get("m2");
				clients.accountChanged("m2");
				assertThat(clients.get("m2")).isNotSameAs(before);
				assertThat(merchants.calls).containsEntry("m2", 2);
			});
	}

	@Test
	void anIdleResolvedAccountIsClosedWithoutAnyFurtherCall() {
		Merchants merchants = new Merchants();
		this.contextRunner.withBean(CheckoutAccountResolver.class, () -> merchants)
			.withPropertyValues("checkout.oauth.client-id=ack_top", "checkout.oauth.client-secret=top-secret",
					"checkout.resolved-accounts.idle-timeout=200ms")
			.run((context) -> {
				SessionsClients clients = context.getBean(SessionsClients.class);
				clients.get("m1");
				Awaitility.await()
					.atMost(Duration.ofSeconds(5))
					.until(() -> clients.toString().contains("resolved=0 "));
				clients.get("m1");
				assertThat(merchants.calls).containsEntry("m1", 2);
			});
	}

	@Test
	void resolvedClientsAreClosedWithTheContext() {
		Merchants merchants = new Merchants();
		this.contextRunner.withBean(CheckoutAccountResolver.class, () -> merchants)
			.withPropertyValues("checkout.oauth.client-id=ack_top", "checkout.oauth.client-secret=top-secret")
			.run((context) -> {
				SessionsClients clients = context.getBean(SessionsClients.class);
				clients.get("m1");
				context.close();
				assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> clients.get("m1"));
			});
	}

	/** A platform's merchants, as its own store would give them. */
	static final class Merchants implements CheckoutAccountResolver {

		final Map<String, Integer> calls = new ConcurrentHashMap<>();

		private final AtomicInteger unknown = new AtomicInteger();

		@Override
		public CheckoutAccount resolve(String name) {
			if (!name.startsWith("m")) {
				this.unknown.incrementAndGet();
				return null;
			}
			this.calls.merge(name, 1, Integer::sum);
			return CheckoutAccount.of("ack_" + name, name + "-secret")
				.withUrls(wireMock.baseUrl(), wireMock.baseUrl() + "/connect/token");
		}

	}

}
