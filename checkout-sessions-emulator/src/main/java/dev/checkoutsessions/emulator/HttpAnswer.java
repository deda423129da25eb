package dev.checkoutsessions.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the emulator answers, independent of WireMock, so the API logic can be read (and
 * reasoned about) without the server plumbing.
 */
record HttpAnswer(int status, Map<String, String> headers, @Nullable String body) {

	static HttpAnswer json(int status, JsonNode body) {
		return new HttpAnswer(status, Map.of("Content-Type", "application/json; charset=utf-8"), Json.write(body));
	}

	static HttpAnswer empty(int status) {
		return new HttpAnswer(status, Map.of(), null);
	}

	static HttpAnswer html(int status, String html) {
		return new HttpAnswer(status, Map.of("Content-Type", "text/html; charset=utf-8"), html);
	}

	/**
	 * A 303 so that a browser follows a form POST with a GET, as hosted-payment pages do.
	 */
	static HttpAnswer redirect(String location) {
		return new HttpAnswer(303, Map.of("Location", location), null);
	}

	HttpAnswer withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(headers);
		copy.put(name, value);
		return new HttpAnswer(status, copy, body);
	}
}
