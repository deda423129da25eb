package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A card given by its number ({@code type} {@code card}).
 *
 * @since 0.1.0
 */
public final class SessionCardSource extends SessionSource {

	@JsonProperty("number")
	private @Nullable String number;

	@JsonProperty("expiry_month")
	private @Nullable Integer expiryMonth;

	@JsonProperty("expiry_year")
	private @Nullable Integer expiryYear;

	@JsonProperty("name")
	private @Nullable String name;

	@JsonProperty("stored")
	private @Nullable Boolean stored;

	@JsonProperty("store_for_future_use")
	private @Nullable Boolean storeForFutureUse;

	private SessionCardSource() {
		super(SessionSourceType.CARD);
	}

	private SessionCardSource(Builder builder) {
		super(SessionSourceType.CARD, builder);
		this.number = builder.number;
		this.expiryMonth = builder.expiryMonth;
		this.expiryYear = builder.expiryYear;
		this.name = builder.name;
		this.stored = builder.stored;
		this.storeForFutureUse = builder.storeForFutureUse;
	}

	/**
	 * {@return a new builder with no field set} The API requires {@code number},
	 * {@code expiry_month} and {@code expiry_year}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link SessionCardSource}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder extends SessionSource.Builder<Builder> {

		private @Nullable String number;

		private @Nullable Integer expiryMonth;

		private @Nullable Integer expiryYear;

		private @Nullable String name;

		private @Nullable Boolean stored;

		private @Nullable Boolean storeForFutureUse;

		private Builder() {
		}

		/**
		 * Sets {@code number}; see {@link SessionCardSource#getNumber()}.
		 * @param number the card number; required
		 * @return this builder
		 */
		public Builder number(@Nullable String number) {
			this.number = number;
			return this;
		}

		/**
		 * Sets {@code expiry_month}; see {@link SessionCardSource#getExpiryMonth()}.
		 * @param expiryMonth 1 to 12; required
		 * @return this builder
		 */
		public Builder expiryMonth(@Nullable Integer expiryMonth) {
			this.expiryMonth = expiryMonth;
			return this;
		}

		/**
		 * Sets {@code expiry_year}; see {@link SessionCardSource#getExpiryYear()}.
		 * @param expiryYear four digits, such as {@code 2030}; required
		 * @return this builder
		 */
		public Builder expiryYear(@Nullable Integer expiryYear) {
			this.expiryYear = expiryYear;
			return this;
		}

		/**
		 * Sets {@code name}; see {@link SessionCardSource#getName()}.
		 * @param name the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets {@code stored}; see {@link SessionCardSource#getStored()}.
		 * @param stored the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder stored(@Nullable Boolean stored) {
			this.stored = stored;
			return this;
		}

		/**
		 * Sets {@code store_for_future_use}; see
		 * {@link SessionCardSource#getStoreForFutureUse()}.
		 * @param storeForFutureUse the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder storeForFutureUse(@Nullable Boolean storeForFutureUse) {
			this.storeForFutureUse = storeForFutureUse;
			return this;
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * {@return a new immutable {@link SessionCardSource} with the values set so far}
		 * Nothing is checked here: the client checks the required fields before it sends
		 * the request and names each missing one.
		 */
		public SessionCardSource build() {
			return new SessionCardSource(this);
		}

	}

	/**
	 * {@return the card number (PAN)} API field {@code number}; required, 13 to 19
	 * digits; never logged: {@code toString()} shows the last four digits only.
	 */
	public @Nullable String getNumber() {
		return number;
	}

	/**
	 * {@return the card's expiry month, 1 to 12} API field {@code expiry_month};
	 * required.
	 */
	public @Nullable Integer getExpiryMonth() {
		return expiryMonth;
	}

	/**
	 * {@return the card's expiry year, four digits} API field {@code expiry_year};
	 * required.
	 */
	public @Nullable Integer getExpiryYear() {
		return expiryYear;
	}

	/**
	 * {@return the cardholder name as on the card} API field {@code name}; optional, 2 to
	 * 45 characters.
	 */
	public @Nullable String getName() {
		return name;
	}

	/**
	 * {@return whether the card details are stored card-on-file credentials} API field
	 * {@code stored}; optional, default {@code false}; must be {@code true} when
	 * authenticating with stored card details.
	 */
	public @Nullable Boolean getStored() {
		return stored;
	}

	/**
	 * {@return whether the card is to be stored for later use} API field
	 * {@code store_for_future_use}; optional.
	 */
	public @Nullable Boolean getStoreForFutureUse() {
		return storeForFutureUse;
	}

	@Override
	public String toString() {
		return baseToString("SessionCardSource").add("number", Redact.lastFour(number))
			.add("expiryMonth", expiryMonth)
			.add("expiryYear", expiryYear)
			.add("name", Redact.hidden(name))
			.add("stored", stored)
			.add("storeForFutureUse", storeForFutureUse)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
