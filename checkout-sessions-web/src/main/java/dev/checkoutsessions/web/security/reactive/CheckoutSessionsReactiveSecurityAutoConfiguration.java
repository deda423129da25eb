package dev.checkoutsessions.web.security.reactive;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.web.reactive.ApplicationContextServerWebExchangeMatcher;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import dev.checkoutsessions.web.security.CheckoutSecurityProperties;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Spring Security for the receivers in WebFlux applications: with
 * {@code checkout.security.permit-receivers=true} a {@link SecurityWebFilterChain} for
 * exactly the enabled receivers' paths that lets Checkout.com and the issuer's ACS in,
 * and in any case a startup check that Spring Security does not block an enabled receiver
 * (which, unlike the servlet one, sees CSRF protection too).
 * <p>
 * After Boot's {@code ReactiveWebSecurityAutoConfiguration}, so that the chains of Boot's
 * other auto-configurations (Actuator's, OAuth2's, ordered before it) are known.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ SecurityWebFilterChain.class, ServerHttpSecurity.class,
		ApplicationContextServerWebExchangeMatcher.class })
@EnableConfigurationProperties(CheckoutSecurityProperties.class)
public final class CheckoutSessionsReactiveSecurityAutoConfiguration {

	/**
	 * The order of the receivers' filter chain: ahead of the application's chains, which
	 * it cannot shadow since it matches the receivers' paths alone.
	 */
	public static final int RECEIVERS_CHAIN_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	@Order(RECEIVERS_CHAIN_ORDER)
	@ConditionalOnBooleanProperty("checkout.security.permit-receivers")
	@ConditionalOnMissingBean(name = "checkoutSessionsReceiversSecurityWebFilterChain")
	SecurityWebFilterChain checkoutSessionsReceiversSecurityWebFilterChain(ServerHttpSecurity http) {
		http.securityMatcher(CheckoutSessionsRequest.toReceivers());
		// The webhook receiver checks the signature itself, the callback receiver
		// re-reads
		// the session with OAuth: neither request carries credentials to check here.
		http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll());
		// Server-to-server POSTs and the ACS's cross-site form POSTs carry no CSRF token.
		http.csrf(ServerHttpSecurity.CsrfSpec::disable);
		// Nothing to remember between these requests: no session, no saved request.
		http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		http.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()));
		// The notification pages are shown in an iframe of the shop's checkout page.
		http.headers((headers) -> headers.frameOptions((frameOptions) -> frameOptions.mode(Mode.SAMEORIGIN)));
		return http.build();
	}

	@Bean
	static ReceiversSecurityCheck checkoutSessionsReactiveReceiversSecurityCheck(
			ObjectProvider<WebFilterChainProxy> filterChainProxy, ApplicationContext applicationContext) {
		return new ReceiversSecurityCheck(filterChainProxy, applicationContext);
	}

	/**
	 * Spring Security's default chain, which it builds only when there is no
	 * {@code SecurityWebFilterChain} bean at all: without it the receivers' chain would
	 * leave every other path of an application that relies on the default unsecured.
	 * Registered before the receivers' chain (a nested configuration is), so it sees only
	 * the application's and Boot's chains.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("checkout.security.permit-receivers")
	@ConditionalOnMissingBean(SecurityWebFilterChain.class)
	static class DefaultSecurityWebFilterChainConfiguration {

		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		SecurityWebFilterChain checkoutSessionsDefaultSecurityWebFilterChain(ServerHttpSecurity http) {
			http.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated());
			http.httpBasic(withDefaults());
			http.formLogin(withDefaults());
			return http.build();
		}

	}

}
