package dev.checkoutsessions.web.security.reactive;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.context.TestPropertySource;

import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.readme.YamlPropertySourceFactory;
import dev.checkoutsessions.web.security.reactive.app.ReactiveShopApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one line of docs/spring-security.md in a WebFlux shop that relies on Spring
 * Security's default chain, with a webhook path of its own. Spring Security builds its
 * default only when there is no {@code SecurityWebFilterChain} at all, so the starter
 * keeps it beside the receivers' chain; Actuator's chain, which would stand in for it
 * here, is left out.
 */
@Tag("spring-security")
@SpringBootTest(classes = ReactiveShopApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.main.web-application-type=reactive", "checkout.webhooks.enabled=true",
		"checkout.webhooks.signature-key=reactive-key", "checkout.webhooks.path=/shop/hooks/checkout",
		"checkout.callback.enabled=true", "checkout.browser.enabled=true",
		"spring.autoconfigure.exclude=org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration" })
@TestPropertySource(locations = "classpath:spring-security-application.yml", factory = YamlPropertySourceFactory.class)
@AutoConfigureSessionsEmulator
class ReactivePermitReceiversPropertyApplicationTests extends ReactiveReceiversThroughSpringSecurityContract {

	@Autowired
	ApplicationContext context;

	@Test
	void springSecuritysDefaultChainIsKeptAfterTheReceiversChain() {
		assertThat(this.context.getBeansOfType(SecurityWebFilterChain.class)).containsOnlyKeys(
				"checkoutSessionsReceiversSecurityWebFilterChain", "checkoutSessionsDefaultSecurityWebFilterChain");
	}

}
