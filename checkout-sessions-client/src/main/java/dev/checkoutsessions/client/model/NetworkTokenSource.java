package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A scheme network token ({@code type} {@code network_token}).
 *
 * @since 0.1.0
 */
public final class NetworkTokenSource extends SessionSource {

	@JsonProperty("token")
	private @Nullable String token;

	@JsonProperty("expiry_month")
	private @Nullable Integer expiryMonth;

	@JsonProperty("expiry_year")
	private @Nullable Integer expiryYear;

	@JsonProperty("name")
	private @Nullable String name;

	@JsonProperty("stored")
	private @Nullable Boolean stored;

	@JsonProperty("token_type")
	private @Nullable String tokenType;

	@JsonProperty("cryptogram")
	private @Nullable String cryptogram;

	private NetworkTokenSource() {
		super(SessionSourceType.NETWORK_TOKEN);
	}

	private NetworkTokenSource(Builder builder) {
		super(SessionSourceType.NETWORK_TOKEN, builder);
		this.token = builder.token;
		this.expiryMonth = builder.expiryMonth;
		this.expiryYear = builder.expiryYear;
		this.name = builder.name;
		this.stored = builder.stored;
		this.tokenType = builder.tokenType;
		this.cryptogram = builder.cryptogram;
	}

	/**
	 * {@return a new builder with no field set} The API requires {@code token},
	 * {@code expiry_month} and {@code expiry_year}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link NetworkTokenSource}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder extends SessionSource.Builder<Builder> {

		private @Nullable String token;

		private @Nullable Integer expiryMonth;

		private @Nullable Integer expiryYear;

		private @Nullable String name;

		private @Nullable Boolean stored;

		private @Nullable String tokenType;

		private @Nullable String cryptogram;

		private Builder() {
		}

		/**
		 * Sets {@code token}; see {@link NetworkTokenSource#getToken()}.
		 * @param token the network token; required
		 * @return this builder
		 */
		public Builder token(@Nullable String token) {
			this.token = token;
			return this;
		}

		/**
		 * Sets {@code expiry_month}; see {@link NetworkTokenSource#getExpiryMonth()}.
		 * @param expiryMonth 1 to 12; required
		 * @return this builder
		 */
		public Builder expiryMonth(@Nullable Integer expiryMonth) {
			this.expiryMonth = expiryMonth;
			return this;
		}

		/**
		 * Sets {@code expiry_year}; see {@link NetworkTokenSource#getExpiryYear()}.
		 * @param expiryYear four digits; required
		 * @return this builder
		 */
		public Builder expiryYear(@Nullable Integer expiryYear) {
			this.expiryYear = expiryYear;
			return this;
		}

		/**
		 * Sets {@code name}; see {@link NetworkTokenSource#getName()}.
		 * @param name the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets {@code stored}; see {@link NetworkTokenSource#getStored()}.
		 * @param stored the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder stored(@Nullable Boolean stored) {
			this.stored = stored;
			return this;
		}

		/**
		 * Sets {@code token_type}; see {@link NetworkTokenSource#getTokenType()}.
		 * @param tokenType the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder tokenType(@Nullable String tokenType) {
			this.tokenType = tokenType;
			return this;
		}

		/**
		 * Sets {@code cryptogram}; see {@link NetworkTokenSource#getCryptogram()}.
		 * @param cryptogram the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder cryptogram(@Nullable String cryptogram) {
			this.cryptogram = cryptogram;
			return this;
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * {@return a new immutable {@link NetworkTokenSource} with the values set so far}
		 * Nothing is checked here: the client checks the required fields before it sends
		 * the request and names each missing one.
		 */
		public NetworkTokenSource build() {
			return new NetworkTokenSource(this);
		}

	}

	/**
	 * {@return the network token (a scheme-issued PAN replacement)} API field
	 * {@code token}; required, 9 to 19 digits.
	 */
	public @Nullable String getToken() {
		return token;
	}

	/**
	 * {@return the network token's expiry month, 1 to 12} API field {@code expiry_month};
	 * required.
	 */
	public @Nullable Integer getExpiryMonth() {
		return expiryMonth;
	}

	/**
	 * {@return the network token's expiry year, four digits} API field
	 * {@code expiry_year}; required.
	 */
	public @Nullable Integer getExpiryYear() {
		return expiryYear;
	}

	/**
	 * {@return the cardholder name} API field {@code name}; optional.
	 */
	public @Nullable String getName() {
		return name;
	}

	/**
	 * {@return whether the token is a stored credential} API field {@code stored};
	 * optional, default {@code false}.
	 */
	public @Nullable Boolean getStored() {
		return stored;
	}

	/**
	 * {@return the network token type, such as {@code vts} or {@code mdes}} API field
	 * {@code token_type}; optional in the current API (the 2021 reference required it).
	 */
	public @Nullable String getTokenType() {
		return tokenType;
	}

	/**
	 * {@return the token cryptogram} API field {@code cryptogram}; optional in the
	 * current API (the 2021 reference required it); never logged.
	 */
	public @Nullable String getCryptogram() {
		return cryptogram;
	}

	@Override
	public String toString() {
		return baseToString("NetworkTokenSource").add("token", Redact.lastFour(token))
			.add("expiryMonth", expiryMonth)
			.add("expiryYear", expiryYear)
			.add("name", Redact.hidden(name))
			.add("stored", stored)
			.add("tokenType", tokenType)
			.add("cryptogram", Redact.hidden(cryptogram))
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
