package dev.checkoutsessions.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CheckoutRuntimeHints}.
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
	void modelTypesAndTheirBuildersAreReflectivelyAccessible() {
		for (Class<?> type : new Class<?>[] { SessionRequest.class, SessionRequest.Builder.class,
				GetSessionResponse.class, SessionCardSource.class, BrowserSession.class, SessionStatus.class }) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
						MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS))
				.as(type.getName())
				.accepts(this.hints);
		}
	}

	@Test
	void propertiesCanBeBound() {
		assertThat(RuntimeHintsPredicates.reflection().onType(CheckoutProperties.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(CheckoutProperties.Retry.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(CheckoutProperties.Http.class,
				"setReadTimeout")).accepts(this.hints);
	}

	@Test
	void versionResourceIsIncluded() {
		assertThat(RuntimeHintsPredicates.resource().forResource("dev/checkoutsessions/client/version.properties"))
			.accepts(this.hints);
	}

	@Test
	void clientInternalsAreNotOpenedUp() {
		assertThat(RuntimeHintsPredicates.reflection().onType(dev.checkoutsessions.client.SessionsClientBuilder.class))
			.rejects(this.hints);
	}

}
