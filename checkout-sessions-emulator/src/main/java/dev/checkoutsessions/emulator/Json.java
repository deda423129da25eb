package dev.checkoutsessions.emulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's private JSON mapper and small helpers for building wire bodies that omit
 * nulls.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/**
	 * Parses a request body as a JSON object; a blank body or anything that is not an
	 * object is rejected.
	 */
	static @Nullable ObjectNode readObject(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode node = MAPPER.readTree(body);
			return node instanceof ObjectNode object ? object : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static void putIfPresent(ObjectNode target, String name, @Nullable String value) {
		if (value != null) {
			target.put(name, value);
		}
	}

	static void putIfPresent(ObjectNode target, String name, @Nullable Boolean value) {
		if (value != null) {
			target.put(name, value);
		}
	}

	static void putIfPresent(ObjectNode target, String name, @Nullable Long value) {
		if (value != null) {
			target.put(name, value);
		}
	}

	static void copyIfPresent(ObjectNode source, ObjectNode target, String name) {
		JsonNode value = source.get(name);
		if (value != null && !value.isNull()) {
			target.set(name, value.deepCopy());
		}
	}

	/**
	 * The text of a string property, or {@code null} when it is absent, null or not a
	 * string.
	 */
	static @Nullable String text(@Nullable JsonNode node, String name) {
		JsonNode value = node == null ? null : node.get(name);
		return value != null && value.isString() ? value.stringValue() : null;
	}

}
