package dev.checkoutsessions.web.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

import dev.checkoutsessions.web.readme.DocsPage;
import dev.checkoutsessions.web.security.CheckoutReceivers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The several-accounts block of docs/callbacks-and-webhooks.md, loaded as Boot loads
 * {@code application.yml}: its account is received at its own paths, verified with either
 * of its keys during a rotation and with its Authorization value, and the top-level
 * account keeps the plain path.
 */
class WebhookAccountsDocsTests {

	private static final DocsPage PAGE = DocsPage.page("docs/callbacks-and-webhooks.md");

	private static final byte[] BODY = "{\"id\":\"evt_docs\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void theAccountOfThePageIsReceivedAtItsPathsWithEitherKeyDuringARotation() throws IOException {
		StandardEnvironment environment = environmentOf(PAGE.codeBlocks("yaml").get(1));
		WebhookProperties properties = Binder.get(environment)
			.bind("checkout.webhooks", WebhookProperties.class)
			.orElseGet(WebhookProperties::new);

		WebhookAccounts accounts = WebhookAccounts.of(properties, environment);

		WebhookAccount eu = accounts.find("eu");
		assertThat(eu).isNotNull();
		assertThat(eu.signed(BODY, WebhookSignature.sign("eu-new-key", BODY))).isTrue();
		assertThat(eu.signed(BODY, WebhookSignature.sign("eu-old-key", BODY))).isTrue();
		assertThat(eu.signed(BODY, WebhookSignature.sign("top-level-key", BODY))).isFalse();
		assertThat(eu.authorized("Bearer eu-value")).isTrue();
		assertThat(accounts.find(null)).isNotNull();
		assertThat(CheckoutReceivers.paths(environment)).containsExactly("/checkout/webhooks", "/checkout/webhooks/eu",
				"/checkout/sessions/callback", "/checkout/sessions/callback/eu");
	}

	/** The block, with the environment variables it names set. */
	private static StandardEnvironment environmentOf(String yaml) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new YamlPropertySourceLoader()
				.load("docs-block", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))
				.get(0));
		environment.getPropertySources()
			.addLast(new MapPropertySource("variables",
					Map.of("CHECKOUT_WEBHOOKS_SIGNATURE_KEY", "top-level-key", "CHECKOUT_EU_KEY_ID", "ack_eu",
							"CHECKOUT_EU_KEY_SECRET", "eu-secret", "CHECKOUT_EU_WEBHOOKS_SIGNATURE_KEY", "eu-new-key",
							"CHECKOUT_EU_WEBHOOKS_PREVIOUS_SIGNATURE_KEY", "eu-old-key",
							"CHECKOUT_EU_WEBHOOKS_AUTHORIZATION", "Bearer eu-value")));
		return environment;
	}

}
