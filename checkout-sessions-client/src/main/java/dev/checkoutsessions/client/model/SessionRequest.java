package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /sessions}. {@code source}, {@code currency} and {@code completion}
 * are required by the API.
 *
 * @since 0.1.0
 */
public final class SessionRequest extends ExtensibleModel {

	@JsonProperty("source")
	private @Nullable SessionSource source;

	@JsonProperty("amount")
	private @Nullable Long amount;

	@JsonProperty("currency")
	private @Nullable Currency currency;

	@JsonProperty("processing_channel_id")
	private @Nullable String processingChannelId;

	@JsonProperty("marketplace")
	private @Nullable MarketplaceData marketplace;

	@JsonProperty("authentication_type")
	private @Nullable AuthenticationType authenticationType;

	@JsonProperty("authentication_category")
	private @Nullable Category authenticationCategory;

	@JsonProperty("account_info")
	private @Nullable CardholderAccountInfo cardholderAccountInfo;

	@JsonProperty("challenge_indicator")
	private @Nullable ChallengeIndicator challengeIndicator;

	@JsonProperty("billing_descriptor")
	private @Nullable SessionsBillingDescriptor billingDescriptor;

	@JsonProperty("reference")
	private @Nullable String reference;

	@JsonProperty("merchant_risk_info")
	private @Nullable MerchantRiskInfo merchantRiskInfo;

	@JsonProperty("transaction_type")
	private @Nullable TransactionType transactionType;

	@JsonProperty("shipping_address")
	private @Nullable SessionAddress shippingAddress;

	@JsonProperty("shipping_address_matches_billing")
	private @Nullable Boolean shippingAddressMatchesBilling;

	@JsonProperty("completion")
	private @Nullable CompletionInfo completion;

	@JsonProperty("channel_data")
	private @Nullable ChannelData channelData;

	@JsonProperty("recurring")
	private @Nullable Recurring recurring;

	@JsonProperty("installment")
	private @Nullable Installment installment;

	@JsonProperty("optimization")
	private @Nullable Optimization optimization;

	@JsonProperty("initial_transaction")
	private @Nullable InitialTransaction initialTransaction;

	@JsonProperty("device_information")
	private @Nullable DeviceInformation deviceInformation;

	@JsonProperty("google_spa")
	private @Nullable GoogleSpa googleSpa;

	@JsonProperty("preferred_experiences")
	private @Nullable List<Experience> preferredExperiences;

	private SessionRequest() {
	}

	private SessionRequest(Builder builder) {
		putAdditionalProperties(builder.additionalProperties);
		this.source = builder.source;
		this.amount = builder.amount;
		this.currency = builder.currency;
		this.processingChannelId = builder.processingChannelId;
		this.marketplace = builder.marketplace;
		this.authenticationType = builder.authenticationType;
		this.authenticationCategory = builder.authenticationCategory;
		this.cardholderAccountInfo = builder.cardholderAccountInfo;
		this.challengeIndicator = builder.challengeIndicator;
		this.billingDescriptor = builder.billingDescriptor;
		this.reference = builder.reference;
		this.merchantRiskInfo = builder.merchantRiskInfo;
		this.transactionType = builder.transactionType;
		this.shippingAddress = builder.shippingAddress;
		this.shippingAddressMatchesBilling = builder.shippingAddressMatchesBilling;
		this.completion = builder.completion;
		this.channelData = builder.channelData;
		this.recurring = builder.recurring;
		this.installment = builder.installment;
		this.optimization = builder.optimization;
		this.initialTransaction = builder.initialTransaction;
		this.deviceInformation = builder.deviceInformation;
		this.googleSpa = builder.googleSpa;
		this.preferredExperiences = builder.preferredExperiences == null ? null
				: List.copyOf(builder.preferredExperiences);
	}

