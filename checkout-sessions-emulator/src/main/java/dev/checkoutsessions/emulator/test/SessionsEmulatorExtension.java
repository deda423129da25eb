package dev.checkoutsessions.emulator.test;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * JUnit 5 extension that runs a {@link SessionsEmulator} for tests without Spring and
 * injects it into test and lifecycle method parameters.
 * <p>
 * Registered on a {@code static} field with {@code @RegisterExtension}, or with
 * {@code @ExtendWith}, one emulator serves the whole test class; on an instance field,
 * each test gets its own. State is not reset between tests of a class: call
 * {@link SessionsEmulator#reset()} where a test needs a clean emulator.
 *
 * <pre>{@code
 * &#64;RegisterExtension
 * static SessionsEmulatorExtension checkout = new SessionsEmulatorExtension();
 *
 *

&#64;Test
 * void createsSession(SessionsEmulator emulator) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SessionsEmulatorExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private final Supplier<SessionsEmulator> starter;

	private @Nullable SessionsEmulator emulator;

	private boolean perClass;

	/**
	 * An extension starting an emulator with defaults ({@link SessionsEmulator#start()}).
	 */
	public SessionsEmulatorExtension() {
		this(SessionsEmulator::start);
	}

	/**
	 * An extension starting emulators from a configured builder, e.g.
	 * {@code new SessionsEmulatorExtension(SessionsEmulator.builder().tokenLifetime(Duration.ofSeconds(5)))}.
	 * @param builder the configuration to start each emulator with
	 */
	public SessionsEmulatorExtension(SessionsEmulator.Builder builder) {
		this(builder::start);
	}

	private SessionsEmulatorExtension(Supplier<SessionsEmulator> starter) {
		this.starter = starter;
	}

	/**
	 * The running emulator.
	 * @return the emulator of the current test class or test
	 * @throws IllegalStateException outside a running test
	 */
	public SessionsEmulator emulator() {
		if (emulator == null) {
			throw new IllegalStateException("The emulator runs only while a test class or test runs");
		}
		return emulator;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		perClass = true;
		emulator = starter.get();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (!perClass) {
			emulator = starter.get();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (!perClass) {
			stop();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == SessionsEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return emulator();
	}

	private void stop() {
		if (emulator != null) {
			emulator.close();
			emulator = null;
		}
	}

}
