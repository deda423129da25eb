package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The cardholder's account with the merchant ({@code account_info}); helps frictionless
 * approval.
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

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link CardholderAccountInfo}: one method per API field, each returning
	 * this builder.
	 */
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

		/**
		 * Sets {@code purchase_count}; see
		 * {@link CardholderAccountInfo#getPurchaseCount()}.
		 * @param purchaseCount the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder purchaseCount(@Nullable Long purchaseCount) {
			this.purchaseCount = purchaseCount;
			return this;
		}

		/**
		 * Sets {@code account_age}; see {@link CardholderAccountInfo#getAccountAge()}.
		 * @param accountAge the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder accountAge(@Nullable AccountAge accountAge) {
			this.accountAge = accountAge;
			return this;
		}

		/**
		 * Sets {@code add_card_attempts}; see
		 * {@link CardholderAccountInfo#getAddCardAttempts()}.
		 * @param addCardAttempts the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder addCardAttempts(@Nullable Long addCardAttempts) {
			this.addCardAttempts = addCardAttempts;
			return this;
		}

		/**
		 * Sets {@code shipping_address_age}; see
		 * {@link CardholderAccountInfo#getShippingAddressAge()}.
		 * @param shippingAddressAge the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder shippingAddressAge(@Nullable ShippingAddressAge shippingAddressAge) {
			this.shippingAddressAge = shippingAddressAge;
			return this;
		}

		/**
		 * Sets {@code account_name_matches_shipping_name}; see
		 * {@link CardholderAccountInfo#getAccountNameMatchesShippingName()}.
		 * @param accountNameMatchesShippingName the value, or {@code null} to leave the
		 * field out
		 * @return this builder
		 */
		public Builder accountNameMatchesShippingName(@Nullable Boolean accountNameMatchesShippingName) {
			this.accountNameMatchesShippingName = accountNameMatchesShippingName;
			return this;
		}

		/**
		 * Sets {@code suspicious_account_activity}; see
		 * {@link CardholderAccountInfo#getSuspiciousAccountActivity()}.
		 * @param suspiciousAccountActivity the value, or {@code null} to leave the field
		 * out
		 * @return this builder
		 */
		public Builder suspiciousAccountActivity(@Nullable Boolean suspiciousAccountActivity) {
			this.suspiciousAccountActivity = suspiciousAccountActivity;
			return this;
		}

		/**
		 * Sets {@code transactions_today}; see
		 * {@link CardholderAccountInfo#getTransactionsToday()}.
		 * @param transactionsToday the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder transactionsToday(@Nullable Long transactionsToday) {
			this.transactionsToday = transactionsToday;
			return this;
		}

		/**
		 * Sets {@code authentication_method}; see
		 * {@link CardholderAccountInfo#getAuthenticationMethod()}.
		 * @param authenticationMethod the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		@Deprecated
		public Builder authenticationMethod(@Nullable AuthenticationMethod authenticationMethod) {
			this.authenticationMethod = authenticationMethod;
			return this;
		}

		/**
		 * Sets {@code cardholder_account_age_indicator}; see
		 * {@link CardholderAccountInfo#getCardholderAccountAgeIndicator()}.
		 * @param cardholderAccountAgeIndicator the value, or {@code null} to leave the
		 * field out
		 * @return this builder
		 */
		public Builder cardholderAccountAgeIndicator(
				@Nullable CardholderAccountAgeIndicator cardholderAccountAgeIndicator) {
			this.cardholderAccountAgeIndicator = cardholderAccountAgeIndicator;
			return this;
		}

		/**
		 * Sets {@code account_change}; see
		 * {@link CardholderAccountInfo#getAccountChange()}.
		 * @param accountChange the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder accountChange(@Nullable Instant accountChange) {
			this.accountChange = accountChange;
			return this;
		}

		/**
		 * Sets {@code account_change_indicator}; see
		 * {@link CardholderAccountInfo#getAccountChangeIndicator()}.
		 * @param accountChangeIndicator the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder accountChangeIndicator(@Nullable AccountChangeIndicator accountChangeIndicator) {
			this.accountChangeIndicator = accountChangeIndicator;
			return this;
		}

		/**
		 * Sets {@code account_date}; see {@link CardholderAccountInfo#getAccountDate()}.
		 * @param accountDate the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder accountDate(@Nullable Instant accountDate) {
			this.accountDate = accountDate;
			return this;
		}

		/**
		 * Sets {@code account_password_change}; see
		 * {@link CardholderAccountInfo#getAccountPasswordChange()}.
		 * @param accountPasswordChange the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder accountPasswordChange(@Nullable Instant accountPasswordChange) {
			this.accountPasswordChange = accountPasswordChange;
			return this;
		}

		/**
		 * Sets {@code account_password_change_indicator}; see
		 * {@link CardholderAccountInfo#getAccountPasswordChangeIndicator()}.
		 * @param accountPasswordChangeIndicator the value, or {@code null} to leave the
		 * field out
		 * @return this builder
		 */
		public Builder accountPasswordChangeIndicator(
				@Nullable AccountPasswordChangeIndicator accountPasswordChangeIndicator) {
			this.accountPasswordChangeIndicator = accountPasswordChangeIndicator;
			return this;
		}

		/**
		 * Sets {@code transactions_per_year}; see
		 * {@link CardholderAccountInfo#getTransactionsPerYear()}.
		 * @param transactionsPerYear the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder transactionsPerYear(@Nullable Integer transactionsPerYear) {
			this.transactionsPerYear = transactionsPerYear;
			return this;
		}

		/**
		 * Sets {@code payment_account_age}; see
		 * {@link CardholderAccountInfo#getPaymentAccountAge()}.
		 * @param paymentAccountAge the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder paymentAccountAge(@Nullable Instant paymentAccountAge) {
			this.paymentAccountAge = paymentAccountAge;
			return this;
		}

		/**
		 * Sets {@code shipping_address_usage}; see
		 * {@link CardholderAccountInfo#getShippingAddressUsage()}.
		 * @param shippingAddressUsage the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder shippingAddressUsage(@Nullable Instant shippingAddressUsage) {
			this.shippingAddressUsage = shippingAddressUsage;
			return this;
		}

		/**
		 * Sets {@code account_type}; see {@link CardholderAccountInfo#getAccountType()}.
		 * @param accountType the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder accountType(@Nullable AccountType accountType) {
			this.accountType = accountType;
			return this;
		}

		/**
		 * Sets {@code account_id}; see {@link CardholderAccountInfo#getAccountId()}.
		 * @param accountId the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder accountId(@Nullable String accountId) {
			this.accountId = accountId;
			return this;
		}

		/**
		 * Sets {@code three_ds_requestor_authentication_info}; see
		 * {@link CardholderAccountInfo#getThreeDsRequestorAuthenticationInfo()}.
		 * @param threeDsRequestorAuthenticationInfo the value, or {@code null} to leave
		 * the field out
		 * @return this builder
		 */
		public Builder threeDsRequestorAuthenticationInfo(
				@Nullable ThreeDsRequestorAuthenticationInfo threeDsRequestorAuthenticationInfo) {
			this.threeDsRequestorAuthenticationInfo = threeDsRequestorAuthenticationInfo;
			return this;
		}

		/**
		 * {@return a new immutable {@link CardholderAccountInfo} with the values set so
		 * far} Nothing is checked here; the API validates the values.
		 */
		public CardholderAccountInfo build() {
			return new CardholderAccountInfo(this);
		}

	}

	/**
	 * {@return the number of purchases with this account in the last six months} API
	 * field {@code purchase_count}; optional, 0 to 9999.
	 */
	public @Nullable Long getPurchaseCount() {
		return purchaseCount;
	}

	/**
	 * {@return how long the cardholder has had an account with the merchant} API field
	 * {@code account_age}; optional.
	 */
	public @Nullable AccountAge getAccountAge() {
		return accountAge;
	}

	/**
	 * {@return the number of attempts to add a card in the last 24 hours} API field
	 * {@code add_card_attempts}; optional, 0 to 999.
	 */
	public @Nullable Long getAddCardAttempts() {
		return addCardAttempts;
	}

	/**
	 * {@return when the shipping address was first used with this account} API field
	 * {@code shipping_address_age}; optional.
	 */
	public @Nullable ShippingAddressAge getShippingAddressAge() {
		return shippingAddressAge;
	}

	/**
	 * {@return whether the account name is the shipping name} API field
	 * {@code account_name_matches_shipping_name}; optional.
	 */
	public @Nullable Boolean getAccountNameMatchesShippingName() {
		return accountNameMatchesShippingName;
	}

	/**
	 * {@return whether the merchant has seen suspicious activity on the account} API
	 * field {@code suspicious_account_activity}; optional.
	 */
	public @Nullable Boolean getSuspiciousAccountActivity() {
		return suspiciousAccountActivity;
	}

	/**
	 * {@return the number of transactions with this account in the last 24 hours} API
	 * field {@code transactions_today}; optional, 0 to 999.
	 */
	public @Nullable Long getTransactionsToday() {
		return transactionsToday;
	}

	/**
	 * {@return how the cardholder logged in to the merchant} API field
	 * {@code authentication_method}; optional and deprecated by the API; prefer
	 * {@link #getThreeDsRequestorAuthenticationInfo()}.
	 */
	@Deprecated
	public @Nullable AuthenticationMethod getAuthenticationMethod() {
		return authenticationMethod;
	}

	/**
	 * {@return how long the cardholder has had the account} API field
	 * {@code cardholder_account_age_indicator}; optional.
	 */
	public @Nullable CardholderAccountAgeIndicator getCardholderAccountAgeIndicator() {
		return cardholderAccountAgeIndicator;
	}

	/**
	 * {@return when the account was last changed, in UTC} API field
	 * {@code account_change}; optional, ISO 8601.
	 */
	public @Nullable Instant getAccountChange() {
		return accountChange;
	}

	/**
	 * {@return how long ago the account was last changed} API field
	 * {@code account_change_indicator}; optional.
	 */
	public @Nullable AccountChangeIndicator getAccountChangeIndicator() {
		return accountChangeIndicator;
	}

	/**
	 * {@return when the account was opened, in UTC} API field {@code account_date};
	 * optional, ISO 8601.
	 */
	public @Nullable Instant getAccountDate() {
		return accountDate;
	}

	/**
	 * {@return when the account password was last changed, in UTC} API field
	 * {@code account_password_change}; optional, ISO 8601.
	 */
	public @Nullable Instant getAccountPasswordChange() {
		return accountPasswordChange;
	}

	/**
	 * {@return how long ago the password was last changed} API field
	 * {@code account_password_change_indicator}; optional.
	 */
	public @Nullable AccountPasswordChangeIndicator getAccountPasswordChangeIndicator() {
		return accountPasswordChangeIndicator;
	}

	/**
	 * {@return the number of transactions with this account in the last year} API field
	 * {@code transactions_per_year}; optional, at most 999.
	 */
	public @Nullable Integer getTransactionsPerYear() {
		return transactionsPerYear;
	}

	/**
	 * {@return when the card was added to the account, in UTC} API field
	 * {@code payment_account_age}; optional, ISO 8601.
	 */
	public @Nullable Instant getPaymentAccountAge() {
		return paymentAccountAge;
	}

	/**
	 * {@return when the shipping address was first used, in UTC} API field
	 * {@code shipping_address_usage}; optional, ISO 8601.
	 */
	public @Nullable Instant getShippingAddressUsage() {
		return shippingAddressUsage;
	}

	/**
	 * {@return the card account type: {@code not_applicable}, {@code credit} or
	 * {@code debit}} API field {@code account_type}; optional.
	 */
	public @Nullable AccountType getAccountType() {
		return accountType;
	}

	/**
	 * {@return the merchant's id for the cardholder's account} API field
	 * {@code account_id}; optional, at most 64 characters.
	 */
	public @Nullable String getAccountId() {
		return accountId;
	}

	/**
	 * {@return how and when the merchant authenticated the cardholder} API field
	 * {@code three_ds_requestor_authentication_info}; optional.
	 */
	public @Nullable ThreeDsRequestorAuthenticationInfo getThreeDsRequestorAuthenticationInfo() {
		return threeDsRequestorAuthenticationInfo;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("CardholderAccountInfo").add("purchaseCount", purchaseCount)
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
