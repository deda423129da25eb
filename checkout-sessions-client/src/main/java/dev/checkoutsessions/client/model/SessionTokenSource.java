package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A Checkout.com card token, {@code tok_...} ({@code type} {@code token}).
 *
 * @since 0.1.0
 */
public final class SessionTokenSource extends SessionSource {

	@JsonProperty("token")
	private @Nullable String token;

	@JsonProperty("store_for_future_use")
	private @Nullable Boolean storeForFutureUse;

	private SessionTokenSource() {
		super(SessionSourceType.TOKEN);
	}

	private SessionTokenSource(Builder builder) {
		super(SessionSourceType.TOKEN, builder);
		this.token = builder.token;
		this.storeForFutureUse = builder.storeForFutureUse;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder extends SessionSource.Builder<Builder> {

		private @Nullable String token;
		private @Nullable Boolean storeForFutureUse;

		private Builder() {
		}

		public Builder token(@Nullable String token) {
			this.token = token;
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

		public SessionTokenSource build() {
			return new SessionTokenSource(this);
		}
	}

	public @Nullable String getToken() {
		return token;
	}

	public @Nullable Boolean getStoreForFutureUse() {
		return storeForFutureUse;
	}

	@Override
	public String toString() {
		return baseToString("SessionTokenSource")
				.add("token", Redact.lastFour(token))
				.add("storeForFutureUse", storeForFutureUse)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
