package dev.checkoutsessions.web.security.reactive;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.server.SecurityWebFilterChain;

import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.security.reactive.app.ReactiveShopApplication;
import dev.checkoutsessions.web.security.readme.ShopWebFluxSecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux shop with a filter chain of its own that permits the receivers with
 * {@link CheckoutSessionsRequest#toReceivers()}: docs/spring-security.md's
 * {@link ShopWebFluxSecurityConfiguration}, without the one-line property.
 */
@Tag("spring-security")
@SpringBootTest(classes = { ReactiveShopApplication.class, ShopWebFluxSecurityConfiguration.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "checkout.webhooks.enabled=true",
				"checkout.webhooks.signature-key=reactive-key", "checkout.callback.enabled=true",
				"checkout.browser.enabled=true" })
@AutoConfigureSessionsEmulator
class ReactiveShopChainWithReceiversMatcherApplicationTests extends ReactiveReceiversThroughSpringSecurityContract {

	@Autowired
	ApplicationContext context;

	@Test
	void theShopsChainIsTheOnlyOne() {
		assertThat(this.context.getBeansOfType(SecurityWebFilterChain.class))
			.containsOnlyKeys("shopSecurityWebFilterChain");
	}

}
