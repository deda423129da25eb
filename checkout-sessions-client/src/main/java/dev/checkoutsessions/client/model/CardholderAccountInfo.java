package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The cardholder's account with the merchant ({@code account_info}); helps frictionless approval.
 *
 * @since 0.1.0
 */
public final class CardholderAccountInfo extends ExtensibleModel {

	@JsonProperty("purchase_count")
	private @Nullable Long purchaseCount;

	@JsonProperty("account_age")
	private @Nullable AccountAge accountAge;

	@JsonProperty("add_card_attempts")
	private @Nullable Long addCardAttempts;

	@JsonProperty("shipping_address_age")
	private @Nullable ShippingAddressAge shippingAddressAge;

	@JsonProperty("account_name_matches_shipping_name")
	private @Nullable Boolean accountNameMatchesShippingName;

	@JsonProperty("suspicious_account_activity")
	private @Nullable Boolean suspiciousAccountActivity;

	@JsonProperty("transactions_today")
	private @Nullable Long transactionsToday;

	@JsonProperty("authentication_method")
	private @Nullable AuthenticationMethod authenticationMethod;

	@JsonProperty("cardholder_account_age_indicator")
	private @Nullable CardholderAccountAgeIndicator cardholderAccountAgeIndicator;

	@JsonProperty("account_change")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant accountChange;

	@JsonProperty("account_change_indicator")
	private @Nullable AccountChangeIndicator accountChangeIndicator;

	@JsonProperty("account_date")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant accountDate;

	@JsonProperty("account_password_change")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant accountPasswordChange;

	@JsonProperty("account_password_change_indicator")
	private @Nullable AccountPasswordChangeIndicator accountPasswordChangeIndicator;

	@JsonProperty("transactions_per_year")
	private @Nullable Integer transactionsPerYear;

	@JsonProperty("payment_account_age")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant paymentAccountAge;

	@JsonProperty("shipping_address_usage")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant shippingAddressUsage;

	@JsonProperty("account_type")
	private @Nullable AccountType accountType;

	@JsonProperty("account_id")
	private @Nullable String accountId;

	@JsonProperty("three_ds_requestor_authentication_info")
	private @Nullable ThreeDsRequestorAuthenticationInfo threeDsRequestorAuthenticationInfo;

	private CardholderAccountInfo() {
	}

	private CardholderAccountInfo(Builder builder) {
		this.purchaseCount = builder.purchaseCount;
		this.accountAge = builder.accountAge;
		this.addCardAttempts = builder.addCardAttempts;
		this.shippingAddressAge = builder.shippingAddressAge;
		this.accountNameMatchesShippingName = builder.accountNameMatchesShippingName;
		this.suspiciousAccountActivity = builder.suspiciousAccountActivity;
		this.transactionsToday = builder.transactionsToday;
		this.authenticationMethod = builder.authenticationMethod;
		this.cardholderAccountAgeIndicator = builder.cardholderAccountAgeIndicator;
		this.accountChange = builder.accountChange;
		this.accountChangeIndicator = builder.accountChangeIndicator;
		this.accountDate = builder.accountDate;
		this.accountPasswordChange = builder.accountPasswordChange;
		this.accountPasswordChangeIndicator = builder.accountPasswordChangeIndicator;
		this.transactionsPerYear = builder.transactionsPerYear;
		this.paymentAccountAge = builder.paymentAccountAge;
		this.shippingAddressUsage = builder.shippingAddressUsage;
		this.accountType = builder.accountType;
		this.accountId = builder.accountId;
		this.threeDsRequestorAuthenticationInfo = builder.threeDsRequestorAuthenticationInfo;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable Long purchaseCount;
		private @Nullable AccountAge accountAge;
		private @Nullable Long addCardAttempts;
		private @Nullable ShippingAddressAge shippingAddressAge;
		private @Nullable Boolean accountNameMatchesShippingName;
		private @Nullable Boolean suspiciousAccountActivity;
		private @Nullable Long transactionsToday;
		private @Nullable AuthenticationMethod authenticationMethod;
		private @Nullable CardholderAccountAgeIndicator cardholderAccountAgeIndicator;
		private @Nullable Instant accountChange;
		private @Nullable AccountChangeIndicator accountChangeIndicator;
		private @Nullable Instant accountDate;
		private @Nullable Instant accountPasswordChange;
		private @Nullable AccountPasswordChangeIndicator accountPasswordChangeIndicator;
		private @Nullable Integer transactionsPerYear;
		private @Nullable Instant paymentAccountAge;
		private @Nullable Instant shippingAddressUsage;
		private @Nullable AccountType accountType;
		private @Nullable String accountId;
		private @Nullable ThreeDsRequestorAuthenticationInfo threeDsRequestorAuthenticationInfo;

		private Builder() {
		}

		public Builder purchaseCount(@Nullable Long purchaseCount) {
			this.purchaseCount = purchaseCount;
			return this;
		}

		public Builder accountAge(@Nullable AccountAge accountAge) {
			this.accountAge = accountAge;
			return this;
		}

		public Builder addCardAttempts(@Nullable Long addCardAttempts) {
			this.addCardAttempts = addCardAttempts;
			return this;
		}

		public Builder shippingAddressAge(@Nullable ShippingAddressAge shippingAddressAge) {
			this.shippingAddressAge = shippingAddressAge;
			return this;
		}

		public Builder accountNameMatchesShippingName(@Nullable Boolean accountNameMatchesShippingName) {
			this.accountNameMatchesShippingName = accountNameMatchesShippingName;
			return this;
		}

		public Builder suspiciousAccountActivity(@Nullable Boolean suspiciousAccountActivity) {
			this.suspiciousAccountActivity = suspiciousAccountActivity;
			return this;
		}

		public Builder transactionsToday(@Nullable Long transactionsToday) {
			this.transactionsToday = transactionsToday;
			return this;
		}

		@Deprecated
		public Builder authenticationMethod(@Nullable AuthenticationMethod authenticationMethod) {
			this.authenticationMethod = authenticationMethod;
			return this;
		}

		public Builder cardholderAccountAgeIndicator(@Nullable CardholderAccountAgeIndicator cardholderAccountAgeIndicator) {
			this.cardholderAccountAgeIndicator = cardholderAccountAgeIndicator;
			return this;
		}

		public Builder accountChange(@Nullable Instant accountChange) {
			this.accountChange = accountChange;
			return this;
		}

		public Builder accountChangeIndicator(@Nullable AccountChangeIndicator accountChangeIndicator) {
			this.accountChangeIndicator = accountChangeIndicator;
			return this;
		}

		public Builder accountDate(@Nullable Instant accountDate) {
			this.accountDate = accountDate;
			return this;
		}

		public Builder accountPasswordChange(@Nullable Instant accountPasswordChange) {
			this.accountPasswordChange = accountPasswordChange;
			return this;
		}

		public Builder accountPasswordChangeIndicator(@Nullable AccountPasswordChangeIndicator accountPasswordChangeIndicator) {
			this.accountPasswordChangeIndicator = accountPasswordChangeIndicator;
			return this;
		}

		public Builder transactionsPerYear(@Nullable Integer transactionsPerYear) {
			this.transactionsPerYear = transactionsPerYear;
			return this;
		}

		public Builder paymentAccountAge(@Nullable Instant paymentAccountAge) {
			this.paymentAccountAge = paymentAccountAge;
			return this;
		}

		public Builder shippingAddressUsage(@Nullable Instant shippingAddressUsage) {
			this.shippingAddressUsage = shippingAddressUsage;
			return this;
		}

		public Builder accountType(@Nullable AccountType accountType) {
			this.accountType = accountType;
			return this;
		}

		public Builder accountId(@Nullable String accountId) {
			this.accountId = accountId;
			return this;
		}

		public Builder threeDsRequestorAuthenticationInfo(@Nullable ThreeDsRequestorAuthenticationInfo threeDsRequestorAuthenticationInfo) {
			this.threeDsRequestorAuthenticationInfo = threeDsRequestorAuthenticationInfo;
			return this;
		}

		public CardholderAccountInfo build() {
			return new CardholderAccountInfo(this);
		}
	}

