package dev.checkoutsessions.web;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class CheckoutWebRuntimeHintsTests {

	@Test
	void registeredForAotAndCoverThePropertiesAndTheSchemaScript() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(org.springframework.aot.hint.RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(CheckoutWebRuntimeHints.class);
		RuntimeHints hints = new RuntimeHints();

		new CheckoutWebRuntimeHints().registerHints(hints, getClass().getClassLoader());

		assertThat(RuntimeHintsPredicates.resource().forResource(CheckoutWebRuntimeHints.SCHEMA)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(WebhookProperties.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(WebhookProperties.Deduplication.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(CallbackProperties.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(BrowserProperties.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource(CheckoutWebRuntimeHints.SCRIPT)).accepts(hints);
	}

}
