package dev.checkoutsessions.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The parts of an HTTP request the emulator looks at, decoupled from WireMock's request
 * type.
 */
record EmulatorRequest(String method, String path, Map<String, String> headers, @Nullable String body,
		String clientIp) {

	/** A header value by case-insensitive name, or {@code null}. */
	@Nullable String header(String name) {
		for (Map.Entry<String, String> header : headers.entrySet()) {
			if (header.getKey().equalsIgnoreCase(name)) {
				return header.getValue();
			}
		}
		return null;
	}

	/**
	 * The body decoded as {@code application/x-www-form-urlencoded}; the first value wins
	 * for repeated names.
	 */
	Map<String, String> form() {
		Map<String, String> form = new LinkedHashMap<>();
		if (body == null || body.isEmpty()) {
			return form;
		}
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			form.putIfAbsent(name, value);
		}
		return form;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}
}
