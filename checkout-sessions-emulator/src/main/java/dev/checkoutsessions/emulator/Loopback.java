package dev.checkoutsessions.emulator;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which URLs the emulator may call: only this machine's, so a test can never post
 * a session result or a webhook to a real merchant. Host names are judged by their text,
 * never resolved, because resolving would already leave the machine.
 */
final class Loopback {

	private static final Set<String> HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private Loopback() {
	}

	static boolean isLoopback(URI url) {
		String host = url.getHost();
		if (host == null || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
			return false;
		}
		String lower = host.toLowerCase(Locale.ROOT);
		return HOSTS.contains(lower) || lower.matches("127(\\.\\d{1,3}){3}");
	}

	/**
	 * A URL for the emulator to call, or an {@link IllegalArgumentException} naming the
	 * parameter and the rule.
	 */
	static URI require(String url, String name) {
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(name + " is not a valid URL: " + ex.getMessage());
		}
		if (!isLoopback(uri)) {
			throw new IllegalArgumentException(name + " must be an http(s) URL on this machine (localhost, 127.x.x.x"
					+ " or [::1]): the emulator never calls other hosts, was " + url);
		}
		return uri;
	}

}
