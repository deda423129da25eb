package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Hosted completion: Checkout.com runs the authentication pages and redirects the cardholder back.
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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String successUrl;
		private @Nullable String failureUrl;
		private @Nullable String callbackUrl;

		private Builder() {
		}

		public Builder successUrl(@Nullable String successUrl) {
			this.successUrl = successUrl;
			return this;
		}

		public Builder failureUrl(@Nullable String failureUrl) {
			this.failureUrl = failureUrl;
			return this;
		}

		public Builder callbackUrl(@Nullable String callbackUrl) {
			this.callbackUrl = callbackUrl;
			return this;
		}

		public HostedCompletionInfo build() {
			return new HostedCompletionInfo(this);
		}
	}

	public @Nullable String getSuccessUrl() {
		return successUrl;
	}

	public @Nullable String getFailureUrl() {
		return failureUrl;
	}

	public @Nullable String getCallbackUrl() {
		return callbackUrl;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("HostedCompletionInfo")
				.add("successUrl", successUrl)
				.add("failureUrl", failureUrl)
				.add("callbackUrl", callbackUrl)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
