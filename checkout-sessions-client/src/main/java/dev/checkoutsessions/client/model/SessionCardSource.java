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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder extends SessionSource.Builder<Builder> {

		private @Nullable String number;
		private @Nullable Integer expiryMonth;
		private @Nullable Integer expiryYear;
		private @Nullable String name;
		private @Nullable Boolean stored;
		private @Nullable Boolean storeForFutureUse;

		private Builder() {
		}

		public Builder number(@Nullable String number) {
			this.number = number;
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

		public Builder storeForFutureUse(@Nullable Boolean storeForFutureUse) {
			this.storeForFutureUse = storeForFutureUse;
			return this;
		}

		@Override
		Builder self() {
			return this;
		}

		public SessionCardSource build() {
			return new SessionCardSource(this);
		}
	}

	public @Nullable String getNumber() {
		return number;
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

	public @Nullable Boolean getStoreForFutureUse() {
		return storeForFutureUse;
	}

	@Override
	public String toString() {
		return baseToString("SessionCardSource")
				.add("number", Redact.lastFour(number))
				.add("expiryMonth", expiryMonth)
				.add("expiryYear", expiryYear)
				.add("name", Redact.hidden(name))
				.add("stored", stored)
				.add("storeForFutureUse", storeForFutureUse)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
