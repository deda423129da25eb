package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Access Control Server details ({@code acs}); {@code url} is where a browser challenge is posted.
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

	public @Nullable String getReferenceNumber() {
		return referenceNumber;
	}

	public @Nullable String getTransactionId() {
		return transactionId;
	}

	public @Nullable String getOperatorId() {
		return operatorId;
	}

	public @Nullable Boolean getChallengeMandated() {
		return challengeMandated;
	}

	public @Nullable String getUrl() {
		return url;
	}

	public @Nullable String getSignedContent() {
		return signedContent;
	}

	public @Nullable String getAuthenticationType() {
		return authenticationType;
	}

	public @Nullable ChallengeCancelReason getChallengeCancelReason() {
		return challengeCancelReason;
	}

	public @Nullable String getChallengeCancelReasonCode() {
		return challengeCancelReasonCode;
	}

	public @Nullable SessionInterface getSessionInterface() {
		return sessionInterface;
	}

	public @Nullable UIElement getUiTemplate() {
		return uiTemplate;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Acs")
				.add("referenceNumber", referenceNumber)
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
