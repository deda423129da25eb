package dev.checkoutsessions.web.delivery;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

import dev.checkoutsessions.client.CheckoutConfigurationException;

/**
 * What both web stacks share about a delivery's body: JSON content type only, at most a
 * configured number of bytes (read by {@link ServletBodies} or {@link ReactiveBodies}),
 * and parsed strictly — one complete object, no duplicate keys, nothing after it — so no
 * two parsers could read the same bytes differently.
 */
final class DeliveryBodies {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/**
	 * Most bytes of an oversized body read (and discarded) before answering 413, and the
	 * largest limit a receiver may be configured with.
	 */
	static final int DRAIN_LIMIT = 16 * 1024 * 1024;

	private DeliveryBodies() {
	}

	/**
	 * Whether a request with this {@code Content-Type} declares a JSON body
	 * ({@code application/json} or {@code application/*+json}).
	 */
	static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardSubtype()
					|| "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The body as a JSON object, or {@code null} when it is anything else. */
	static @Nullable JsonNode parseObject(byte[] body) {
		try {
			JsonNode node = JSON.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static @Nullable String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	/** The size limit a receiver's property names, checked at startup. */
	static int requireBodySize(String property, @Nullable DataSize size) {
		if (size == null || size.toBytes() < 1 || size.toBytes() > DRAIN_LIMIT) {
			throw new CheckoutConfigurationException(property, "must be between 1B and 16MB, was " + size,
					"Set '" + property + "' to a size such as '64KB'.");
		}
		return (int) size.toBytes();
	}

}
