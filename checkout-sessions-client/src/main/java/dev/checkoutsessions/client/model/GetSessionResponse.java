package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session as returned by every Sessions endpoint: create (201 and the smaller 202 body), get, collect-data and issuer-fingerprint.
 *
 * @since 0.1.0
 */
public final class GetSessionResponse extends ExtensibleModel {

	@JsonProperty("id")
	private @Nullable String id;

	@JsonProperty("session_secret")
	private @Nullable String sessionSecret;

	@JsonProperty("transaction_id")
	private @Nullable String transactionId;

	@JsonProperty("scheme")
	private @Nullable SessionScheme scheme;

	@JsonProperty("amount")
	private @Nullable Long amount;

	@JsonProperty("currency")
	private @Nullable Currency currency;

	@JsonProperty("completed")
	private @Nullable Boolean completed;

	@JsonProperty("challenged")
	private @Nullable Boolean challenged;

	@JsonProperty("authentication_type")
	private @Nullable AuthenticationType authenticationType;

	@JsonProperty("authentication_category")
	private @Nullable Category authenticationCategory;

	@JsonProperty("certificates")
	private @Nullable DsPublicKeys certificates;

	@JsonProperty("status")
	private @Nullable SessionStatus status;

	@JsonProperty("status_reason")
	private @Nullable StatusReason statusReason;

	@JsonProperty("approved")
	private @Nullable Boolean approved;

	@JsonProperty("protocol_version")
	private @Nullable String protocolVersion;

	@JsonProperty("account_info")
	private @Nullable CardholderAccountInfo cardholderAccountInfo;

	@JsonProperty("merchant_risk_info")
	private @Nullable MerchantRiskInfo merchantRiskInfo;

	@JsonProperty("reference")
	private @Nullable String reference;

	@JsonProperty("transaction_type")
	private @Nullable TransactionType transactionType;

	@JsonProperty("next_actions")
	private @Nullable List<NextAction> nextActions;

	@JsonProperty("ds")
	private @Nullable Ds ds;

	@JsonProperty("acs")
	private @Nullable Acs acs;

	@JsonProperty("response_code")
	private @Nullable ResponseCode responseCode;

	@JsonProperty("response_status_reason")
	private @Nullable String responseStatusReason;

	@JsonProperty("pareq")
	private @Nullable String pareq;

	@JsonProperty("cryptogram")
	private @Nullable String cryptogram;

	@JsonProperty("eci")
	private @Nullable String eci;

	@JsonProperty("xid")
	private @Nullable String xid;

	@JsonProperty("cardholder_info")
	private @Nullable String cardholderInfo;

	@JsonProperty("card")
	private @Nullable CardInfo card;

	@JsonProperty("recurring")
	private @Nullable Recurring recurring;

	@JsonProperty("installment")
	private @Nullable Installment installment;

	@JsonProperty("initial_transaction")
	private @Nullable InitialTransaction initialTransaction;

	@JsonProperty("customer_ip")
	private @Nullable String customerIp;

	@JsonProperty("authentication_date")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant authenticationDate;

	@JsonProperty("exemption")
	private @Nullable Exemption exemption;

	@JsonProperty("flow_type")
	private @Nullable FlowType flowType;

	@JsonProperty("challenge_indicator")
	private @Nullable ChallengeIndicator challengeIndicator;

	@JsonProperty("optimization")
	private @Nullable Optimization optimization;

	@JsonProperty("scheme_info")
	private @Nullable SchemeInfo schemeInfo;

	@JsonProperty("3ds")
	private @Nullable ThreeDsInfo threeDs;

	@JsonProperty("preferred_experiences")
	private @Nullable PreferredExperiences preferredExperiences;

	@JsonProperty("experience")
	private @Nullable Experience experience;

	@JsonProperty("google_spa")
	private @Nullable GoogleSpaInfo googleSpa;

	@JsonProperty("_links")
	private @Nullable Map<String, Link> links;

	private GetSessionResponse() {
	}

	public @Nullable String getId() {
		return id;
	}

	/** The {@code sek_...} secret; absent when the session was read with it. */
	public @Nullable String getSessionSecret() {
		return sessionSecret;
	}

	public @Nullable String getTransactionId() {
		return transactionId;
	}

	public @Nullable SessionScheme getScheme() {
		return scheme;
	}

	public @Nullable Long getAmount() {
		return amount;
	}

	public @Nullable Currency getCurrency() {
		return currency;
	}

