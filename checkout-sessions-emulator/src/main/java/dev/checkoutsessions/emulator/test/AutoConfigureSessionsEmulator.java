package dev.checkoutsessions.emulator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs one {@link dev.checkoutsessions.emulator.SessionsEmulator} per Spring test context
 * and points the starter at it through a {@code CheckoutConnectionDetails} bean (base
 * URL, token URL, client credentials), leaving the application's {@code checkout.*}
 * properties as they are; without the starter on the classpath it sets
 * {@code checkout.base-url}, {@code checkout.oauth.token-url},
 * {@code checkout.oauth.client-id} and {@code checkout.oauth.client-secret} instead. An
 * application's own {@code checkout.processing-channel-id} is kept and accepted by the
 * emulator; without one the emulator's is set. The emulator is registered as a bean so
 * the test can inject it to arrange faults or read state.
 * <p>
 * Works with {@code @SpringBootTest} and any other Spring TestContext test; no
 * auto-configuration is involved. The emulator stops when the context closes. Contexts
 * are cached as usual, so tests sharing a context share its emulator; before each test
 * method its request counts, armed faults and recorded callbacks and webhooks are reset
 * ({@link dev.checkoutsessions.emulator.SessionsEmulator#resetCountsAndFaults()}), so
 * tests stay independent. Sessions stay.
 * <p>
 * Completion callbacks are posted only to URLs on this machine; a {@code callback_url} on
 * any other host is recorded and answered as delivered
 * ({@link dev.checkoutsessions.emulator.SessionsEmulator#callbacks()}).
 * <p>
 * An application that receives webhooks ({@code checkout.webhooks.enabled}) without a
 * {@code checkout.webhooks.signature-key} (for example an unset
 * {@code ${CHECKOUT_WEBHOOKS_SIGNATURE_KEY}}) gets a generated key, so its tests start
 * without the secret.
 * <p>
 * Each account the application configures ({@code checkout.accounts.<name>.*}) is served
 * by an emulator account of the same name with generated credentials
 * ({@link dev.checkoutsessions.emulator.SessionsEmulator#account(String)}), which sees
 * only its own sessions; the connection details answer {@code account(name)} with it
 * (without the starter, the account's {@code base-url}, {@code oauth.token-url},
 * {@code oauth.client-id} and {@code oauth.client-secret} are set). An account's own
 * {@code processing-channel-id} is kept as at the top level, and an application that
 * receives webhooks gets a generated
 * {@code checkout.accounts.<name>.webhooks.signature-keys[0]} for each account without
 * keys.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureSessionsEmulator {

	/**
	 * Whether the emulator sends its signed authentication webhooks to the application
	 * under test, at
	 * {@code http://127.0.0.1:{local.server.port}{server.servlet.context-path}{checkout.webhooks.path}},
	 * signed with {@code checkout.webhooks.signature-key} (generated and set when the
	 * application has none) and with {@code checkout.webhooks.authorization-header} when
	 * set. Each configured account's webhooks go to
	 * {@code {checkout.webhooks.path}/<name>}, signed with the account's first
	 * {@code webhooks.signature-keys} entry and with its
	 * {@code webhooks.authorization-header} (the top-level one when unset). Needs a
	 * running server: {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} or
	 * {@code DEFINED_PORT}.
	 * @return {@code true} to deliver webhooks to the application
	 */
	boolean webhooks() default false;

}
