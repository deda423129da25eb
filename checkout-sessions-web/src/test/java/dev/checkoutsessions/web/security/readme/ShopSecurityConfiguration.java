package dev.checkoutsessions.web.security.readme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer.FrameOptionsConfig;
import org.springframework.security.web.SecurityFilterChain;

import dev.checkoutsessions.web.security.servlet.CheckoutSessionsRequest;

import static org.springframework.security.config.Customizer.withDefaults;

@Configuration(proxyBeanMethods = false)
public class ShopSecurityConfiguration {

    @Bean
    SecurityFilterChain shopSecurityFilterChain(HttpSecurity http) {
        http.authorizeHttpRequests((requests) -> requests
                // Checkout.com, the issuer's ACS and the browser kit send no credentials...
                .requestMatchers(CheckoutSessionsRequest.toReceivers()).permitAll()
                .anyRequest().authenticated());
        // ...and no CSRF token.
        http.csrf((csrf) -> csrf.ignoringRequestMatchers(CheckoutSessionsRequest.toReceivers()));
        // The browser kit's notification pages open in an iframe of your checkout page.
        http.headers((headers) -> headers.frameOptions(FrameOptionsConfig::sameOrigin));
        http.formLogin(withDefaults());
        http.httpBasic(withDefaults());
        return http.build();
    }

}
