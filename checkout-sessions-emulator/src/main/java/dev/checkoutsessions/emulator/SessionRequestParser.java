package dev.checkoutsessions.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates a {@code POST /sessions} body and extracts what the session keeps. Every
 * problem is collected, so one 422 lists all error codes, the way the API reports
 * validation errors.
 */
final class SessionRequestParser {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final Pattern PAN = Pattern.compile("\\d{13,19}");

	private static final Pattern PROCESSING_CHANNEL = Pattern.compile("pc_\\w{26}");

	private static final Set<String> SOURCE_TYPES = Set.of("card", "id", "token", "network_token");

	private static final List<String> ECHOED = List.of("account_info", "merchant_risk_info", "recurring", "installment",
			"initial_transaction", "optimization", "preferred_experiences", "google_spa");

	private final @Nullable String processingChannelId;

	SessionRequestParser(@Nullable String processingChannelId) {
		this.processingChannelId = processingChannelId;
	}

	SessionRequest parse(@Nullable ObjectNode body) {
		if (body == null) {
			throw ApiException.invalid(List.of("source_required", "currency_required", "completion_required"));
		}
		List<String> codes = new ArrayList<>();
		ObjectNode source = object(body, "source");
		String cardNumber = source == null ? null : validateSource(source, codes);
		if (source == null) {
			codes.add("source_required");
		}
		String currency = Json.text(body, "currency");
		if (currency == null) {
			codes.add("currency_required");
		}
		else if (!CURRENCY.matcher(currency).matches()) {
			codes.add("currency_invalid");
		}
		Long amount = amount(body, codes);
		validateProcessingChannel(body, codes);
		ObjectNode completionNode = object(body, "completion");
		Completion completion = completionNode == null ? null : completion(completionNode, codes);
		if (completionNode == null) {
			codes.add("completion_required");
		}
		ObjectNode channelData = object(body, "channel_data");
		if (channelData != null && !ChannelData.isEmpty(channelData)) {
			ChannelData.validate(channelData).forEach(code -> codes.add("channel_data_" + code));
		}
		if (completion != null && completion.hosted() && channelData != null
				&& Session.CHANNEL_APP.equals(ChannelData.channel(channelData))) {
			codes.add("hosted_not_supported_for_app");
		}
		if (!codes.isEmpty()) {
			throw ApiException.invalid(codes);
		}
		if (source == null || currency == null || completion == null) {
			// Each of them adds an error code when missing, so reaching here without one
			// is a bug in this parser.
			throw new IllegalStateException("Validation passed without a source, currency or completion");
		}
		ObjectNode echoes = Json.object();
		ECHOED.forEach(name -> Json.copyIfPresent(body, echoes, name));
		String reference = Json.text(body, "reference");
		return new SessionRequest(cardNumber, scheme(source, cardNumber), fingerprint(source, cardNumber), amount,
				currency, textOr(body, "authentication_type", "regular"),
				textOr(body, "authentication_category", amount == null ? "non_payment" : "payment"),
				textOr(body, "challenge_indicator", "no_preference"), textOr(body, "transaction_type", "goods_service"),
				reference, completion, channelData, echoes);
	}

	private static @Nullable String validateSource(ObjectNode source, List<String> codes) {
		String type = textOr(source, "type", "card");
		if (!SOURCE_TYPES.contains(type)) {
			codes.add("source_type_invalid");
			return null;
		}
		switch (type) {
			case "id" -> require(source, "id", "source_id_required", codes);
			case "token" -> require(source, "token", "token_required", codes);
			default -> {
				String numberField = "card".equals(type) ? "number" : "token";
				String prefix = "card".equals(type) ? "card_number" : "token";
				String number = Json.text(source, numberField);
				if (number == null) {
					codes.add(prefix + "_required");
				}
				else if (!PAN.matcher(number).matches() || !luhn(number)) {
					codes.add(prefix + "_invalid");
				}
				validateExpiry(source, codes);
				return number;
			}
		}
		return null;
	}

	private static void validateExpiry(ObjectNode source, List<String> codes) {
		JsonNode month = source.get("expiry_month");
		if (month == null || month.isNull()) {
			codes.add("card_expiry_month_required");
		}
		else if (!month.canConvertToInt() || month.asInt() < 1 || month.asInt() > 12) {
			codes.add("card_expiry_month_invalid");
		}
		JsonNode year = source.get("expiry_year");
		if (year == null || year.isNull()) {
			codes.add("card_expiry_year_required");
		}
		else if (!year.canConvertToInt() || year.asInt() < 1000 || year.asInt() > 9999) {
			codes.add("card_expiry_year_invalid");
		}
	}

