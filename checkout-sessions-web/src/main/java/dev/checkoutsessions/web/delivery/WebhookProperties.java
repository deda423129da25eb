package dev.checkoutsessions.web.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The webhook receiver ({@code checkout.webhooks.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("checkout.webhooks")
public class WebhookProperties {

	/**
	 * Whether to receive Checkout.com webhooks; needs checkout.webhooks.signature-key (or
	 * signature-keys), and signature-keys for each account of checkout.accounts, received
	 * at this path plus '/' and the account's name.
	 */
	private boolean enabled;

	/**
	 * Path of the webhook receiver; configure your public host plus this path as the
	 * webhook URL, plus '/' and the account's name for an account of checkout.accounts.
	 */
	private String path = "/checkout/webhooks";

	/**
	 * The webhook's signature key from the Dashboard, the HMAC-SHA256 key of
	 * Cko-Signature; masked by Actuator.
	 */
	private @Nullable String signatureKey;

	/**
	 * More signature keys of the same webhook, any of which verifies: during a rotation
	 * the old and the new key; masked by Actuator. Optional, like signature-key, when
	 * accounts are configured and there is no top-level account (no
	 * checkout.oauth.client-id).
	 */
	private List<String> signatureKeys = new ArrayList<>();

	/**
	 * The Authorization header value configured on the webhook, checked when set; masked
	 * by Actuator.
	 */
	private @Nullable String authorizationHeader;

	/** Largest webhook body accepted; larger ones get 413 without being read further. */
	private DataSize maxBodySize = DataSize.ofKilobytes(256);

	/**
	 * Oldest signed created_on accepted; older events are refused as replays. Longer than
	 * Checkout.com's retry window (about 30 hours), shorter than
	 * checkout.deduplication.retention so a replay cannot outlive its claim.
	 */
	private Duration maxAge = Duration.ofDays(3);

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public @Nullable String getSignatureKey() {
		return this.signatureKey;
	}

	public void setSignatureKey(@Nullable String signatureKey) {
		this.signatureKey = signatureKey;
	}

	public List<String> getSignatureKeys() {
		return this.signatureKeys;
	}

	public void setSignatureKeys(List<String> signatureKeys) {
		this.signatureKeys = signatureKeys;
	}

	public @Nullable String getAuthorizationHeader() {
		return this.authorizationHeader;
	}

	public void setAuthorizationHeader(@Nullable String authorizationHeader) {
		this.authorizationHeader = authorizationHeader;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	@Override
	public String toString() {
		// Never the key or the header value.
		return "WebhookProperties[enabled=" + this.enabled + ", path=" + this.path + "]";
	}

}
