package dev.checkoutsessions.web.security.reactive;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.MatcherSecurityWebFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.web.delivery.Deliveries;
import dev.checkoutsessions.web.delivery.WebhookSignature;
import dev.checkoutsessions.web.readme.DocsPage;
import dev.checkoutsessions.web.security.reactive.app.ReactiveShopApplication;
import dev.checkoutsessions.web.security.readme.ShopWebFluxSecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.springframework.security.config.Customizer.withDefaults;

/**
 * A WebFlux shop with Spring Security and receivers on: when Spring Security's filter
 * chain would turn away an anonymous caller without a CSRF token, the application does
 * not start, and the starter's failure report names the receiver's property, each blocked
 * request with Spring Security's answer, and the fix for a WebFlux chain. Unlike the
 * servlet check, this one sees CSRF. Permitted the documented ways, the same shop starts;
 * a filter chain that fails on the check's request does not stop it.
 */
@Tag("spring-security")
@ExtendWith(OutputCaptureExtension.class)
class ReactiveBlockedReceiversStopStartupTests {

	private static final String SIGNATURE_KEY = "reactive-startup-check-key";

	private static final String PERMIT = ".matchers(CheckoutSessionsRequest.toReceivers()).permitAll()";

	private static final String EXEMPT_FROM_CSRF = ".csrf((csrf) -> csrf.requireCsrfProtectionMatcher("
			+ "new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,"
			+ " new NegatedServerWebExchangeMatcher(CheckoutSessionsRequest.toReceivers()))))";

	private static final String ACCOUNT_KEY = "eu-startup-check-key";

	/** Credentials are never inherited: the account is a client of its own too. */
	private static final String[] ACCOUNT_CLIENT = { "--checkout.accounts.eu.oauth.client-id=ack_eu",
			"--checkout.accounts.eu.oauth.client-secret=unused" };

	private static final String WITHOUT_ACTUATORS_CHAIN = "--spring.autoconfigure.exclude=org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration";

	@Test
	void webhooksBlockedBySpringSecuritysDefaultChainStopStartupNamingThePropertyThePathAndTheFix(
			CapturedOutput output) {
		Throwable failure = startupFailure(List.of(), "--checkout.webhooks.enabled=true", WITHOUT_ACTUATORS_CHAIN);

		assertThat(failure).isInstanceOf(CheckoutConfigurationException.class);
		CheckoutConfigurationException problem = (CheckoutConfigurationException) failure;
		assertThat(problem.getParameter()).isEqualTo("checkout.webhooks.enabled");
		// The default chain's CSRF protection answers the POST before authorization.
		assertThat(problem.getProblem()).contains("POST /checkout/webhooks (checkout.webhooks.path, answered 403)")
			.doesNotContain("/checkout/sessions/callback");
		assertThat(problem.getFix()).contains("checkout.security.permit-receivers=true", "SecurityWebFilterChain",
				PERMIT, EXEMPT_FROM_CSRF, "dev.checkoutsessions.web.security.reactive.CheckoutSessionsRequest",
				"docs/spring-security.md");
		assertThat(output).contains("APPLICATION FAILED TO START");
		// What the fix names is what the page's WebFlux chain does, line breaks aside.
		assertThat(DocsPage.javaInShopPackage(ShopWebFluxSecurityConfiguration.class)
			.replaceAll("\\(\\s+", "(")
			.replaceAll(",\\s+", ", ")).as("docs/spring-security.md's WebFlux chain")
			.contains(PERMIT, EXEMPT_FROM_CSRF);
		assertThat(DocsPage.page("docs/spring-security.md").text())
			.contains("`POST /checkout/webhooks (checkout.webhooks.path, answered 403)`");
	}

	@Test
	void receiversPermittedButNotExemptFromCsrfStillStopStartup() {
		Throwable failure = startupFailure(List.of(PermittedButNotExemptFromCsrf.class),
				"--checkout.webhooks.enabled=true", "--checkout.callback.enabled=true",
				"--checkout.browser.enabled=true");

		// The script's GET passes (CSRF protects no GET); every POST gets CSRF's 403.
		assertThat(failure).isInstanceOf(CheckoutConfigurationException.class)
			.hasMessageContaining("checkout.webhooks.enabled is true")
			.hasMessageContaining("POST /checkout/webhooks (checkout.webhooks.path, answered 403)")
			.hasMessageContaining("POST /checkout/sessions/callback (checkout.callback.path, answered 403)")
			.hasMessageContaining(
					"POST /checkout-sessions/3ds-method/notification (checkout.browser.method-notification-path, answered 403)")
			.hasMessageContaining(
					"POST /checkout-sessions/3ds-challenge/notification (checkout.browser.challenge-notification-path, answered 403)")
			.hasMessageNotContaining("3ds.js");
	}

