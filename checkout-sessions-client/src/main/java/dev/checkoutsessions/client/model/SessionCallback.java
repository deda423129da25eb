package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Body Checkout.com POSTs to {@code completion.callback_url} after {@code POST /sessions/{id}/complete}. Unlike a session it names the id {@code session_id} and the reason {@code response_reason}.
 *
 * @since 0.1.0
 */
public final class SessionCallback extends ExtensibleModel {

	@JsonProperty("session_id")
	private @Nullable String sessionId;

	@JsonProperty("amount")
	private @Nullable Long amount;

	@JsonProperty("currency")
	private @Nullable Currency currency;

	@JsonProperty("status")
	private @Nullable SessionStatus status;

	@JsonProperty("authentication_type")
	private @Nullable AuthenticationType authenticationType;

	@JsonProperty("authentication_category")
	private @Nullable Category authenticationCategory;

	@JsonProperty("reference")
	private @Nullable String reference;

	@JsonProperty("approved")
	private @Nullable Boolean approved;

	@JsonProperty("protocol_version")
	private @Nullable String protocolVersion;

	@JsonProperty("response_code")
	private @Nullable ResponseCode responseCode;

	@JsonProperty("response_reason")
	private @Nullable String responseReason;

	@JsonProperty("cryptogram")
	private @Nullable String cryptogram;

	@JsonProperty("eci")
	private @Nullable String eci;

	@JsonProperty("xid")
	private @Nullable String xid;

	@JsonProperty("cardholder_info")
	private @Nullable String cardholderInfo;

	@JsonProperty("challenged")
	private @Nullable Boolean challenged;

	private SessionCallback() {
	}

	public @Nullable String getSessionId() {
		return sessionId;
	}

	public @Nullable Long getAmount() {
		return amount;
	}

	public @Nullable Currency getCurrency() {
		return currency;
	}

	public @Nullable SessionStatus getStatus() {
		return status;
	}

	public @Nullable AuthenticationType getAuthenticationType() {
		return authenticationType;
	}

	public @Nullable Category getAuthenticationCategory() {
		return authenticationCategory;
	}

	public @Nullable String getReference() {
		return reference;
	}

	public @Nullable Boolean getApproved() {
		return approved;
	}

	public @Nullable String getProtocolVersion() {
		return protocolVersion;
	}

	public @Nullable ResponseCode getResponseCode() {
		return responseCode;
	}

	public @Nullable String getResponseReason() {
		return responseReason;
	}

	public @Nullable String getCryptogram() {
		return cryptogram;
	}

	public @Nullable String getEci() {
		return eci;
	}

	public @Nullable String getXid() {
		return xid;
	}

	public @Nullable String getCardholderInfo() {
		return cardholderInfo;
	}

	public @Nullable Boolean getChallenged() {
		return challenged;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionCallback")
				.add("sessionId", sessionId)
				.add("amount", amount)
				.add("currency", currency)
				.add("status", status)
				.add("authenticationType", authenticationType)
				.add("authenticationCategory", authenticationCategory)
				.add("reference", reference)
				.add("approved", approved)
				.add("protocolVersion", protocolVersion)
				.add("responseCode", responseCode)
				.add("responseReason", responseReason)
				.add("cryptogram", Redact.hidden(cryptogram))
				.add("eci", eci)
				.add("xid", xid)
				.add("challenged", challenged)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
