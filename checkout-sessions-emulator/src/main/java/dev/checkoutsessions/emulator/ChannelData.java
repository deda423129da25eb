package dev.checkoutsessions.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validation of {@code channel_data} / the collect-data body (the API reference's
 * browser, app and merchant-initiated schemas), discriminated by {@code channel}.
 */
final class ChannelData {

	private static final List<String> BROWSER_REQUIRED = List.of("accept_header", "java_enabled", "language",
			"color_depth", "screen_height", "screen_width", "timezone", "user_agent", "ip_address");

	private static final List<String> APP_REQUIRED = List.of("sdk_app_id", "sdk_max_timeout", "sdk_ephem_pub_key",
			"sdk_encrypted_data", "sdk_reference_number", "sdk_transaction_id");

	private static final Set<String> METHOD_COMPLETIONS = Set.of("Y", "N", "U");

	private ChannelData() {
	}

	/** The channel, defaulting to browser as the API's discriminator does. */
	static String channel(ObjectNode data) {
		String channel = Json.text(data, "channel");
		return channel == null ? Session.CHANNEL_BROWSER : channel;
	}

	/**
	 * Whether the object carries nothing but its discriminator: the API then still waits
	 * for channel data (an empty app object on create answers 202 {@code pending}, like a
	 * create without channel data).
	 */
	static boolean isEmpty(ObjectNode data) {
		return data.propertyNames().stream().allMatch("channel"::equals);
	}

	/** The error codes for this channel data; empty when it is valid. */
	static List<String> validate(ObjectNode data) {
		List<String> codes = new ArrayList<>();
		String channel = channel(data);
		switch (channel) {
			case Session.CHANNEL_BROWSER -> {
				requireAll(data, BROWSER_REQUIRED, codes);
				String completion = Json.text(data, "three_ds_method_completion");
				if (data.has("three_ds_method_completion") && !isMethodCompletion(completion)) {
					codes.add("three_ds_method_completion_invalid");
				}
			}
			case Session.CHANNEL_APP -> {
				requireAll(data, APP_REQUIRED, codes);
				JsonNode timeout = data.get("sdk_max_timeout");
				if (timeout != null && (!timeout.canConvertToInt() || timeout.asInt() < 5)) {
					codes.add("sdk_max_timeout_invalid");
				}
			}
			case Session.CHANNEL_MERCHANT_INITIATED -> requireAll(data, List.of("request_type"), codes);
			default -> codes.add("channel_invalid");
		}
		return codes;
	}

	/**
	 * The browser's 3DS Method indicator in upper case, or {@code null} when not sent.
	 */
	static @Nullable String methodCompletion(ObjectNode data) {
		String completion = Json.text(data, "three_ds_method_completion");
		return completion == null ? null : completion.toUpperCase(Locale.ROOT);
	}

	/** The API accepts the indicator in either case ({@code Y} or {@code y}). */
	static boolean isMethodCompletion(@Nullable String value) {
		return value != null && METHOD_COMPLETIONS.contains(value.toUpperCase(Locale.ROOT));
	}

	private static void requireAll(ObjectNode data, List<String> fields, List<String> codes) {
		for (String field : fields) {
			JsonNode value = data.get(field);
			if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
				codes.add(field + "_required");
			}
		}
	}

}
