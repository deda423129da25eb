package dev.checkoutsessions.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import dev.checkoutsessions.client.model.SessionRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CheckoutRuntimeHints}: only what Spring Boot needs; the model's hints
 * come from the client.
 */
class CheckoutRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	CheckoutRuntimeHintsTests() {
		new CheckoutRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void isRegisteredInAotFactories() {
		assertThat(AotServices.factories().load(RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(CheckoutRuntimeHints.class);
	}

	@Test
	void propertiesCanBeBound() {
		assertThat(RuntimeHintsPredicates.reflection().onType(CheckoutProperties.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(CheckoutProperties.Retry.class)).accepts(this.hints);
		assertThat(
				RuntimeHintsPredicates.reflection().onMethodInvocation(CheckoutProperties.Http.class, "setReadTimeout"))
			.accepts(this.hints);
	}

	@Test
	void leavesTheModelToTheClient() {
		assertThat(RuntimeHintsPredicates.reflection().onType(SessionRequest.class)).rejects(this.hints);
	}

	@Test
	void applicationsGetTheClientsHintsToo() {
		RuntimeHints all = new RuntimeHints();
		AotServices.factories()
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(all, getClass().getClassLoader()));
		assertThat(RuntimeHintsPredicates.reflection().onType(SessionRequest.class)).accepts(all);
		assertThat(RuntimeHintsPredicates.reflection().onType(CheckoutProperties.class)).accepts(all);
	}

}
