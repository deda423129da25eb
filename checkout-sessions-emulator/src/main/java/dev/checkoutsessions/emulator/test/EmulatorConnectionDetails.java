package dev.checkoutsessions.emulator.test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * The emulator as the starter's {@code CheckoutConnectionDetails}. A JDK proxy of that
 * interface rather than a class implementing it: the starter's own tests run against this
 * module, so it cannot depend on the starter at compile time without a build cycle.
 */
final class EmulatorConnectionDetails {

	private EmulatorConnectionDetails() {
	}

	static Object create(Class<?> connectionDetailsType, SessionsEmulator emulator) {
		return Proxy.newProxyInstance(connectionDetailsType.getClassLoader(), new Class<?>[] { connectionDetailsType },
				(proxy, method, args) -> answer(proxy, method, args, emulator));
	}

	private static Object answer(Object proxy, Method method, Object[] args, SessionsEmulator emulator) {
		return switch (method.getName()) {
			case "getBaseUrl" -> emulator.baseUrl();
			case "getTokenUrl" -> emulator.tokenUrl();
			case "getClientId" -> emulator.clientId();
			case "getClientSecret" -> emulator.clientSecret();
			// Never the secret.
			case "toString" -> "SessionsEmulator connection details [" + emulator.baseUrl() + "]";
			case "hashCode" -> System.identityHashCode(proxy);
			case "equals" -> proxy == args[0];
			default -> throw new UnsupportedOperationException(method.getName() + " is not a connection detail");
		};
	}

}