	private static @Nullable Long amount(ObjectNode body, List<String> codes) {
		JsonNode amount = body.get("amount");
		if (amount == null || amount.isNull()) {
			return null;
		}
		if (!amount.isIntegralNumber() || !amount.canConvertToLong() || amount.longValue() < 0) {
			codes.add("amount_invalid");
			return null;
		}
		return amount.longValue();
	}

	/**
	 * The id must be well formed and be the emulator's channel: a wrong id caught here is
	 * a starter that did not apply {@code checkout.processing-channel-id}. Omitting it is
	 * accepted, as when the channel is bound to the token.
	 */
	private void validateProcessingChannel(ObjectNode body, List<String> codes) {
		String channel = Json.text(body, "processing_channel_id");
		if (channel != null && (!PROCESSING_CHANNEL.matcher(channel).matches()
				|| (processingChannelId != null && !processingChannelId.equals(channel)))) {
			codes.add("processing_channel_id_invalid");
		}
	}

	private static @Nullable Completion completion(ObjectNode completion, List<String> codes) {
		String type = Json.text(completion, "type");
		if ("hosted".equals(type)) {
			String success = url(completion, "success_url", true, codes);
			String failure = url(completion, "failure_url", true, codes);
			return Completion.hosted(success, failure);
		}
		if ("non_hosted".equals(type)) {
			return Completion.nonHosted(url(completion, "callback_url", false, codes),
					url(completion, "challenge_notification_url", false, codes));
		}
		codes.add(type == null ? "completion_type_required" : "completion_type_invalid");
		return null;
	}

	private static @Nullable String url(ObjectNode node, String field, boolean required, List<String> codes) {
		String value = Json.text(node, field);
		if (value == null) {
			if (required) {
				codes.add(field + "_required");
			}
			return null;
		}
		try {
			URI uri = URI.create(value);
			if (value.length() > 256 || uri.getHost() == null
					|| !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
				codes.add(field + "_invalid");
			}
		}
		catch (IllegalArgumentException ex) {
			codes.add(field + "_invalid");
		}
		return value;
	}

	private static String scheme(ObjectNode source, @Nullable String number) {
		String chosen = Json.text(source, "scheme");
		if (chosen != null) {
			return chosen;
		}
		if (number == null) {
			return "visa";
		}
		if (number.startsWith("34") || number.startsWith("37")) {
			return "amex";
		}
		if (number.startsWith("35")) {
			return "jcb";
		}
		if (number.startsWith("36") || number.startsWith("38") || number.startsWith("30")) {
			return "diners";
		}
		if (number.startsWith("6011") || number.startsWith("65")) {
			return "discover";
		}
		if (number.startsWith("62")) {
			return "upi";
		}
		char first = number.charAt(0);
		return (first == '5' || first == '2') ? "mastercard" : "visa";
	}

	/**
	 * A stable, irreversible-enough card fingerprint, shaped like the API's (64
	 * upper-case hex digits).
	 */
	private static String fingerprint(ObjectNode source, @Nullable String number) {
		String basis = number != null ? number : String.valueOf(Json.text(source, "id")) + Json.text(source, "token");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("checkout-sessions-emulator:" + basis).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().withUpperCase().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	private static boolean luhn(String number) {
		int sum = 0;
		boolean doubleDigit = false;
		for (int i = number.length() - 1; i >= 0; i--) {
			int digit = number.charAt(i) - '0';
			if (doubleDigit) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubleDigit = !doubleDigit;
		}
		return sum % 10 == 0;
	}

	private static void require(ObjectNode node, String field, String code, List<String> codes) {
		if (Json.text(node, field) == null) {
			codes.add(code);
		}
	}

	private static @Nullable ObjectNode object(ObjectNode node, String field) {
		JsonNode value = node.get(field);
		return value instanceof ObjectNode object ? object : null;
	}

	private static String textOr(ObjectNode node, String field, String fallback) {
		String value = Json.text(node, field);
		return value == null ? fallback : value;
	}

}
