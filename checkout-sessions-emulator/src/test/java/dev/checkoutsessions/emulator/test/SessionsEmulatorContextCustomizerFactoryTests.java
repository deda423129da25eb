package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SessionsEmulatorContextCustomizerFactoryTests {

	final SessionsEmulatorContextCustomizerFactory factory = new SessionsEmulatorContextCustomizerFactory();

	@Test
	void ignoresTestClassesWithoutTheAnnotation() {
		assertThat(factory.createContextCustomizer(Plain.class, List.of())).isNull();
	}

	@Test
	void reactsToTheAnnotationOnTheClassOrASuperclassWithEqualCustomizers() {
		assertThat(factory.createContextCustomizer(Annotated.class, List.of())).isNotNull()
			.isEqualTo(factory.createContextCustomizer(Inheriting.class, List.of()));
	}

	static class Plain {

	}

	@AutoConfigureSessionsEmulator
	static class Annotated {

	}

	static class Inheriting extends Annotated {

	}

}
