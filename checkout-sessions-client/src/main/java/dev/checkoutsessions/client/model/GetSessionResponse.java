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
 * A session as returned by every Sessions endpoint: create (201 and the smaller 202
 * body), get, collect-data and issuer-fingerprint.
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

	/**
	 * {@return the session id, {@code sid_} followed by 26 characters} API field
	 * {@code id}; always present.
	 */
	public @Nullable String getId() {
		return id;
	}

	/**
	 * {@return the session secret, {@code sek_} followed by 44 base64 characters, that
	 * lets a front end act on this one session} API field {@code session_secret}; present
	 * in create responses and OAuth reads, absent when the session was read with the
	 * secret itself; never logged.
	 */
	public @Nullable String getSessionSecret() {
		return sessionSecret;
	}

	/**
	 * {@return the 3DS Server transaction id, a UUID} API field {@code transaction_id};
	 * needed when talking to the ACS directly (for example in the 3DS Method data).
	 */
	public @Nullable String getTransactionId() {
		return transactionId;
	}

	/**
	 * {@return the scheme the authentication runs on} API field {@code scheme}; always
	 * present.
	 */
	public @Nullable SessionScheme getScheme() {
		return scheme;
	}

	/**
	 * {@return the amount being authenticated, in the minor currency unit} API field
	 * {@code amount}; always present.
	 */
	public @Nullable Long getAmount() {
		return amount;
	}

	/**
	 * {@return the ISO 4217 currency of {@link #getAmount()}} API field {@code currency};
	 * always present.
	 */
	public @Nullable Currency getCurrency() {
		return currency;
	}

	/**
	 * {@return whether {@code POST /sessions/{id}/complete} was called (non-hosted
	 * sessions)} API field {@code completed}; optional.
	 */
	public @Nullable Boolean getCompleted() {
		return completed;
	}

	/**
	 * {@return whether the cardholder was challenged} API field {@code challenged}; set
	 * once scheme communication has finished.
	 */
	public @Nullable Boolean getChallenged() {
		return challenged;
	}

	/**
	 * {@return the kind of authentication, as requested} API field
	 * {@code authentication_type}; always present.
	 */
	public @Nullable AuthenticationType getAuthenticationType() {
		return authenticationType;
	}

	/**
	 * {@return {@code payment} or {@code non_payment}, as requested or implied} API field
	 * {@code authentication_category}; always present.
	 */
	public @Nullable Category getAuthenticationCategory() {
		return authenticationCategory;
	}

	/**
	 * {@return the Directory Server keys an app's 3DS SDK needs to encrypt device data
	 * and check the ACS signature} API field {@code certificates}; app channel only; only
	 * in OAuth reads.
	 */
	public @Nullable DsPublicKeys getCertificates() {
		return certificates;
	}

	/**
	 * {@return the session's state; {@link SessionStatus#isFinal()} tells whether it can
	 * still change} API field {@code status}; always present.
	 */
	public @Nullable SessionStatus getStatus() {
		return status;
	}

	/**
	 * {@return why {@link #getStatus()} is what it is, such as {@code ares_status} or
	 * {@code risk_declined}} API field {@code status_reason}; optional.
	 */
	public @Nullable StatusReason getStatusReason() {
		return statusReason;
	}

	/**
	 * {@return whether the authentication succeeded} API field {@code approved}; only set
	 * once the session is in a final state.
	 */
	public @Nullable Boolean getApproved() {
		return approved;
	}

	/**
	 * {@return the 3-D Secure version used, such as {@code 2.2.0}} API field
	 * {@code protocol_version}; always present, at most 50 characters; {@code 1.0.2}
	 * means a 3DS1 fallback.
	 */
	public @Nullable String getProtocolVersion() {
		return protocolVersion;
	}

	/**
	 * {@return the cardholder account data as sent} API field {@code account_info}; echo
	 * of the request.
	 */
	public @Nullable CardholderAccountInfo getCardholderAccountInfo() {
		return cardholderAccountInfo;
	}

	/**
	 * {@return the merchant risk data as sent} API field {@code merchant_risk_info}; echo
	 * of the request.
	 */
	public @Nullable MerchantRiskInfo getMerchantRiskInfo() {
		return merchantRiskInfo;
	}

	/**
	 * {@return the merchant's reference as sent} API field {@code reference}; echo of the
	 * request.
	 */
	public @Nullable String getReference() {
		return reference;
	}

	/**
	 * {@return the transaction type as sent} API field {@code transaction_type}; echo of
	 * the request.
	 */
	public @Nullable TransactionType getTransactionType() {
		return transactionType;
	}

	/**
	 * {@return what must happen next, in order; empty when nothing is left to do} API
	 * field {@code next_actions}; always present in 202 bodies; see
	 * {@link #hasNextAction(NextAction)}.
	 */
	public List<NextAction> getNextActions() {
		return nextActions == null ? List.of() : Collections.unmodifiableList(nextActions);
	}

	/**
	 * {@return the Directory Server's identifiers for this authentication} API field
	 * {@code ds}; present once the Directory Server was contacted.
	 */
	public @Nullable Ds getDs() {
		return ds;
	}

	/**
	 * {@return the issuer's Access Control Server details, including the challenge URL}
	 * API field {@code acs}; present after channel data was supplied.
	 */
	public @Nullable Acs getAcs() {
		return acs;
	}

	/**
	 * {@return the EMVCo transaction status: {@code Y}, {@code A}, {@code N}, {@code U},
	 * {@code R}, {@code C}, {@code D} or {@code I}} API field {@code response_code}; 3DS2
	 * only; set in a final state, or {@code C} while challenged.
	 */
	public @Nullable ResponseCode getResponseCode() {
		return responseCode;
	}

	/**
	 * {@return the EMVCo transaction status reason, a two-digit code {@code 01} to
	 * {@code 26} (such as {@code 14}, timed out at the ACS)} API field
	 * {@code response_status_reason}; only when {@link #getResponseCode()} is not
	 * {@code Y}.
	 */
	public @Nullable String getResponseStatusReason() {
		return responseStatusReason;
	}

	/**
	 * {@return the 3DS1 payer authentication request} API field {@code pareq}; legacy
	 * 3DS1 only.
	 */
	public @Nullable String getPareq() {
		return pareq;
	}

	/**
	 * {@return the authentication value (CAVV or AAV), 28 base64 characters, that goes
	 * into the payment authorization} API field {@code cryptogram}; only in OAuth reads,
	 * for up to 24 hours after the session was created; never logged.
	 */
	public @Nullable String getCryptogram() {
		return cryptogram;
	}

	/**
	 * {@return the Electronic Commerce Indicator, two digits such as {@code 05}, that
	 * goes into the payment authorization} API field {@code eci}; only in OAuth reads.
	 */
	public @Nullable String getEci() {
		return eci;
	}

	/**
	 * {@return the transaction identifier to pass on to the authorization} API field
	 * {@code xid}; optional.
	 */
	public @Nullable String getXid() {
		return xid;
	}

	/**
	 * {@return text from the Directory Server to show to the cardholder} API field
	 * {@code cardholder_info}; optional.
	 */
	public @Nullable String getCardholderInfo() {
		return cardholderInfo;
	}

	/**
	 * {@return the stored instrument, fingerprint and card metadata} API field
	 * {@code card}; present unless the Vault was unreachable.
	 */
	public @Nullable CardInfo getCard() {
		return card;
	}

	/**
	 * {@return the recurring terms as sent} API field {@code recurring}; echo of the
	 * request.
	 */
	public @Nullable Recurring getRecurring() {
		return recurring;
	}

	/**
	 * {@return the installment terms as sent} API field {@code installment}; echo of the
	 * request.
	 */
	public @Nullable Installment getInstallment() {
		return installment;
	}

	/**
	 * {@return the initial-transaction data as sent} API field
	 * {@code initial_transaction}; echo of the request.
	 */
	public @Nullable InitialTransaction getInitialTransaction() {
		return initialTransaction;
	}

	/**
	 * {@return the cardholder's IP address} API field {@code customer_ip}; Cartes
	 * Bancaires only.
	 */
	public @Nullable String getCustomerIp() {
		return customerIp;
	}

	/**
	 * {@return when the authentication was requested, in UTC} API field
	 * {@code authentication_date}; always present in 202 bodies.
	 */
	public @Nullable Instant getAuthenticationDate() {
		return authenticationDate;
	}

	/**
	 * {@return the exemption requested and the one applied} API field {@code exemption};
	 * optional.
	 */
	public @Nullable Exemption getExemption() {
		return exemption;
	}

	/**
	 * {@return the flow that took place: {@code challenged}, {@code frictionless} or
	 * {@code frictionless_delegated}} API field {@code flow_type}; optional.
	 */
	public @Nullable FlowType getFlowType() {
		return flowType;
	}

	/**
	 * {@return the challenge preference in effect; may be any of the nine values, not
	 * only the one sent} API field {@code challenge_indicator}; always present.
	 */
	public @Nullable ChallengeIndicator getChallengeIndicator() {
		return challengeIndicator;
	}

	/**
	 * {@return whether and how Checkout.com optimized the request} API field
	 * {@code optimization}; optional.
	 */
	public @Nullable Optimization getOptimization() {
		return optimization;
	}

	/**
	 * {@return scheme-specific results, such as the Cartes Bancaires score} API field
	 * {@code scheme_info}; optional.
	 */
	public @Nullable SchemeInfo getSchemeInfo() {
		return schemeInfo;
	}

	/**
	 * {@return the challenge request (CReq) and 3DS error details} API field {@code 3ds};
	 * the wire key is literally {@code "3ds"}; present while challenged or after a 3DS
	 * error.
	 */
	public @Nullable ThreeDsInfo getThreeDs() {
		return threeDs;
	}

	/**
	 * {@return the outcome of each preferred experience} API field
	 * {@code preferred_experiences}; optional.
	 */
	public @Nullable PreferredExperiences getPreferredExperiences() {
		return preferredExperiences;
	}

	/**
	 * {@return the experience used, {@code 3ds} or {@code google_spa}} API field
	 * {@code experience}; optional.
	 */
	public @Nullable Experience getExperience() {
		return experience;
	}

	/**
	 * {@return the Google Secure Payment Authentication challenge to show} API field
	 * {@code google_spa}; optional.
	 */
	public @Nullable GoogleSpaInfo getGoogleSpa() {
		return googleSpa;
	}

	/**
	 * {@return the links by relation name, such as {@code self}, {@code redirect_url} or
	 * {@code three_ds_method_url}; empty when none} API field {@code _links}; treat each
	 * {@code href} as an opaque absolute URL; a link appears only while its action is
	 * possible.
	 */
	public Map<String, Link> getLinks() {
		return links == null ? Map.of() : Collections.unmodifiableMap(links);
	}

	/**
	 * {@return the {@code self} link, which the API always sends}
	 */
	public Optional<Link> getSelfLink() {
		return getLink("self");
	}

	/**
	 * {@return the link with the given relation, or empty when the session has none}
	 * @param rel the relation name, such as {@code redirect_url} or
	 * {@code three_ds_method_url}
	 */
	public Optional<Link> getLink(String rel) {
		return Optional.ofNullable(getLinks().get(rel));
	}

	/**
	 * {@return whether {@code _links} holds the given relation}
	 * @param rel the relation name, such as {@code complete}
	 */
	public boolean hasLink(String rel) {
		return getLinks().containsKey(rel);
	}

	/**
	 * {@return whether {@code next_actions} contains the given action}
	 * @param action the action, such as {@link NextAction#COLLECT_CHANNEL_DATA}
	 */
	public boolean hasNextAction(NextAction action) {
		return getNextActions().contains(action);
	}

	/**
	 * {@return whether {@code status} is final} See {@link SessionStatus#isFinal()};
	 * false when there is no status.
	 */
	public boolean isFinal() {
		return status != null && status.isFinal();
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GetSessionResponse").add("id", id)
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
