package dev.checkoutsessions.web.delivery;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The part of one {@code checkout.accounts.<name>} that the receivers read: its webhook
 * keys. Bound from the {@code Environment} with Boot's {@code Binder}, because this
 * module does not depend on the auto-configuration module whose
 * {@code CheckoutProperties} declares the same properties (and documents them); every
 * other property of the account is ignored here.
 */
final class ConfiguredAccount {

	private final Webhooks webhooks = new Webhooks();

	Webhooks getWebhooks() {
		return this.webhooks;
	}

	@Override
	public String toString() {
		// Never the keys or the header value.
		return "ConfiguredAccount";
	}

	/** {@code checkout.accounts.<name>.webhooks.*}. */
	static final class Webhooks {

		private List<String> signatureKeys = new ArrayList<>();

		private @Nullable String authorizationHeader;

		List<String> getSignatureKeys() {
			return this.signatureKeys;
		}

		void setSignatureKeys(List<String> signatureKeys) {
			this.signatureKeys = signatureKeys;
		}

		@Nullable String getAuthorizationHeader() {
			return this.authorizationHeader;
		}

		void setAuthorizationHeader(@Nullable String authorizationHeader) {
			this.authorizationHeader = authorizationHeader;
		}

		@Override
		public String toString() {
			return "ConfiguredAccount.Webhooks";
		}

	}

}
