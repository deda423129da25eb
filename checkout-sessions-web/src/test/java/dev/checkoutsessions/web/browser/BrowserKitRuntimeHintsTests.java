package dev.checkoutsessions.web.browser;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserKitRuntimeHintsTests {

	@Test
	void registeredForAotAndCoverThePropertiesAndTheScript() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(BrowserKitRuntimeHints.class);
		RuntimeHints hints = new RuntimeHints();

		new BrowserKitRuntimeHints().registerHints(hints, getClass().getClassLoader());

		assertThat(RuntimeHintsPredicates.reflection().onType(BrowserProperties.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource(BrowserKitRuntimeHints.SCRIPT)).accepts(hints);
	}

}
