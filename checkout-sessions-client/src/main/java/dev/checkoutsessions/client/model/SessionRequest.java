package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;

/**
 * Body of {@code POST /sessions}. {@code source}, {@code currency} and {@code completion} are required by the API.
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
		this.preferredExperiences = builder.preferredExperiences == null ? null : List.copyOf(builder.preferredExperiences);
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

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

		public Builder source(@Nullable SessionSource source) {
			this.source = source;
			return this;
		}

		public Builder amount(@Nullable Long amount) {
			this.amount = amount;
			return this;
		}

		public Builder currency(@Nullable Currency currency) {
			this.currency = currency;
			return this;
		}

		public Builder processingChannelId(@Nullable String processingChannelId) {
			this.processingChannelId = processingChannelId;
			return this;
		}

		public Builder marketplace(@Nullable MarketplaceData marketplace) {
			this.marketplace = marketplace;
			return this;
		}

		public Builder authenticationType(@Nullable AuthenticationType authenticationType) {
			this.authenticationType = authenticationType;
			return this;
		}

		public Builder authenticationCategory(@Nullable Category authenticationCategory) {
			this.authenticationCategory = authenticationCategory;
			return this;
		}

		public Builder cardholderAccountInfo(@Nullable CardholderAccountInfo cardholderAccountInfo) {
			this.cardholderAccountInfo = cardholderAccountInfo;
			return this;
		}

		public Builder challengeIndicator(@Nullable ChallengeIndicator challengeIndicator) {
			this.challengeIndicator = challengeIndicator;
			return this;
		}

		public Builder billingDescriptor(@Nullable SessionsBillingDescriptor billingDescriptor) {
			this.billingDescriptor = billingDescriptor;
			return this;
		}

		public Builder reference(@Nullable String reference) {
			this.reference = reference;
			return this;
		}

		public Builder merchantRiskInfo(@Nullable MerchantRiskInfo merchantRiskInfo) {
			this.merchantRiskInfo = merchantRiskInfo;
			return this;
		}

		public Builder transactionType(@Nullable TransactionType transactionType) {
			this.transactionType = transactionType;
			return this;
		}

		public Builder shippingAddress(@Nullable SessionAddress shippingAddress) {
			this.shippingAddress = shippingAddress;
			return this;
		}

		public Builder shippingAddressMatchesBilling(@Nullable Boolean shippingAddressMatchesBilling) {
			this.shippingAddressMatchesBilling = shippingAddressMatchesBilling;
			return this;
		}

		public Builder completion(@Nullable CompletionInfo completion) {
			this.completion = completion;
			return this;
		}

		public Builder channelData(@Nullable ChannelData channelData) {
			this.channelData = channelData;
			return this;
		}

		public Builder recurring(@Nullable Recurring recurring) {
			this.recurring = recurring;
			return this;
		}

		public Builder installment(@Nullable Installment installment) {
			this.installment = installment;
			return this;
		}

		public Builder optimization(@Nullable Optimization optimization) {
			this.optimization = optimization;
			return this;
		}

		public Builder initialTransaction(@Nullable InitialTransaction initialTransaction) {
			this.initialTransaction = initialTransaction;
			return this;
		}

		public Builder deviceInformation(@Nullable DeviceInformation deviceInformation) {
			this.deviceInformation = deviceInformation;
			return this;
		}

		public Builder googleSpa(@Nullable GoogleSpa googleSpa) {
			this.googleSpa = googleSpa;
			return this;
		}

		public Builder preferredExperiences(@Nullable List<Experience> preferredExperiences) {
			this.preferredExperiences = preferredExperiences;
			return this;
		}

		public Builder preferredExperiences(Experience... preferredExperiences) {
			return preferredExperiences(List.of(preferredExperiences));
		}

		/** @throws IllegalArgumentException if {@code currency} is blank */
		public Builder currency(String currency) {
			return currency(Currency.of(currency));
		}

		/** Same as {@link #cardholderAccountInfo(CardholderAccountInfo)}, named after the wire field. */
		public Builder accountInfo(@Nullable CardholderAccountInfo accountInfo) {
			return cardholderAccountInfo(accountInfo);
		}

		public SessionRequest build() {
			return new SessionRequest(this);
		}
	}

	public @Nullable SessionSource getSource() {
		return source;
	}

	/** Amount in minor units. */
	public @Nullable Long getAmount() {
		return amount;
	}

	public @Nullable Currency getCurrency() {
		return currency;
	}

	public @Nullable String getProcessingChannelId() {
		return processingChannelId;
	}

	public @Nullable MarketplaceData getMarketplace() {
		return marketplace;
	}

	public @Nullable AuthenticationType getAuthenticationType() {
		return authenticationType;
	}

	public @Nullable Category getAuthenticationCategory() {
		return authenticationCategory;
	}

	public @Nullable CardholderAccountInfo getCardholderAccountInfo() {
		return cardholderAccountInfo;
	}

	public @Nullable ChallengeIndicator getChallengeIndicator() {
		return challengeIndicator;
	}

	public @Nullable SessionsBillingDescriptor getBillingDescriptor() {
		return billingDescriptor;
	}

	public @Nullable String getReference() {
		return reference;
	}

	public @Nullable MerchantRiskInfo getMerchantRiskInfo() {
		return merchantRiskInfo;
	}

	public @Nullable TransactionType getTransactionType() {
		return transactionType;
	}

	public @Nullable SessionAddress getShippingAddress() {
		return shippingAddress;
	}

	public @Nullable Boolean getShippingAddressMatchesBilling() {
		return shippingAddressMatchesBilling;
	}

	public @Nullable CompletionInfo getCompletion() {
		return completion;
	}

	public @Nullable ChannelData getChannelData() {
		return channelData;
	}

	public @Nullable Recurring getRecurring() {
		return recurring;
	}

	public @Nullable Installment getInstallment() {
		return installment;
	}

	public @Nullable Optimization getOptimization() {
		return optimization;
	}

	public @Nullable InitialTransaction getInitialTransaction() {
		return initialTransaction;
	}

	public @Nullable DeviceInformation getDeviceInformation() {
		return deviceInformation;
	}

	public @Nullable GoogleSpa getGoogleSpa() {
		return googleSpa;
	}

	public List<Experience> getPreferredExperiences() {
		return preferredExperiences == null ? List.of() : Collections.unmodifiableList(preferredExperiences);
	}

	/** A builder pre-filled with this request's values, to derive a modified copy. */
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
		return builder;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionRequest")
				.add("source", source)
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
