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

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link NonHostedCompletionInfo}: one method per API field, each returning
	 * this builder.
	 */
	public static final class Builder {

		private @Nullable String callbackUrl;

		private @Nullable String challengeNotificationUrl;

		private Builder() {
		}

		/**
		 * Sets {@code callback_url}; see
		 * {@link NonHostedCompletionInfo#getCallbackUrl()}.
		 * @param callbackUrl the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder callbackUrl(@Nullable String callbackUrl) {
			this.callbackUrl = callbackUrl;
			return this;
		}

		/**
		 * Sets {@code challenge_notification_url}; see
		 * {@link NonHostedCompletionInfo#getChallengeNotificationUrl()}.
		 * @param challengeNotificationUrl the value, or {@code null} to leave the field
		 * out
		 * @return this builder
		 */
		public Builder challengeNotificationUrl(@Nullable String challengeNotificationUrl) {
			this.challengeNotificationUrl = challengeNotificationUrl;
			return this;
		}

		/**
		 * {@return a new immutable {@link NonHostedCompletionInfo} with the values set so
		 * far} Nothing is checked here; the API validates the values.
		 */
		public NonHostedCompletionInfo build() {
			return new NonHostedCompletionInfo(this);
		}

	}

	/**
	 * {@return where Checkout.com posts the result after {@code POST
	 * /sessions/{id}/complete}} API field {@code callback_url}; optional, a URI of at
	 * most 256 characters (required in the 2021 reference). The callback carries no
	 * signature: read the session with OAuth before acting on it.
	 */
	public @Nullable String getCallbackUrl() {
		return callbackUrl;
	}

	/**
	 * {@return the merchant's own endpoint for the ACS challenge result} API field
	 * {@code challenge_notification_url}; optional, a URI of at most 256 characters;
	 * without it a Checkout.com endpoint is used.
	 */
	public @Nullable String getChallengeNotificationUrl() {
		return challengeNotificationUrl;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("NonHostedCompletionInfo").add("callbackUrl", callbackUrl)
			.add("challengeNotificationUrl", challengeNotificationUrl)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
