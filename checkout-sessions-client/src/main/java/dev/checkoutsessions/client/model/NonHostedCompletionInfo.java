package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Non-hosted completion: the merchant runs the authentication steps itself.
 *
 * @since 0.1.0
 */
public final class NonHostedCompletionInfo extends CompletionInfo {

	@JsonProperty("callback_url")
	private @Nullable String callbackUrl;

	@JsonProperty("challenge_notification_url")
	private @Nullable String challengeNotificationUrl;

	private NonHostedCompletionInfo() {
		super(CompletionType.NON_HOSTED);
	}

	private NonHostedCompletionInfo(Builder builder) {
		super(CompletionType.NON_HOSTED);
		this.callbackUrl = builder.callbackUrl;
		this.challengeNotificationUrl = builder.challengeNotificationUrl;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String callbackUrl;
		private @Nullable String challengeNotificationUrl;

		private Builder() {
		}

		public Builder callbackUrl(@Nullable String callbackUrl) {
			this.callbackUrl = callbackUrl;
			return this;
		}

		public Builder challengeNotificationUrl(@Nullable String challengeNotificationUrl) {
			this.challengeNotificationUrl = challengeNotificationUrl;
			return this;
		}

		public NonHostedCompletionInfo build() {
			return new NonHostedCompletionInfo(this);
		}
	}

	public @Nullable String getCallbackUrl() {
		return callbackUrl;
	}

	public @Nullable String getChallengeNotificationUrl() {
		return challengeNotificationUrl;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("NonHostedCompletionInfo")
				.add("callbackUrl", callbackUrl)
				.add("challengeNotificationUrl", challengeNotificationUrl)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
