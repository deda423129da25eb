package dev.checkoutsessions.web.delivery;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryRuntimeHintsTests {

	@Test
	void registeredForAotAndCoverThePropertiesAndTheSchemaScript() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(DeliveryRuntimeHints.class);
		RuntimeHints hints = new RuntimeHints();

		new DeliveryRuntimeHints().registerHints(hints, getClass().getClassLoader());

		assertThat(RuntimeHintsPredicates.resource()
			.forResource(DeliveryRuntimeHints.SCHEMA_DIRECTORY + "schema-postgresql.sql")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(WebhookProperties.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(DeduplicationProperties.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(CallbackProperties.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(ConfiguredAccount.Webhooks.class)).accepts(hints);
	}

}
