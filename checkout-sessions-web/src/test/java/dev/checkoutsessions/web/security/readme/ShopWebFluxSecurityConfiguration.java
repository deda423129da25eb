package dev.checkoutsessions.web.security.readme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;

import dev.checkoutsessions.web.security.reactive.CheckoutSessionsRequest;

import static org.springframework.security.config.Customizer.withDefaults;

@Configuration(proxyBeanMethods = false)
public class ShopWebFluxSecurityConfiguration {

    @Bean
    SecurityWebFilterChain shopSecurityWebFilterChain(ServerHttpSecurity http) {
        http.authorizeExchange((exchanges) -> exchanges
                // Checkout.com, the issuer's ACS and the browser kit send no credentials...
                .matchers(CheckoutSessionsRequest.toReceivers()).permitAll()
                .anyExchange().authenticated());
        // ...and no CSRF token.
        http.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                new NegatedServerWebExchangeMatcher(CheckoutSessionsRequest.toReceivers()))));
        // The browser kit's notification pages open in an iframe of your checkout page.
        http.headers((headers) -> headers.frameOptions((frameOptions) -> frameOptions.mode(Mode.SAMEORIGIN)));
        http.formLogin(withDefaults());
        http.httpBasic(withDefaults());
        return http.build();
    }

}
