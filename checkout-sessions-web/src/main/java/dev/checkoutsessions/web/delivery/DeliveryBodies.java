package dev.checkoutsessions.web.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

import dev.checkoutsessions.web.ReceiverConfigurationException;

/**
 * Reads a delivery's body defensively: JSON content type only, at most a configured
 * number of bytes (a declared {@code Content-Length} over the limit is refused before
 * reading, an undeclared one is cut off one byte past it), and parsed strictly — one
 * complete object, no duplicate keys, nothing after it — so no two parsers could read the
 * same bytes differently.
 */
final class DeliveryBodies {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** Most bytes of an oversized body read (and discarded) before answering 413. */
	static final int DRAIN_LIMIT = 16 * 1024 * 1024;

	private DeliveryBodies() {
	}

	/**
	 * Whether the request declares a JSON body ({@code application/json} or
	 * {@code application/*+json}).
	 */
	static boolean isJson(HttpServletRequest request) {
		String contentType = request.getContentType();
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

	/**
	 * The raw body, or {@code null} when it is longer than {@code maxBytes}. An oversized
	 * body is read on into a small scratch buffer (up to {@value #DRAIN_LIMIT} bytes,
	 * never kept) so the sender gets its 413 on an intact connection instead of a reset;
	 * beyond that, or when the declared length is already over it, the receiver answers
	 * without reading and the server closes the connection.
	 * @throws IOException when the client stops sending
	 */
	static byte @Nullable [] read(HttpServletRequest request, int maxBytes) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > DRAIN_LIMIT) {
			return null;
		}
		byte[] buffer = new byte[(int) Math.min(declared >= 0 ? declared : 8192, maxBytes) + 1];
		int length = 0;
		try (InputStream in = request.getInputStream()) {
			while (true) {
				if (length == buffer.length) {
					if (length > maxBytes) {
						drain(in, length);
						return null;
					}
					buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxBytes + 1));
				}
				int read = in.read(buffer, length, buffer.length - length);
				if (read < 0) {
					break;
				}
				length += read;
			}
		}
		return (length > maxBytes) ? null : Arrays.copyOf(buffer, length);
	}

	private static void drain(InputStream in, long alreadyRead) throws IOException {
		byte[] scratch = new byte[8192];
		long total = alreadyRead;
		int read;
		while (total < DRAIN_LIMIT && (read = in.read(scratch)) >= 0) {
			total += read;
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
			throw new ReceiverConfigurationException(property, "must be between 1B and 16MB, was " + size,
					"Set '" + property + "' to a size such as '64KB'.");
		}
		return (int) size.toBytes();
	}

}
