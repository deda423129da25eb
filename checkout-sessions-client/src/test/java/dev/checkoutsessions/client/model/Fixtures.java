package dev.checkoutsessions.client.model;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the repository's fixtures ({@code fixtures/}) and compares JSON as trees, so that
 * property order and whitespace do not matter.
 */
final class Fixtures {

	/**
	 * A mapper with default settings: the model must not depend on the caller's
	 * configuration.
	 */
	static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Surefire runs with the module directory as working directory. */
	static final Path DIR = Path.of("..", "fixtures");

	private Fixtures() {
	}

	static String read(String name) {
		try {
			return Files.readString(DIR.resolve(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static JsonNode tree(String name) {
		return MAPPER.readTree(read(name));
	}

	static <T> T parse(String name, Class<T> type) {
		return MAPPER.readValue(read(name), type);
	}

	/**
	 * Serializes through text, so numbers compare as the parser types them, not as the
	 * Java field types.
	 */
	static JsonNode toTree(Object value) {
		return MAPPER.readTree(MAPPER.writeValueAsString(value));
	}

}
