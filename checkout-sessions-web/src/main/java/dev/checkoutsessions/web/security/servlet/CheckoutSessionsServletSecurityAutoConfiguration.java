package dev.checkoutsessions.web.security.servlet;

import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.web.servlet.ApplicationContextRequestMatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer.FrameOptionsConfig;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

import dev.checkoutsessions.web.security.CheckoutSecurityProperties;

/**
 * Spring Security for the receivers in servlet applications: with
 * {@code checkout.security.permit-receivers=true} a {@link SecurityFilterChain} for
 * exactly the enabled receivers' paths that lets Checkout.com and the issuer's ACS in,
 * and in any case a startup check that Spring Security does not block an enabled
 * receiver.
 * <p>
 * After Boot's {@code ServletWebSecurityAutoConfiguration}: Boot's default chain (and
 * Actuator's, OAuth2's, ordered before it) backs off as soon as any
 * {@code SecurityFilterChain} bean is defined, so this chain is defined only once they
 * have been, and an application relying on them keeps them for every other path.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, HttpSecurity.class, ApplicationContextRequestMatcher.class })
@EnableConfigurationProperties(CheckoutSecurityProperties.class)
public final class CheckoutSessionsServletSecurityAutoConfiguration {

	/**
	 * The order of the receivers' filter chain: ahead of the application's chains, which
	 * it cannot shadow since it matches the receivers' paths alone.
	 */
	public static final int RECEIVERS_CHAIN_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	@Order(RECEIVERS_CHAIN_ORDER)
	@ConditionalOnBooleanProperty("checkout.security.permit-receivers")
	@ConditionalOnMissingBean(name = "checkoutSessionsReceiversSecurityFilterChain")
	SecurityFilterChain checkoutSessionsReceiversSecurityFilterChain(HttpSecurity http) {
		http.securityMatcher(CheckoutSessionsRequest.toReceivers());
		// The webhook receiver checks the signature (and the Authorization header when
		// set) itself, the callback receiver re-reads the session with OAuth: neither
		// request carries credentials Spring Security could check.
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		// Server-to-server POSTs and the ACS's cross-site form POSTs carry no CSRF token.
		http.csrf(AbstractHttpConfigurer::disable);
		// Nothing to remember between these requests: no session, no saved request to
		// replay after a login that never comes.
		http.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache(AbstractHttpConfigurer::disable);
		// The notification pages are shown in an iframe of the shop's checkout page.
		http.headers((headers) -> headers.frameOptions(FrameOptionsConfig::sameOrigin));
		return http.build();
	}

	@Bean
	static ReceiversSecurityCheck checkoutSessionsReceiversSecurityCheck(
			ObjectProvider<WebInvocationPrivilegeEvaluator> privilegeEvaluator, Environment environment,
			ObjectProvider<ServletContext> servletContext) {
		return new ReceiversSecurityCheck(privilegeEvaluator, environment, servletContext);
	}

}
