package dev.checkoutsessions.emulator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs one {@link dev.checkoutsessions.emulator.SessionsEmulator} per Spring test context and points the starter at
 * it: sets {@code checkout.base-url}, {@code checkout.oauth.token-url}, {@code checkout.oauth.client-id},
 * {@code checkout.oauth.client-secret} and {@code checkout.processing-channel-id}, and registers the emulator as a
 * bean so the test can inject it to arrange faults or read state.
 * <p>
 * Works with {@code @SpringBootTest} and any other Spring TestContext test; no auto-configuration is involved. The
 * emulator stops when the context closes. Contexts are cached as usual, so tests sharing a context share its
 * emulator: call {@code reset()} where a test needs a clean one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureSessionsEmulator {
}
