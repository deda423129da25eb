package dev.checkoutsessions.client;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's private JSON mapper. Private on purpose: the wire format must not change
 * with the application's {@code spring.jackson.*} settings, and the starter must not
 * publish a mapper bean.
 */
final class JsonCodec {

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	byte[] write(Object value) {
		return this.mapper.writeValueAsBytes(value);
	}

	/**
	 * Reads {@code bytes} as {@code type}; {@link JacksonException} when they are not
	 * such a value.
	 */
	<T> T read(byte[] bytes, Class<T> type) {
		return this.mapper.readValue(bytes, type);
	}

	JsonNode readTree(byte[] bytes) {
		return this.mapper.readTree(bytes);
	}

}
