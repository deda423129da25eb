package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Body Checkout.com POSTs to {@code completion.callback_url} after {@code POST
 * /sessions/{id}/complete}. Unlike a session it names the id {@code session_id} and the
 * reason {@code response_reason}.
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

	/**
	 * {@return the {@code sid_...} id of the session (named {@code id} in a GET
	 * response)} API field {@code session_id}.
	 */
	public @Nullable String getSessionId() {
		return sessionId;
	}

	/**
	 * {@return the amount, in the minor currency unit} API field {@code amount}.
	 */
	public @Nullable Long getAmount() {
		return amount;
	}

	/**
	 * {@return the ISO 4217 currency of the amount} API field {@code currency}.
	 */
	public @Nullable Currency getCurrency() {
		return currency;
	}

	/**
	 * {@return the session's status when the callback was sent} API field {@code status}.
	 */
	public @Nullable SessionStatus getStatus() {
		return status;
	}

	/**
	 * {@return the kind of authentication} API field {@code authentication_type}.
	 */
	public @Nullable AuthenticationType getAuthenticationType() {
		return authenticationType;
	}

	/**
	 * {@return {@code payment} or {@code non_payment}} API field
	 * {@code authentication_category}.
	 */
	public @Nullable Category getAuthenticationCategory() {
		return authenticationCategory;
	}

	/**
	 * {@return the merchant's reference for the session} API field {@code reference}.
	 */
	public @Nullable String getReference() {
		return reference;
	}

	/**
	 * {@return whether the authentication succeeded} API field {@code approved}.
	 */
	public @Nullable Boolean getApproved() {
		return approved;
	}

	/**
	 * {@return the 3-D Secure version used, such as {@code 2.2.0}} API field
	 * {@code protocol_version}.
	 */
	public @Nullable String getProtocolVersion() {
		return protocolVersion;
	}

	/**
	 * {@return the EMVCo transaction status} API field {@code response_code}.
	 */
	public @Nullable ResponseCode getResponseCode() {
		return responseCode;
	}

	/**
	 * {@return the EMVCo transaction status reason (named {@code response_status_reason}
	 * in a GET response)} API field {@code response_reason}.
	 */
	public @Nullable String getResponseReason() {
		return responseReason;
	}

	/**
	 * {@return the authentication value (CAVV or AAV)} API field {@code cryptogram};
	 * never logged; the callback is unsigned, so take the value for the payment from an
	 * OAuth read.
	 */
	public @Nullable String getCryptogram() {
		return cryptogram;
	}

	/**
	 * {@return the Electronic Commerce Indicator, two digits} API field {@code eci}.
	 */
	public @Nullable String getEci() {
		return eci;
	}

	/**
	 * {@return the transaction identifier} API field {@code xid}.
	 */
	public @Nullable String getXid() {
		return xid;
	}

	/**
	 * {@return text from the Directory Server to show to the cardholder} API field
	 * {@code cardholder_info}.
	 */
	public @Nullable String getCardholderInfo() {
		return cardholderInfo;
	}

	/**
	 * {@return whether the cardholder was challenged} API field {@code challenged}.
	 */
	public @Nullable Boolean getChallenged() {
		return challenged;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionCallback").add("sessionId", sessionId)
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
