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

	/**
	 * {@return a new builder with no field set} The API requires {@code token}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link SessionTokenSource}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder extends SessionSource.Builder<Builder> {

		private @Nullable String token;

		private @Nullable Boolean storeForFutureUse;

		private Builder() {
		}

		/**
		 * Sets {@code token}; see {@link SessionTokenSource#getToken()}.
		 * @param token the {@code tok_...} token; required
		 * @return this builder
		 */
		public Builder token(@Nullable String token) {
			this.token = token;
			return this;
		}

		/**
		 * Sets {@code store_for_future_use}; see
		 * {@link SessionTokenSource#getStoreForFutureUse()}.
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
		 * {@return a new immutable {@link SessionTokenSource} with the values set so far}
		 * Nothing is checked here: the client checks the required fields before it sends
		 * the request and names each missing one.
		 */
		public SessionTokenSource build() {
			return new SessionTokenSource(this);
		}

	}

	/**
	 * {@return the Checkout.com card token, {@code tok_...}} API field {@code token};
	 * required, at most 100 characters.
	 */
	public @Nullable String getToken() {
		return token;
	}

	/**
	 * {@return whether the tokenized card is to be stored for later use} API field
	 * {@code store_for_future_use}; optional.
	 */
	public @Nullable Boolean getStoreForFutureUse() {
		return storeForFutureUse;
	}

	@Override
	public String toString() {
		return baseToString("SessionTokenSource").add("token", Redact.lastFour(token))
			.add("storeForFutureUse", storeForFutureUse)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
