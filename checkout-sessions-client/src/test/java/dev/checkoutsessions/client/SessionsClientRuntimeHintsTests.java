package dev.checkoutsessions.client;

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
 * The client's native-image hints, registered by the client jar itself (no Spring Boot on
 * this classpath).
 */
class SessionsClientRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	SessionsClientRuntimeHintsTests() {
		new SessionsClientRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void isRegisteredInTheClientsAotFactories() {
		assertThat(AotServices.factories().load(RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(SessionsClientRuntimeHints.class);
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
	void versionResourceIsIncluded() {
		assertThat(RuntimeHintsPredicates.resource().forResource(SessionsClientRuntimeHints.VERSION_RESOURCE))
			.accepts(this.hints);
		assertThat(getClass().getClassLoader().getResource(SessionsClientRuntimeHints.VERSION_RESOURCE)).isNotNull();
	}

	@Test
	void clientInternalsAreNotOpenedUp() {
		assertThat(RuntimeHintsPredicates.reflection().onType(SessionsClientBuilder.class)).rejects(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(DefaultRequestFactories.class)).rejects(this.hints);
	}

}
