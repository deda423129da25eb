package dev.checkoutsessions.emulator;

import java.util.Set;

/**
 * The OAuth scopes that gate the Sessions endpoints ({@code sessions:app},
 * {@code sessions:browser}, and the umbrella {@code sessions}).
 */
final class Scopes {

	static final String APP = "sessions:app";

	static final String BROWSER = "sessions:browser";

	/**
	 * The older umbrella scope, "access to all Sessions resources": treated as both
	 * specific scopes.
	 */
	static final String ALL = "sessions";

	private Scopes() {
	}

	static boolean allowsApp(Set<String> scopes) {
		return scopes.contains(APP) || scopes.contains(ALL);
	}

	static boolean allowsBrowser(Set<String> scopes) {
		return scopes.contains(BROWSER) || scopes.contains(ALL);
	}

	static boolean allowsSessions(Set<String> scopes) {
		return allowsApp(scopes) || allowsBrowser(scopes);
	}

}