	/**
	 * {@return a new builder with no field set} The API requires {@code source},
	 * {@code currency} and {@code completion}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link SessionRequest}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		// Unmodelled properties of the request toBuilder() started from, written back
		// unchanged.
		private Map<String, @Nullable Object> additionalProperties = Map.of();

		private @Nullable SessionSource source;

		private @Nullable Long amount;

		private @Nullable Currency currency;

		private @Nullable String processingChannelId;

		private @Nullable MarketplaceData marketplace;

		private @Nullable AuthenticationType authenticationType;

		private @Nullable Category authenticationCategory;

		private @Nullable CardholderAccountInfo cardholderAccountInfo;

		private @Nullable ChallengeIndicator challengeIndicator;

		private @Nullable SessionsBillingDescriptor billingDescriptor;

		private @Nullable String reference;

		private @Nullable MerchantRiskInfo merchantRiskInfo;

		private @Nullable TransactionType transactionType;

		private @Nullable SessionAddress shippingAddress;

		private @Nullable Boolean shippingAddressMatchesBilling;

		private @Nullable CompletionInfo completion;

		private @Nullable ChannelData channelData;

		private @Nullable Recurring recurring;

		private @Nullable Installment installment;

		private @Nullable Optimization optimization;

		private @Nullable InitialTransaction initialTransaction;

		private @Nullable DeviceInformation deviceInformation;

		private @Nullable GoogleSpa googleSpa;

		private @Nullable List<Experience> preferredExperiences;

		private Builder() {
		}

		/**
		 * Sets {@code source}; see {@link SessionRequest#getSource()}.
		 * @param source the source; required
		 * @return this builder
		 */
		public Builder source(@Nullable SessionSource source) {
			this.source = source;
			return this;
		}