	@Test
	void everyBlockedReceiverIsNamedWithItsConfiguredPathBehindActuatorsChainAndABasePath() {
		Throwable failure = startupFailure(List.of(), "--spring.webflux.base-path=/shop",
				"--checkout.callback.enabled=true", "--checkout.callback.path=/hooks/3ds",
				"--checkout.browser.enabled=true");

		assertThat(failure).isInstanceOf(CheckoutConfigurationException.class)
			.hasMessageContaining("checkout.callback.enabled is true")
			.hasMessageContaining("POST /hooks/3ds (checkout.callback.path, answered 403)")
			.hasMessageContaining("GET /checkout-sessions/3ds.js (answered 401)")
			.hasMessageContaining("POST /checkout-sessions/3ds-method/notification")
			.hasMessageContaining("POST /checkout-sessions/3ds-challenge/notification");
	}

	@Test
	void aReceiverSentToALoginPageIsBlocked() {
		Throwable failure = startupFailure(List.of(FormLoginOnly.class), "--checkout.browser.enabled=true");

		assertThat(failure).isInstanceOf(CheckoutConfigurationException.class)
			.hasMessageContaining("GET /checkout-sessions/3ds.js (redirected to /login)");
		assertThat(DocsPage.page("docs/spring-security.md").text())
			.contains("`GET /checkout-sessions/3ds.js (redirected to /login)`");
	}

	@Test
	void aRuleThatPermitsOnlyTheTopLevelWebhookPathStopsStartupNamingTheAccountsPath() {
		Throwable failure = startupFailure(List.of(TopLevelWebhookPathOnly.class), "--checkout.webhooks.enabled=true",
				"--checkout.accounts.eu.webhooks.signature-keys=" + ACCOUNT_KEY, ACCOUNT_CLIENT[0], ACCOUNT_CLIENT[1],
				WITHOUT_ACTUATORS_CHAIN);

		assertThat(failure).isInstanceOf(CheckoutConfigurationException.class)
			.hasMessageContaining("POST /checkout/webhooks/eu (checkout.webhooks.path, answered 401)")
			.hasMessageNotContaining("POST /checkout/webhooks (");
	}