	public @Nullable Long getPurchaseCount() {
		return purchaseCount;
	}

	public @Nullable AccountAge getAccountAge() {
		return accountAge;
	}

	public @Nullable Long getAddCardAttempts() {
		return addCardAttempts;
	}

	public @Nullable ShippingAddressAge getShippingAddressAge() {
		return shippingAddressAge;
	}

	public @Nullable Boolean getAccountNameMatchesShippingName() {
		return accountNameMatchesShippingName;
	}

	public @Nullable Boolean getSuspiciousAccountActivity() {
		return suspiciousAccountActivity;
	}

	public @Nullable Long getTransactionsToday() {
		return transactionsToday;
	}

	@Deprecated
	public @Nullable AuthenticationMethod getAuthenticationMethod() {
		return authenticationMethod;
	}

	public @Nullable CardholderAccountAgeIndicator getCardholderAccountAgeIndicator() {
		return cardholderAccountAgeIndicator;
	}

	public @Nullable Instant getAccountChange() {
		return accountChange;
	}

	public @Nullable AccountChangeIndicator getAccountChangeIndicator() {
		return accountChangeIndicator;
	}

	public @Nullable Instant getAccountDate() {
		return accountDate;
	}

	public @Nullable Instant getAccountPasswordChange() {
		return accountPasswordChange;
	}

	public @Nullable AccountPasswordChangeIndicator getAccountPasswordChangeIndicator() {
		return accountPasswordChangeIndicator;
	}

	public @Nullable Integer getTransactionsPerYear() {
		return transactionsPerYear;
	}

	public @Nullable Instant getPaymentAccountAge() {
		return paymentAccountAge;
	}

	public @Nullable Instant getShippingAddressUsage() {
		return shippingAddressUsage;
	}

	public @Nullable AccountType getAccountType() {
		return accountType;
	}

	public @Nullable String getAccountId() {
		return accountId;
	}

	public @Nullable ThreeDsRequestorAuthenticationInfo getThreeDsRequestorAuthenticationInfo() {
		return threeDsRequestorAuthenticationInfo;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("CardholderAccountInfo")
				.add("purchaseCount", purchaseCount)
				.add("accountAge", accountAge)
				.add("addCardAttempts", addCardAttempts)
				.add("shippingAddressAge", shippingAddressAge)
				.add("accountNameMatchesShippingName", accountNameMatchesShippingName)
				.add("suspiciousAccountActivity", suspiciousAccountActivity)
				.add("transactionsToday", transactionsToday)
				.add("cardholderAccountAgeIndicator", cardholderAccountAgeIndicator)
				.add("accountChange", accountChange)
				.add("accountChangeIndicator", accountChangeIndicator)
				.add("accountDate", accountDate)
				.add("accountPasswordChange", accountPasswordChange)
				.add("accountPasswordChangeIndicator", accountPasswordChangeIndicator)
				.add("transactionsPerYear", transactionsPerYear)
				.add("paymentAccountAge", paymentAccountAge)
				.add("shippingAddressUsage", shippingAddressUsage)
				.add("accountType", accountType)
				.add("accountId", Redact.hidden(accountId))
				.add("threeDsRequestorAuthenticationInfo", threeDsRequestorAuthenticationInfo)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
