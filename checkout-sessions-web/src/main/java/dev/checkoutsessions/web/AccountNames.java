package dev.checkoutsessions.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The names of the accounts configured under {@code checkout.accounts} (public for the
 * web features' packages, not an API). Read from the {@link Environment} because this
 * module does not depend on the auto-configuration module that declares the properties.
 */
public final class AccountNames {

	private AccountNames() {
	}

	/**
	 * Every configured account, whatever it sets: an account that sets nothing the caller
	 * reads (no webhook keys, say) is listed all the same, so that a check can name what
	 * it lacks.
	 * @param environment the application's environment
	 * @return the names, in configuration order
	 */
	public static List<String> configured(Environment environment) {
		// Object values bind as nested maps whatever the account sets.
		return List.copyOf(Binder.get(environment)
			.bind("checkout.accounts", Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of())
			.keySet());
	}

}
