package dev.checkoutsessions.web.security.servlet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.WebTestApplication;
import dev.checkoutsessions.web.security.readme.ShopSecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop with a filter chain of its own that permits the receivers with
 * {@link CheckoutSessionsRequest#toReceivers()}: docs/spring-security.md's
 * {@link ShopSecurityConfiguration}, without the one-line property.
 */
@Tag("spring-security")
@SpringBootTest(classes = { WebTestApplication.class, ShopSecurityConfiguration.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.webhooks.enabled=true", "checkout.callback.enabled=true",
				"checkout.browser.enabled=true", "checkout.deduplication.store=memory" })
@AutoConfigureSessionsEmulator(webhooks = true)
class ShopChainWithReceiversMatcherApplicationTests extends ReceiversThroughSpringSecurityContract {

	@Autowired
	ApplicationContext context;

	@Test
	void theShopsChainIsTheOnlyOne() {
		assertThat(this.context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("shopSecurityFilterChain");
	}

}
