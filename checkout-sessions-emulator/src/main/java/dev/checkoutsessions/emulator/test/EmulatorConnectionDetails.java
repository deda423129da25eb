package dev.checkoutsessions.emulator.test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.emulator.EmulatorAccount;
import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * The emulator as the starter's {@code CheckoutConnectionDetails}. A JDK proxy of that
 * interface rather than a class implementing it: the starter's own tests run against this
 * module, so it cannot depend on the starter at compile time without a build cycle.
 * <p>
 * The top-level details are the default account's; {@code account(name)} answers the
 * details of the emulator account serving the configured account {@code name}, a proxy of
 * the same interface, and refuses a name the emulator does not serve.
 */
final class EmulatorConnectionDetails {

	private EmulatorConnectionDetails() {
	}

	static Object create(Class<?> connectionDetailsType, SessionsEmulator emulator,
			Map<String, EmulatorAccount> configuredAccounts) {
		return create(connectionDetailsType, emulator, emulator.account(SessionsEmulator.DEFAULT_ACCOUNT),
				Collections.unmodifiableMap(new LinkedHashMap<>(configuredAccounts)));
	}

	/**
	 * The details of one emulator account; {@code configuredAccounts} is {@code null} for
	 * a configured account's own details, which configure no further accounts.
	 */
	private static Object create(Class<?> connectionDetailsType, SessionsEmulator emulator, EmulatorAccount account,
			@Nullable Map<String, EmulatorAccount> configuredAccounts) {
		return Proxy.newProxyInstance(connectionDetailsType.getClassLoader(), new Class<?>[] { connectionDetailsType },
				(proxy, method, args) -> answer(new Call(proxy, method, args), connectionDetailsType, emulator, account,
						configuredAccounts));
	}

	private static @Nullable Object answer(Call call, Class<?> type, SessionsEmulator emulator, EmulatorAccount account,
			@Nullable Map<String, EmulatorAccount> configuredAccounts) {
		return switch (call.method().getName()) {
			case "getBaseUrl" -> emulator.baseUrl();
			case "getTokenUrl" -> emulator.tokenUrl();
			case "getClientId" -> account.clientId();
			case "getClientSecret" -> account.clientSecret();
			case "account" -> (configuredAccounts != null) ? account(call, type, emulator, configuredAccounts) : null;
			// Never the secret.
			case "toString" ->
				"SessionsEmulator connection details [" + emulator.baseUrl() + ", account " + account.name() + "]";
			case "hashCode" -> System.identityHashCode(call.proxy());
			case "equals" -> call.proxy() == call.argument();
			default -> throw new UnsupportedOperationException(call.method().getName() + " is not a connection detail");
		};
	}

	/**
	 * The details of the emulator account serving a configured account. Never
	 * {@code null}: that would send the account's calls, credentials and all, from a test
	 * to Checkout.com.
	 */
	private static Object account(Call call, Class<?> type, SessionsEmulator emulator,
			Map<String, EmulatorAccount> configuredAccounts) {
		String name = String.valueOf(call.argument());
		EmulatorAccount configured = configuredAccounts.get(name);
		if (configured == null) {
			throw new IllegalStateException("The application configures an account '" + name
					+ "' that @AutoConfigureSessionsEmulator did not find when the test context started (it found "
					+ configuredAccounts.keySet() + "), so the emulator does not serve it and its calls would reach "
					+ "Checkout.com. Configure 'checkout.accounts." + name
					+ ".*' in the test's environment (application.yml, test properties or environment variables).");
		}
		return create(type, emulator, configured, null);
	}

	/**
	 * One invocation on the proxy; {@code args} is {@code null} for no-argument methods.
	 */
	private record Call(Object proxy, Method method, @Nullable Object @Nullable [] args) {

		@Nullable Object argument() {
			return (args != null && args.length > 0) ? args[0] : null;
		}

	}

}
