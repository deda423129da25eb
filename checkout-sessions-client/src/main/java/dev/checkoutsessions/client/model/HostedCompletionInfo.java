package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Hosted completion: Checkout.com runs the authentication pages and redirects the
 * cardholder back.
 *
 * @since 0.1.0
 */
public final class HostedCompletionInfo extends CompletionInfo {

	@JsonProperty("success_url")
	private @Nullable String successUrl;

	@JsonProperty("failure_url")
	private @Nullable String failureUrl;

	@JsonProperty("callback_url")
	private @Nullable String callbackUrl;

	private HostedCompletionInfo() {
		super(CompletionType.HOSTED);
	}

	private HostedCompletionInfo(Builder builder) {
		super(CompletionType.HOSTED);
		this.successUrl = builder.successUrl;
		this.failureUrl = builder.failureUrl;
		this.callbackUrl = builder.callbackUrl;
	}

	/**
	 * {@return a new builder with no field set} The API requires {@code success_url} and
	 * {@code failure_url}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link HostedCompletionInfo}: one method per API field, each returning
	 * this builder.
	 */
	public static final class Builder {

		private @Nullable String successUrl;

		private @Nullable String failureUrl;

		private @Nullable String callbackUrl;

		private Builder() {
		}

		/**
		 * Sets {@code success_url}; see {@link HostedCompletionInfo#getSuccessUrl()}.
		 * @param successUrl an absolute URI; required
		 * @return this builder
		 */
		public Builder successUrl(@Nullable String successUrl) {
			this.successUrl = successUrl;
			return this;
		}

		/**
		 * Sets {@code failure_url}; see {@link HostedCompletionInfo#getFailureUrl()}.
		 * @param failureUrl an absolute URI; required
		 * @return this builder
		 */
		public Builder failureUrl(@Nullable String failureUrl) {
			this.failureUrl = failureUrl;
			return this;
		}

		/**
		 * Sets {@code callback_url}; see {@link HostedCompletionInfo#getCallbackUrl()}.
		 * @param callbackUrl the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder callbackUrl(@Nullable String callbackUrl) {
			this.callbackUrl = callbackUrl;
			return this;
		}

		/**
		 * {@return a new immutable {@link HostedCompletionInfo} with the values set so
		 * far} Nothing is checked here: the client checks the required fields before it
		 * sends the request and names each missing one.
		 */
		public HostedCompletionInfo build() {
			return new HostedCompletionInfo(this);
		}

	}

	/**
	 * {@return where Checkout.com sends the cardholder when authentication is approved or
	 * attempted} API field {@code success_url}; required for hosted completion, a URI of
	 * at most 256 characters; overrides the account default.
	 */
	public @Nullable String getSuccessUrl() {
		return successUrl;
	}

	/**
	 * {@return where Checkout.com sends the cardholder for every other outcome} API field
	 * {@code failure_url}; required for hosted completion, a URI of at most 256
	 * characters; overrides the account default.
	 */
	public @Nullable String getFailureUrl() {
		return failureUrl;
	}

	/**
	 * {@return where Checkout.com posts the session result} API field
	 * {@code callback_url}; optional, a URI of at most 256 characters.
	 */
	public @Nullable String getCallbackUrl() {
		return callbackUrl;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("HostedCompletionInfo").add("successUrl", successUrl)
			.add("failureUrl", failureUrl)
			.add("callbackUrl", callbackUrl)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
