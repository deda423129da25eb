package dev.checkoutsessions.web.browser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The browser kit's answers, whichever web stack serves them
 * ({@link BrowserKitEndpoints}, {@link ReactiveBrowserKitEndpoints}): the script and the
 * 3DS Method and challenge notification pages.
 * <p>
 * The notification page is where the issuer's hidden 3DS Method iframe ends up (EMVCo:
 * the ACS posts {@code threeDSMethodData} to {@code threeDSMethodNotificationURL}). It
 * runs on the merchant's origin, so it can tell the checkout page — and only pages of
 * that origin — that the Method finished, with the transaction id it carried.
 */
final class BrowserKitPages {

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private static final Pattern TRANS_STATUS = Pattern.compile("[A-Z]");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ThreeDsScript script;

	BrowserKitPages(ThreeDsScript script) {
		this.script = script;
	}

	/**
	 * With the current version: cached for a year. Unversioned (or an old version):
	 * revalidated every time.
	 */
	ResponseEntity<byte[]> script(@Nullable String version) {
		CacheControl cache = this.script.getVersion().equals(version)
				? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable() : CacheControl.noCache();
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(cache)
			.eTag("\"" + this.script.getVersion() + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(this.script.content());
	}

	ResponseEntity<String> methodNotification(@Nullable String methodData) {
		return notify(JsonNodeFactory.instance.objectNode()
			.put("type", "checkout-sessions:3ds-method-complete")
			.put("transactionId", transactionId(methodData)));
	}

	/**
	 * A page that posts one message to its parent, for the parent's origin only (the
	 * merchant's).
	 */
	private static ResponseEntity<String> notify(JsonNode messageNode) {
		String message = JSON.writeValueAsString(messageNode);
		String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>3DS Method</title></head>"
				+ "<body><script>window.parent.postMessage(" + message.replace("<", "\\u003c")
				+ ", window.location.origin);</script></body></html>";
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(html);
	}

	/**
	 * Where the ACS posts the CRes after the challenge, inside the challenge iframe:
	 * tells the checkout page the challenge ended and with which {@code transStatus}. The
	 * page still reads the result from its server (the CRes is not signed for the
	 * browser; it decides nothing).
	 */
	ResponseEntity<String> challengeNotification(@Nullable String cres) {
		JsonNode decoded = decode(cres);
		return notify(JsonNodeFactory.instance.objectNode()
			.put("type", "checkout-sessions:challenge-complete")
			.put("transactionId", matching(decoded, "threeDSServerTransID", TRANSACTION_ID))
			.put("transStatus", matching(decoded, "transStatus", TRANS_STATUS)));
	}

	/**
	 * The {@code threeDSServerTransID} inside the base64url JSON, or null when absent or
	 * not an id.
	 */
	static @Nullable String transactionId(@Nullable String methodData) {
		return matching(decode(methodData), "threeDSServerTransID", TRANSACTION_ID);
	}

	private static @Nullable JsonNode decode(@Nullable String base64Json) {
		if (base64Json == null || base64Json.isBlank() || base64Json.length() > 8192) {
			return null;
		}
		try {
			byte[] json = Base64.getUrlDecoder().decode(base64Json.trim().replace("=", ""));
			return JSON.readTree(new String(json, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String matching(@Nullable JsonNode node, String field, Pattern pattern) {
		JsonNode value = (node != null) ? node.get(field) : null;
		String text = (value != null && value.isString()) ? value.stringValue() : null;
		return (text != null && pattern.matcher(text).matches()) ? text : null;
	}

}
