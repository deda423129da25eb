package dev.checkoutsessions.emulator.test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
 * the same interface, or {@code null} for a name the application did not configure.
 */
final class EmulatorConnectionDetails {

	private EmulatorConnectionDetails() {
	}

	static Object create(Class<?> connectionDetailsType, SessionsEmulator emulator,
			Map<String, EmulatorAccount> configuredAccounts) {
		return create(connectionDetailsType, emulator, emulator.account(SessionsEmulator.DEFAULT_ACCOUNT),
				Map.copyOf(configuredAccounts));
	}

	private static Object create(Class<?> connectionDetailsType, SessionsEmulator emulator, EmulatorAccount account,
			Map<String, EmulatorAccount> configuredAccounts) {
		return Proxy.newProxyInstance(connectionDetailsType.getClassLoader(), new Class<?>[] { connectionDetailsType },
				(proxy, method, args) -> answer(new Call(proxy, method, args), connectionDetailsType, emulator, account,
						configuredAccounts));
	}

	private static @Nullable Object answer(Call call, Class<?> type, SessionsEmulator emulator, EmulatorAccount account,
			Map<String, EmulatorAccount> configuredAccounts) {
		return switch (call.method().getName()) {
			case "getBaseUrl" -> emulator.baseUrl();
			case "getTokenUrl" -> emulator.tokenUrl();
			case "getClientId" -> account.clientId();
			case "getClientSecret" -> account.clientSecret();
			// An account's own details configure no further accounts.
			case "account" -> {
				// Immutable maps refuse a null key rather than answering null.
				EmulatorAccount configured = (call.argument() instanceof String name) ? configuredAccounts.get(name)
						: null;
				yield (configured != null) ? create(type, emulator, configured, Map.of()) : null;
			}
			// Never the secret.
			case "toString" ->
				"SessionsEmulator connection details [" + emulator.baseUrl() + ", account " + account.name() + "]";
			case "hashCode" -> System.identityHashCode(call.proxy());
			case "equals" -> call.proxy() == call.argument();
			default -> throw new UnsupportedOperationException(call.method().getName() + " is not a connection detail");
		};
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