		/**
		 * Sets {@code amount}; see {@link SessionRequest#getAmount()}.
		 * @param amount minor currency units, or {@code null} for a non-payment
		 * authentication
		 * @return this builder
		 */
		public Builder amount(@Nullable Long amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * Sets {@code currency}; see {@link SessionRequest#getCurrency()}.
		 * @param currency the ISO 4217 currency; required
		 * @return this builder
		 */
		public Builder currency(@Nullable Currency currency) {
			this.currency = currency;
			return this;
		}

		/**
		 * Sets {@code processing_channel_id}; see
		 * {@link SessionRequest#getProcessingChannelId()}.
		 * @param processingChannelId the {@code pc_...} id, or {@code null} when the
		 * access token carries one
		 * @return this builder
		 */
		public Builder processingChannelId(@Nullable String processingChannelId) {
			this.processingChannelId = processingChannelId;
			return this;
		}

		/**
		 * Sets {@code marketplace}; see {@link SessionRequest#getMarketplace()}.
		 * @param marketplace the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder marketplace(@Nullable MarketplaceData marketplace) {
			this.marketplace = marketplace;
			return this;
		}

		/**
		 * Sets {@code authentication_type}; see
		 * {@link SessionRequest#getAuthenticationType()}.
		 * @param authenticationType the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder authenticationType(@Nullable AuthenticationType authenticationType) {
			this.authenticationType = authenticationType;
			return this;
		}

		/**
		 * Sets {@code authentication_category}; see
		 * {@link SessionRequest#getAuthenticationCategory()}.
		 * @param authenticationCategory the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder authenticationCategory(@Nullable Category authenticationCategory) {
			this.authenticationCategory = authenticationCategory;
			return this;
		}

		/**
		 * Sets {@code account_info}; see
		 * {@link SessionRequest#getCardholderAccountInfo()}.
		 * @param cardholderAccountInfo the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder cardholderAccountInfo(@Nullable CardholderAccountInfo cardholderAccountInfo) {
			this.cardholderAccountInfo = cardholderAccountInfo;
			return this;
		}

		/**
		 * Sets {@code challenge_indicator}; see
		 * {@link SessionRequest#getChallengeIndicator()}.
		 * @param challengeIndicator the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder challengeIndicator(@Nullable ChallengeIndicator challengeIndicator) {
			this.challengeIndicator = challengeIndicator;
			return this;
		}

		/**
		 * Sets {@code billing_descriptor}; see
		 * {@link SessionRequest#getBillingDescriptor()}.
		 * @param billingDescriptor the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder billingDescriptor(@Nullable SessionsBillingDescriptor billingDescriptor) {
			this.billingDescriptor = billingDescriptor;
			return this;
		}

		/**
		 * Sets {@code reference}; see {@link SessionRequest#getReference()}.
		 * @param reference the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder reference(@Nullable String reference) {
			this.reference = reference;
			return this;
		}

		/**
		 * Sets {@code merchant_risk_info}; see
		 * {@link SessionRequest#getMerchantRiskInfo()}.
		 * @param merchantRiskInfo the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder merchantRiskInfo(@Nullable MerchantRiskInfo merchantRiskInfo) {
			this.merchantRiskInfo = merchantRiskInfo;
			return this;
		}

		/**
		 * Sets {@code transaction_type}; see {@link SessionRequest#getTransactionType()}.
		 * @param transactionType the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder transactionType(@Nullable TransactionType transactionType) {
			this.transactionType = transactionType;
			return this;
		}

		/**
		 * Sets {@code shipping_address}; see {@link SessionRequest#getShippingAddress()}.
		 * @param shippingAddress the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder shippingAddress(@Nullable SessionAddress shippingAddress) {
			this.shippingAddress = shippingAddress;
			return this;
		}

		/**
		 * Sets {@code shipping_address_matches_billing}; see
		 * {@link SessionRequest#getShippingAddressMatchesBilling()}.
		 * @param shippingAddressMatchesBilling the value, or {@code null} to leave the
		 * field out
		 * @return this builder
		 */
		public Builder shippingAddressMatchesBilling(@Nullable Boolean shippingAddressMatchesBilling) {
			this.shippingAddressMatchesBilling = shippingAddressMatchesBilling;
			return this;
		}

		/**
		 * Sets {@code completion}; see {@link SessionRequest#getCompletion()}.
		 * @param completion the completion; required
		 * @return this builder
		 */
		public Builder completion(@Nullable CompletionInfo completion) {
			this.completion = completion;
			return this;
		}

		/**
		 * Sets {@code channel_data}; see {@link SessionRequest#getChannelData()}.
		 * @param channelData the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder channelData(@Nullable ChannelData channelData) {
			this.channelData = channelData;
			return this;
		}

		/**
		 * Sets {@code recurring}; see {@link SessionRequest#getRecurring()}.
		 * @param recurring the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder recurring(@Nullable Recurring recurring) {
			this.recurring = recurring;
			return this;
		}

		/**
		 * Sets {@code installment}; see {@link SessionRequest#getInstallment()}.
		 * @param installment the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder installment(@Nullable Installment installment) {
			this.installment = installment;
			return this;
		}

		/**
		 * Sets {@code optimization}; see {@link SessionRequest#getOptimization()}.
		 * @param optimization the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder optimization(@Nullable Optimization optimization) {
			this.optimization = optimization;
			return this;
		}

		/**
		 * Sets {@code initial_transaction}; see
		 * {@link SessionRequest#getInitialTransaction()}.
		 * @param initialTransaction the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder initialTransaction(@Nullable InitialTransaction initialTransaction) {
			this.initialTransaction = initialTransaction;
			return this;
		}

		/**
		 * Sets {@code device_information}; see
		 * {@link SessionRequest#getDeviceInformation()}.
		 * @param deviceInformation the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder deviceInformation(@Nullable DeviceInformation deviceInformation) {
			this.deviceInformation = deviceInformation;
			return this;
		}

		/**
		 * Sets {@code google_spa}; see {@link SessionRequest#getGoogleSpa()}.
		 * @param googleSpa the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder googleSpa(@Nullable GoogleSpa googleSpa) {
			this.googleSpa = googleSpa;
			return this;
		}

		/**
		 * Sets {@code preferred_experiences}; see
		 * {@link SessionRequest#getPreferredExperiences()}.
		 * @param preferredExperiences the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder preferredExperiences(@Nullable List<Experience> preferredExperiences) {
			this.preferredExperiences = preferredExperiences;
			return this;
		}

		/**
		 * Sets {@code preferred_experiences} from the given experiences; see
		 * {@link SessionRequest#getPreferredExperiences()}.
		 * @param preferredExperiences the experiences, most preferred first
		 * @return this builder
		 */
		public Builder preferredExperiences(Experience... preferredExperiences) {
			return preferredExperiences(List.of(preferredExperiences));
		}

		/**
		 * Sets {@code currency} from its ISO 4217 code; a code without a {@link Currency}
		 * constant is accepted too.
		 * @param currency the three-letter code, such as {@code "GBP"}
		 * @return this builder
		 * @throws IllegalArgumentException if {@code currency} is blank
		 */
		public Builder currency(String currency) {
			return currency(Currency.of(currency));
		}

		/**
		 * Same as {@link #cardholderAccountInfo(CardholderAccountInfo)}, named after the
		 * wire field {@code account_info}.
		 * @param accountInfo the cardholder account data, or {@code null} to leave the
		 * field out
		 * @return this builder
		 */
		public Builder accountInfo(@Nullable CardholderAccountInfo accountInfo) {
			return cardholderAccountInfo(accountInfo);
		}

		/**
		 * {@return a new immutable {@link SessionRequest} with the values set so far}
		 * Nothing is checked here: the client checks the required fields before it sends
		 * the request and names each missing one.
		 */
		public SessionRequest build() {
			return new SessionRequest(this);
		}

	}

	/**
	 * {@return the card or instrument to authenticate} API field {@code source};
	 * required; one of {@link SessionCardSource} ({@code card}, the default type),
	 * {@link SessionIdSource} ({@code id}), {@link SessionTokenSource} ({@code token}) or
	 * {@link NetworkTokenSource} ({@code network_token}).
	 */
	public @Nullable SessionSource getSource() {
		return source;
	}

	/**
	 * {@return the amount to authenticate, in the minor currency unit ({@code 1050} is
	 * 10.50 EUR, {@code 1050} JPY is 1050 yen)} API field {@code amount}; optional, an
	 * integer of at least 0; without it the API sets {@code authentication_category} to
	 * {@code non_payment}; required and above 0 for the {@code recurring} and
	 * {@code installment} authentication types.
	 */
	public @Nullable Long getAmount() {
		return amount;
	}

	/**
	 * {@return the three-letter ISO 4217 currency of {@link #getAmount()}} API field
	 * {@code currency}; required.
	 */
	public @Nullable Currency getCurrency() {
		return currency;
	}

	/**
	 * {@return the processing channel, {@code pc_} followed by 26 characters} API field
	 * {@code processing_channel_id}; required unless the OAuth access token was issued
	 * for one processing channel.
	 */
	public @Nullable String getProcessingChannelId() {
		return processingChannelId;
	}

	/**
	 * {@return the payment-facilitator sub-entity the session is for} API field
	 * {@code marketplace}; optional.
	 */
	public @Nullable MarketplaceData getMarketplace() {
		return marketplace;
	}

	/**
	 * {@return the kind of authentication} API field {@code authentication_type};
	 * optional, default {@code regular}; {@code recurring} and {@code installment} need
	 * {@link #getAmount()} above 0 and the matching {@link #getRecurring()} or
	 * {@link #getInstallment()}.
	 */
	public @Nullable AuthenticationType getAuthenticationType() {
		return authenticationType;
	}

	/**
	 * {@return whether the authentication is for a payment} API field
	 * {@code authentication_category}; optional, default {@code payment};
	 * {@code non_payment} when no {@link #getAmount()} is given.
	 */
	public @Nullable Category getAuthenticationCategory() {
		return authenticationCategory;
	}

	/**
	 * {@return what the merchant knows about the cardholder's account} API field
	 * {@code account_info}; optional; more data here raises the chance of a frictionless
	 * flow.
	 */
	public @Nullable CardholderAccountInfo getCardholderAccountInfo() {
		return cardholderAccountInfo;
	}

	/**
	 * {@return the merchant's challenge preference or requested exemption} API field
	 * {@code challenge_indicator}; optional, at most 50 characters, default
	 * {@code no_preference}; when a requested exemption cannot be applied the API uses
	 * {@code no_challenge_requested}.
	 */
	public @Nullable ChallengeIndicator getChallengeIndicator() {
		return challengeIndicator;
	}

	/**
	 * {@return the name shown to the cardholder in the challenge window instead of the
	 * merchant name} API field {@code billing_descriptor}; optional.
	 */
	public @Nullable SessionsBillingDescriptor getBillingDescriptor() {
		return billingDescriptor;
	}

	/**
	 * {@return the merchant's own reference for the session} API field {@code reference};
	 * optional, at most 100 characters; must not contain sensitive data. There is no way
	 * to list sessions, so it is the key to reconcile a create call whose response was
	 * lost.
	 */
	public @Nullable String getReference() {
		return reference;
	}

	/**
	 * {@return risk data about the order (delivery, pre-order, gift cards)} API field
	 * {@code merchant_risk_info}; optional; raises the chance of a frictionless flow.
	 */
	public @Nullable MerchantRiskInfo getMerchantRiskInfo() {
		return merchantRiskInfo;
	}

	/**
	 * {@return the type of transaction being authenticated} API field
	 * {@code transaction_type}; optional, at most 50 characters, default
	 * {@code goods_service}.
	 */
	public @Nullable TransactionType getTransactionType() {
		return transactionType;
	}

	/**
	 * {@return where the order is shipped} API field {@code shipping_address}; optional.
	 */
	public @Nullable SessionAddress getShippingAddress() {
		return shippingAddress;
	}

	/**
	 * {@return whether the shipping address is the card's billing address} API field
	 * {@code shipping_address_matches_billing}; optional.
	 */
	public @Nullable Boolean getShippingAddressMatchesBilling() {
		return shippingAddressMatchesBilling;
	}

	/**
	 * {@return how the session ends: {@link HostedCompletionInfo} (Checkout.com's pages,
	 * browser only) or {@link NonHostedCompletionInfo} (the merchant's own front end)}
	 * API field {@code completion}; required.
	 */
	public @Nullable CompletionInfo getCompletion() {
		return completion;
	}

	/**
	 * {@return the browser, app or merchant-initiated data for the authentication} API
	 * field {@code channel_data}; optional; given here, authentication usually runs at
	 * once and the API answers 201, otherwise it answers 202 and asks for it through
	 * {@code collect-data}.
	 */
	public @Nullable ChannelData getChannelData() {
		return channelData;
	}

	/**
	 * {@return the recurring-payment terms} API field {@code recurring}; optional; only
	 * for {@code authentication_type} {@code recurring}.
	 */
	public @Nullable Recurring getRecurring() {
		return recurring;
	}

	/**
	 * {@return the installment-plan terms} API field {@code installment}; optional; only
	 * for {@code authentication_type} {@code installment}.
	 */
	public @Nullable Installment getInstallment() {
		return installment;
	}

	/**
	 * {@return the optimization framework to apply, such as {@code acceptance_rates}} API
	 * field {@code optimization}; optional.
	 */
	public @Nullable Optimization getOptimization() {
		return optimization;
	}

	/**
	 * {@return the earlier authentication a merchant-initiated (3RI) one refers to} API
	 * field {@code initial_transaction}; optional; used with merchant-initiated channel
	 * data.
	 */
	public @Nullable InitialTransaction getInitialTransaction() {
		return initialTransaction;
	}

	/**
	 * {@return the device session from Checkout.com's Risk.js} API field
	 * {@code device_information}; optional.
	 */
	public @Nullable DeviceInformation getDeviceInformation() {
		return deviceInformation;
	}

	/**
	 * {@return the Google Secure Payment Authentication settings} API field
	 * {@code google_spa}; optional; non-hosted sessions only.
	 */
	public @Nullable GoogleSpa getGoogleSpa() {
		return googleSpa;
	}

	/**
	 * {@return the experiences the merchant prefers, in order ({@code 3ds},
	 * {@code google_spa}); empty when not set} API field {@code preferred_experiences};
	 * optional.
	 */
	public List<Experience> getPreferredExperiences() {
		return preferredExperiences == null ? List.of() : Collections.unmodifiableList(preferredExperiences);
	}

	/**
	 * {@return a builder pre-filled with this request's values, to derive a modified
	 * copy}
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.source = source;
		builder.amount = amount;
		builder.currency = currency;
		builder.processingChannelId = processingChannelId;
		builder.marketplace = marketplace;
		builder.authenticationType = authenticationType;
		builder.authenticationCategory = authenticationCategory;
		builder.cardholderAccountInfo = cardholderAccountInfo;
		builder.challengeIndicator = challengeIndicator;
		builder.billingDescriptor = billingDescriptor;
		builder.reference = reference;
		builder.merchantRiskInfo = merchantRiskInfo;
		builder.transactionType = transactionType;
		builder.shippingAddress = shippingAddress;
		builder.shippingAddressMatchesBilling = shippingAddressMatchesBilling;
		builder.completion = completion;
		builder.channelData = channelData;
		builder.recurring = recurring;
		builder.installment = installment;
		builder.optimization = optimization;
		builder.initialTransaction = initialTransaction;
		builder.deviceInformation = deviceInformation;
		builder.googleSpa = googleSpa;
		builder.preferredExperiences = preferredExperiences;
		builder.additionalProperties = getAdditionalProperties();
		return builder;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionRequest").add("source", source)
			.add("amount", amount)
			.add("currency", currency)
			.add("processingChannelId", processingChannelId)
			.add("authenticationType", authenticationType)
			.add("authenticationCategory", authenticationCategory)
			.add("challengeIndicator", challengeIndicator)
			.add("reference", reference)
			.add("transactionType", transactionType)
			.add("shippingAddress", shippingAddress)
			.add("completion", completion)
			.add("channelData", channelData)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