	public @Nullable Boolean getCompleted() {
		return completed;
	}

	public @Nullable Boolean getChallenged() {
		return challenged;
	}

	public @Nullable AuthenticationType getAuthenticationType() {
		return authenticationType;
	}

	public @Nullable Category getAuthenticationCategory() {
		return authenticationCategory;
	}

	public @Nullable DsPublicKeys getCertificates() {
		return certificates;
	}

	public @Nullable SessionStatus getStatus() {
		return status;
	}

	public @Nullable StatusReason getStatusReason() {
		return statusReason;
	}

	public @Nullable Boolean getApproved() {
		return approved;
	}

	public @Nullable String getProtocolVersion() {
		return protocolVersion;
	}

	public @Nullable CardholderAccountInfo getCardholderAccountInfo() {
		return cardholderAccountInfo;
	}

	public @Nullable MerchantRiskInfo getMerchantRiskInfo() {
		return merchantRiskInfo;
	}

	public @Nullable String getReference() {
		return reference;
	}

	public @Nullable TransactionType getTransactionType() {
		return transactionType;
	}

	public List<NextAction> getNextActions() {
		return nextActions == null ? List.of() : Collections.unmodifiableList(nextActions);
	}

	public @Nullable Ds getDs() {
		return ds;
	}

	public @Nullable Acs getAcs() {
		return acs;
	}

	public @Nullable ResponseCode getResponseCode() {
		return responseCode;
	}

	public @Nullable String getResponseStatusReason() {
		return responseStatusReason;
	}

	public @Nullable String getPareq() {
		return pareq;
	}

	/** Only returned to OAuth callers, up to 24 hours after creation. */
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

	public @Nullable CardInfo getCard() {
		return card;
	}

	public @Nullable Recurring getRecurring() {
		return recurring;
	}

	public @Nullable Installment getInstallment() {
		return installment;
	}

	public @Nullable InitialTransaction getInitialTransaction() {
		return initialTransaction;
	}

	public @Nullable String getCustomerIp() {
		return customerIp;
	}

	public @Nullable Instant getAuthenticationDate() {
		return authenticationDate;
	}

	public @Nullable Exemption getExemption() {
		return exemption;
	}

	public @Nullable FlowType getFlowType() {
		return flowType;
	}

	public @Nullable ChallengeIndicator getChallengeIndicator() {
		return challengeIndicator;
	}

	public @Nullable Optimization getOptimization() {
		return optimization;
	}

	public @Nullable SchemeInfo getSchemeInfo() {
		return schemeInfo;
	}

	public @Nullable ThreeDsInfo getThreeDs() {
		return threeDs;
	}

	public @Nullable PreferredExperiences getPreferredExperiences() {
		return preferredExperiences;
	}

	public @Nullable Experience getExperience() {
		return experience;
	}

	public @Nullable GoogleSpaInfo getGoogleSpa() {
		return googleSpa;
	}

	public Map<String, Link> getLinks() {
		return links == null ? Map.of() : Collections.unmodifiableMap(links);
	}

	/** The {@code self} link, which the API always sends. */
	public Optional<Link> getSelfLink() {
		return getLink("self");
	}

	/** The link with the given relation, such as {@code redirect_url} or {@code three_ds_method_url}. */
	public Optional<Link> getLink(String rel) {
		return Optional.ofNullable(getLinks().get(rel));
	}

	public boolean hasLink(String rel) {
		return getLinks().containsKey(rel);
	}

	public boolean hasNextAction(NextAction action) {
		return getNextActions().contains(action);
	}

	/** Whether {@code status} is final; see {@link SessionStatus#isFinal()}. */
	public boolean isFinal() {
		return status != null && status.isFinal();
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GetSessionResponse")
				.add("id", id)
				.add("sessionSecret", Redact.secret(sessionSecret))
				.add("status", status)
				.add("statusReason", statusReason)
				.add("nextActions", nextActions)
				.add("scheme", scheme)
				.add("amount", amount)
				.add("currency", currency)
				.add("authenticationType", authenticationType)
				.add("authenticationCategory", authenticationCategory)
				.add("protocolVersion", protocolVersion)
				.add("approved", approved)
				.add("responseCode", responseCode)
				.add("responseStatusReason", responseStatusReason)
				.add("cryptogram", Redact.hidden(cryptogram))
				.add("eci", eci)
				.add("reference", reference)
				.add("acs", acs)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
