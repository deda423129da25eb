package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Checkout.com's webhook signature: the {@code Cko-Signature} header is the hex
 * HMAC-SHA256 of the raw request body, keyed with the webhook's signature key. Public so
 * tests can sign the bodies they post.
 *
 * <pre>{@code
 * byte[] body = "{\"id\":\"evt_…\",\"type\":\"authentication_approved\"}".getBytes(UTF_8);
 * String header = WebhookSignature.sign(signatureKey, body);
 * boolean valid = WebhookSignature.verify(signatureKey, body, header);   // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WebhookSignature {

	/** The header Checkout.com puts the signature in. */
	public static final String HEADER = "Cko-Signature";

	private static final String ALGORITHM = "HmacSHA256";

	private static final int SIGNATURE_HEX_LENGTH = 64;

	private WebhookSignature() {
	}

	/**
	 * Signs a body as Checkout.com does.
	 * @param signatureKey the webhook's signature key
	 * @param body the raw request body
	 * @return the lowercase hex HMAC-SHA256, the value of {@code Cko-Signature}
	 */
	public static String sign(String signatureKey, byte[] body) {
		requireKey(signatureKey);
		if (body == null) {
			throw new IllegalArgumentException("body must not be null");
		}
		return HexFormat.of().formatHex(hmac(signatureKey, body));
	}

	/**
	 * Signs a body given as text, encoded as UTF-8.
	 * @param signatureKey the webhook's signature key
	 * @param body the request body
	 * @return the lowercase hex HMAC-SHA256, the value of {@code Cko-Signature}
	 */
	public static String sign(String signatureKey, String body) {
		if (body == null) {
			throw new IllegalArgumentException("body must not be null");
		}
		return sign(signatureKey, body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Whether a {@code Cko-Signature} value is the signature of the body. The comparison
	 * takes the same time wherever the values differ ({@link MessageDigest#isEqual}), so
	 * timing tells an attacker nothing; hex digits of either case are accepted.
	 * @param signatureKey the webhook's signature key
	 * @param body the raw request body, exactly as received
	 * @param signature the {@code Cko-Signature} header value, may be {@code null}
	 * @return {@code true} only for the right signature of exactly these bytes
	 */
	public static boolean verify(String signatureKey, byte[] body, @Nullable String signature) {
		requireKey(signatureKey);
		if (body == null) {
			throw new IllegalArgumentException("body must not be null");
		}
		if (signature == null) {
			return false;
		}
		String trimmed = signature.trim();
		if (trimmed.length() != SIGNATURE_HEX_LENGTH) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(trimmed);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(signatureKey, body), given);
	}

	private static byte[] hmac(String key, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ALGORITHM + " is not available in this JVM", ex);
		}
	}

	private static void requireKey(String signatureKey) {
		if (signatureKey == null || signatureKey.isEmpty()) {
			throw new IllegalArgumentException("signatureKey must not be empty");
		}
	}

}
