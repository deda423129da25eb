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

	public static Builder builder() {
		return new Builder();
	}

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

		public Builder token(@Nullable String token) {
			this.token = token;
			return this;
		}

		public Builder expiryMonth(@Nullable Integer expiryMonth) {
			this.expiryMonth = expiryMonth;
			return this;
		}

		public Builder expiryYear(@Nullable Integer expiryYear) {
			this.expiryYear = expiryYear;
			return this;
		}

		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		public Builder stored(@Nullable Boolean stored) {
			this.stored = stored;
			return this;
		}

		public Builder tokenType(@Nullable String tokenType) {
			this.tokenType = tokenType;
			return this;
		}

		public Builder cryptogram(@Nullable String cryptogram) {
			this.cryptogram = cryptogram;
			return this;
		}

		@Override
		Builder self() {
			return this;
		}

		public NetworkTokenSource build() {
			return new NetworkTokenSource(this);
		}
	}

	public @Nullable String getToken() {
		return token;
	}

	public @Nullable Integer getExpiryMonth() {
		return expiryMonth;
	}

	public @Nullable Integer getExpiryYear() {
		return expiryYear;
	}

	public @Nullable String getName() {
		return name;
	}

	public @Nullable Boolean getStored() {
		return stored;
	}

	public @Nullable String getTokenType() {
		return tokenType;
	}

	public @Nullable String getCryptogram() {
		return cryptogram;
	}

	@Override
	public String toString() {
		return baseToString("NetworkTokenSource")
				.add("token", Redact.lastFour(token))
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
