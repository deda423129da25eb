package dev.checkoutsessions.client;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.model.AppSession;
import dev.checkoutsessions.client.model.AuthenticationType;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.CompletionInfo;
import dev.checkoutsessions.client.model.HostedCompletionInfo;
import dev.checkoutsessions.client.model.Installment;
import dev.checkoutsessions.client.model.MerchantInitiatedSession;
import dev.checkoutsessions.client.model.NetworkTokenSource;
import dev.checkoutsessions.client.model.Phone;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionIdSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionSource;
import dev.checkoutsessions.client.model.SessionTokenSource;

/**
 * The fields the Sessions API requires, checked before any I/O so that a merchant reads
 * which field is missing instead of a 422 round trip. Every missing field is reported at
 * once; values are never echoed (they may be card data). Constraints the API checks on
 * values (lengths, patterns) stay with the API.
 */
final class RequiredFields {

	private final String subject;

	private final List<String> missing = new ArrayList<>();

	private RequiredFields(String subject) {
		this.subject = subject;
	}

	/**
	 * Checks a {@code POST /sessions} body: source, currency, completion and what each
	 * chosen type requires.
	 */
	static void check(SessionRequest request) {
		RequiredFields fields = new RequiredFields("request");
		fields.source(request.getSource());
		fields.require(request.getCurrency(), "currency", "ISO 4217, e.g. Currency.GBP");
		fields.completion(request.getCompletion(), request.getChannelData());
		fields.paymentPlan(request);
		if (request.getChannelData() != null) {
			fields.channelData(request.getChannelData(), "channel_data.");
		}
		fields.throwIfAnyMissing();
	}

	/** Checks a {@code PUT /sessions/{id}/collect-data} body. */
	static void check(ChannelData channelData) {
		RequiredFields fields = new RequiredFields("channelData");
		fields.channelData(channelData, "");
		fields.throwIfAnyMissing();
	}

	private void source(@Nullable SessionSource source) {
		if (source == null) {
			this.missing.add("source (the card to authenticate: SessionCardSource, SessionTokenSource, "
					+ "SessionIdSource or NetworkTokenSource)");
			return;
		}
		if (source instanceof SessionCardSource card) {
			require(card.getNumber(), "source.number", "the card number");
			require(card.getExpiryMonth(), "source.expiry_month", "expiryMonth(1-12)");
			require(card.getExpiryYear(), "source.expiry_year", "expiryYear(yyyy)");
		}
		else if (source instanceof SessionTokenSource token) {
			require(token.getToken(), "source.token", "the tok_… card token");
		}
		else if (source instanceof SessionIdSource id) {
			require(id.getId(), "source.id", "the src_… payment instrument id");
		}
		else if (source instanceof NetworkTokenSource networkToken) {
			require(networkToken.getToken(), "source.token", "the network token");
			require(networkToken.getExpiryMonth(), "source.expiry_month", "expiryMonth(1-12)");
			require(networkToken.getExpiryYear(), "source.expiry_year", "expiryYear(yyyy)");
		}
		phone(source.getHomePhone(), "source.home_phone");
		phone(source.getMobilePhone(), "source.mobile_phone");
		phone(source.getWorkPhone(), "source.work_phone");
	}

	private void phone(@Nullable Phone phone, String field) {
		if (phone != null) {
			require(phone.getCountryCode(), field + ".country_code", "1-3 digits");
			require(phone.getNumber(), field + ".number", "up to 15 digits");
		}
	}

	private void completion(@Nullable CompletionInfo completion, @Nullable ChannelData channelData) {
		if (completion == null) {
			this.missing.add("completion (HostedCompletionInfo or NonHostedCompletionInfo)");
			return;
		}
		if (completion instanceof HostedCompletionInfo hosted) {
			require(hosted.getSuccessUrl(), "completion.success_url", "where the shopper goes when authenticated");
			require(hosted.getFailureUrl(), "completion.failure_url", "where the shopper goes otherwise");
			if (channelData instanceof AppSession) {
				this.missing.add("channel_data.channel browser (hosted completion is for browsers only; "
						+ "use NonHostedCompletionInfo with AppSession)");
			}
		}
	}

	private void paymentPlan(SessionRequest request) {
		AuthenticationType type = request.getAuthenticationType();
		boolean plan = AuthenticationType.RECURRING.equals(type) || AuthenticationType.INSTALLMENT.equals(type);
		if (plan && (request.getAmount() == null || request.getAmount() <= 0)) {
			this.missing.add("amount greater than 0 (in minor units) for authentication_type " + type);
		}
		Installment installment = request.getInstallment();
		if (installment != null) {
			require(installment.getNumberOfPayments(), "installment.number_of_payments", "at least 2");
		}
	}

	private void channelData(ChannelData channelData, String prefix) {
		if (channelData instanceof BrowserSession browser) {
			require(browser.getAcceptHeader(), prefix + "accept_header", "the browser's Accept header");
			require(browser.getJavaEnabled(), prefix + "java_enabled", "navigator.javaEnabled()");
			require(browser.getLanguage(), prefix + "language", "navigator.language");
			require(browser.getColorDepth(), prefix + "color_depth", "screen.colorDepth");
			require(browser.getScreenHeight(), prefix + "screen_height", "screen.height");
			require(browser.getScreenWidth(), prefix + "screen_width", "screen.width");
			require(browser.getTimezone(), prefix + "timezone", "new Date().getTimezoneOffset()");
			require(browser.getUserAgent(), prefix + "user_agent", "the browser's User-Agent header");
			require(browser.getIpAddress(), prefix + "ip_address", "the shopper's IP address");
		}
		else if (channelData instanceof AppSession app) {
			require(app.getSdkAppId(), prefix + "sdk_app_id", "from the 3DS SDK");
			require(app.getSdkMaxTimeout(), prefix + "sdk_max_timeout", "minutes, at least 5");
			require(app.getSdkEphemeralPublicKey(), prefix + "sdk_ephem_pub_key", "from the 3DS SDK");
			require(app.getSdkEncryptedData(), prefix + "sdk_encrypted_data", "from the 3DS SDK");
			require(app.getSdkReferenceNumber(), prefix + "sdk_reference_number", "from the 3DS SDK");
			require(app.getSdkTransactionId(), prefix + "sdk_transaction_id", "from the 3DS SDK");
			require(app.getSdkInterfaceType(), prefix + "sdk_interface_type", "native, html or both");
			if (app.getSdkUIElements().isEmpty()) {
				this.missing.add(prefix + "sdk_ui_elements (the UI types the 3DS SDK renders)");
			}
		}
		else if (channelData instanceof MerchantInitiatedSession merchantInitiated) {
			require(merchantInitiated.getRequestType(), prefix + "request_type", "why the merchant initiates it");
		}
	}

	private void require(@Nullable Object value, String field, String hint) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			this.missing.add(field + " (" + hint + ")");
		}
	}

	private void throwIfAnyMissing() {
		if (!this.missing.isEmpty()) {
			throw new IllegalArgumentException(this.subject + " lacks what the Sessions API requires: "
					+ String.join("; ", this.missing) + ". Nothing was sent.");
		}
	}

}