	@Test
	void withTheOneLinePropertyAnAccountsSignedWebhookIsDelivered() {
		try (ConfigurableApplicationContext context = start(List.of(), "--checkout.webhooks.enabled=true",
				"--checkout.accounts.eu.webhooks.signature-keys=" + ACCOUNT_KEY, ACCOUNT_CLIENT[0], ACCOUNT_CLIENT[1],
				"--checkout.security.permit-receivers=true", WITHOUT_ACTUATORS_CHAIN)) {
			String body = "{\"id\":\"evt_" + "e".repeat(26)
					+ "\",\"type\":\"authentication_approved\",\"created_on\":\"" + Instant.now() + "\",\"data\":{}}";

			HttpResponse<String> response = Deliveries.post(url(context, "/checkout/webhooks/eu"), "application/json",
					body, WebhookSignature.HEADER, WebhookSignature.sign(ACCOUNT_KEY, body));

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
	}

	@Test
	void withTheOneLinePropertyTheSameApplicationStartsAndASignedWebhookIsDelivered() {
		try (ConfigurableApplicationContext context = start(List.of(), "--checkout.webhooks.enabled=true",
				"--checkout.callback.enabled=true", "--checkout.browser.enabled=true",
				"--checkout.security.permit-receivers=true", WITHOUT_ACTUATORS_CHAIN)) {
			String body = "{\"id\":\"evt_" + "s".repeat(26)
					+ "\",\"type\":\"authentication_approved\",\"created_on\":\"" + Instant.now() + "\",\"data\":{}}";

			HttpResponse<String> response = Deliveries.post(url(context, "/checkout/webhooks"), "application/json",
					body, WebhookSignature.HEADER, WebhookSignature.sign(SIGNATURE_KEY, body));

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
	}

	@Test
	void withTheDocumentedChainUnderABasePathTheSameApplicationStarts() {
		// Under a base path the receivers' matcher matches within it: a check that left
		// the base path out of its requests would stop this application.
		try (ConfigurableApplicationContext context = start(List.of(ShopWebFluxSecurityConfiguration.class),
				"--spring.webflux.base-path=/shop", "--checkout.webhooks.enabled=true",
				"--checkout.callback.enabled=true", "--checkout.browser.enabled=true")) {
			assertThat(Deliveries.get(url(context, "/shop/checkout-sessions/3ds.js")).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aFilterChainThatFailsOnTheChecksRequestIsReportedAndDoesNotStopStartup(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(List.of(FailingChain.class),
				"--checkout.webhooks.enabled=true")) {
			assertThat(context.isRunning()).isTrue();
		}
		assertThat(output).contains("WARN")
			.contains("Could not check whether Spring Security lets the callers reach POST /checkout/webhooks")
			.contains("the shop's filter is out of order");
	}

	private static String url(ConfigurableApplicationContext context, String path) {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path;
	}

	private static Throwable startupFailure(List<Class<?>> configurations, String... more) {
		Throwable[] failure = new Throwable[1];
		assertThatException().isThrownBy(() -> start(configurations, more).close())
			.satisfies((ex) -> failure[0] = NestedExceptionUtils.getMostSpecificCause(ex));
		return failure[0];
	}

	private static ConfigurableApplicationContext start(List<Class<?>> configurations, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--spring.main.web-application-type=reactive",
				"--server.port=0", "--spring.main.banner-mode=off",
				"--checkout.webhooks.signature-key=" + SIGNATURE_KEY, "--checkout.deduplication.store=memory",
				"--checkout.base-url=http://127.0.0.1:9", "--checkout.oauth.token-url=http://127.0.0.1:9/connect/token",
				"--checkout.oauth.client-id=ack_test", "--checkout.oauth.client-secret=unused"));
		arguments.addAll(List.of(more));
		List<Class<?>> sources = new ArrayList<>(List.of(ReactiveShopApplication.class));
		sources.addAll(configurations);
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(arguments.toArray(String[]::new));
	}

	/**
	 * Authorization permits the receivers; CSRF is Spring Security's default, which no
	 * POST without a token passes.
	 */
	@Configuration(proxyBeanMethods = false)
	static class PermittedButNotExemptFromCsrf {

		@Bean
		SecurityWebFilterChain shopSecurityWebFilterChain(ServerHttpSecurity http) {
			http.authorizeExchange((exchanges) -> exchanges.matchers(CheckoutSessionsRequest.toReceivers())
				.permitAll()
				.anyExchange()
				.authenticated());
			http.httpBasic(withDefaults());
			return http.build();
		}

	}

	/** A shop that permits the top-level webhook path, exactly, and nothing else. */
	@Configuration(proxyBeanMethods = false)
	static class TopLevelWebhookPathOnly {

		@Bean
		SecurityWebFilterChain shopSecurityWebFilterChain(ServerHttpSecurity http) {
			http.authorizeExchange((exchanges) -> exchanges.pathMatchers(HttpMethod.POST, "/checkout/webhooks")
				.permitAll()
				.anyExchange()
				.authenticated());
			http.csrf(ServerHttpSecurity.CsrfSpec::disable);
			http.httpBasic(withDefaults());
			return http.build();
		}

	}

	/** A shop that sends whoever is not logged in to its login page. */
	@Configuration(proxyBeanMethods = false)
	static class FormLoginOnly {

		@Bean
		SecurityWebFilterChain shopSecurityWebFilterChain(ServerHttpSecurity http) {
			http.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated());
			http.formLogin(withDefaults());
			return http.build();
		}

	}

	/** A chain whose filter of the shop's own fails on any exchange. */
	@Configuration(proxyBeanMethods = false)
	static class FailingChain {

		@Bean
		SecurityWebFilterChain shopSecurityWebFilterChain() {
			WebFilter failing = (exchange, chain) -> Mono
				.error(new IllegalStateException("the shop's filter is out of order"));
			return new MatcherSecurityWebFilterChain(ServerWebExchangeMatchers.anyExchange(), List.of(failing));
		}

	}

}
