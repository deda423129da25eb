package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSignatureTests {

	/** RFC 4231 test case 2: HMAC-SHA256 with key "Jefe". */
	private static final String RFC_4231_CASE_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

	@Test
	void signsAsHexHmacSha256OfTheRawBytes() {
		assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?")).isEqualTo(RFC_4231_CASE_2);
		assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(RFC_4231_CASE_2);
	}

	@Test
	void verifiesOnlyTheRightSignatureOfExactlyTheseBytes() {
		byte[] body = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignature.sign("key", body);
		byte[] flipped = body.clone();
		flipped[3] ^= 0x20;

		assertThat(WebhookSignature.verify("key", body, signature)).isTrue();
		assertThat(WebhookSignature.verify("key", body, signature.toUpperCase())).isTrue();
		assertThat(WebhookSignature.verify("key", body, " " + signature + " ")).isTrue();
		assertThat(WebhookSignature.verify("key", flipped, signature)).isFalse();
		assertThat(WebhookSignature.verify("other", body, signature)).isFalse();
		assertThat(WebhookSignature.verify("key", body, null)).isFalse();
		assertThat(WebhookSignature.verify("key", body, "")).isFalse();
		assertThat(WebhookSignature.verify("key", body, signature.substring(1))).isFalse();
		assertThat(WebhookSignature.verify("key", body, "z".repeat(64))).isFalse();
		assertThat(WebhookSignature.verify("key", body, "sha256=" + signature)).isFalse();
	}

	@Test
	void anEmptyKeyOrNoBodyIsAnArgumentError() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.sign("", new byte[0]))
			.withMessageContaining("signatureKey");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.verify("k", null, "00"))
			.withMessageContaining("body");
	}

}
