package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Access Control Server details ({@code acs}); {@code url} is where a browser challenge
 * is posted.
 *
 * @since 0.1.0
 */
public final class Acs extends ExtensibleModel {

	@JsonProperty("reference_number")
	private @Nullable String referenceNumber;

	@JsonProperty("transaction_id")
	private @Nullable String transactionId;

	@JsonProperty("operator_id")
	private @Nullable String operatorId;

	@JsonProperty("challenge_mandated")
	private @Nullable Boolean challengeMandated;

	@JsonProperty("url")
	private @Nullable String url;

	@JsonProperty("signed_content")
	private @Nullable String signedContent;

	@JsonProperty("authentication_type")
	private @Nullable String authenticationType;

	@JsonProperty("challenge_cancel_reason")
	private @Nullable ChallengeCancelReason challengeCancelReason;

	@JsonProperty("challenge_cancel_reason_code")
	private @Nullable String challengeCancelReasonCode;

	@JsonProperty("interface")
	private @Nullable SessionInterface sessionInterface;

	@JsonProperty("ui_template")
	private @Nullable UIElement uiTemplate;

	private Acs() {
	}

	/**
	 * {@return the ACS's EMVCo reference number} API field {@code reference_number};
	 * always present in {@code acs}.
	 */
	public @Nullable String getReferenceNumber() {
		return referenceNumber;
	}

	/**
	 * {@return the ACS transaction id, a UUID} API field {@code transaction_id}; always
	 * present in {@code acs}.
	 */
	public @Nullable String getTransactionId() {
		return transactionId;
	}

	/**
	 * {@return the ACS operator id assigned by the Directory Server} API field
	 * {@code operator_id}; always present in {@code acs}.
	 */
	public @Nullable String getOperatorId() {
		return operatorId;
	}

	/**
	 * {@return whether the issuer requires a challenge, whatever the merchant asked for}
	 * API field {@code challenge_mandated}; always present in {@code acs}.
	 */
	public @Nullable Boolean getChallengeMandated() {
		return challengeMandated;
	}

	/**
	 * {@return the URL a browser challenge (CReq) is posted to} API field {@code url};
	 * optional, at most 2048 characters.
	 */
	public @Nullable String getUrl() {
		return url;
	}

	/**
	 * {@return the ACS's signed content (JWS) that an app's 3DS SDK verifies before a
	 * challenge} API field {@code signed_content}; app channel only.
	 */
	public @Nullable String getSignedContent() {
		return signedContent;
	}

	/**
	 * {@return the challenge method as an EMVCo code: {@code 01} static, {@code 02}
	 * dynamic, {@code 03} out of band} API field {@code authentication_type}; optional.
	 */
	public @Nullable String getAuthenticationType() {
		return authenticationType;
	}

	/**
	 * {@return why the challenge was cancelled} API field
	 * {@code challenge_cancel_reason}; optional.
	 */
	public @Nullable ChallengeCancelReason getChallengeCancelReason() {
		return challengeCancelReason;
	}

	/**
	 * {@return the EMVCo challenge cancellation code, {@code 0} to {@code 99}} API field
	 * {@code challenge_cancel_reason_code}; optional.
	 */
	public @Nullable String getChallengeCancelReasonCode() {
		return challengeCancelReasonCode;
	}

	/**
	 * {@return the challenge interface, {@code native_ui} or {@code html}} API field
	 * {@code interface}; app channel.
	 */
	public @Nullable SessionInterface getSessionInterface() {
		return sessionInterface;
	}

	/**
	 * {@return the challenge UI template used} API field {@code ui_template}; app
	 * channel.
	 */
	public @Nullable UIElement getUiTemplate() {
		return uiTemplate;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Acs").add("referenceNumber", referenceNumber)
			.add("transactionId", transactionId)
			.add("operatorId", operatorId)
			.add("challengeMandated", challengeMandated)
			.add("url", url)
			.add("authenticationType", authenticationType)
			.add("challengeCancelReason", challengeCancelReason)
			.add("challengeCancelReasonCode", challengeCancelReasonCode)
			.add("sessionInterface", sessionInterface)
			.add("uiTemplate", uiTemplate)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
