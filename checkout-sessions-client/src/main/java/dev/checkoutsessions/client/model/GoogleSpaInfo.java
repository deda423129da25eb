package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Google Secure Payment Authentication details of a response ({@code google_spa}).
 *
 * @since 0.1.0
 */
public final class GoogleSpaInfo extends ExtensibleModel {

	@JsonProperty("challenge_url")
	private @Nullable String challengeUrl;

	@JsonProperty("initial_timeout")
	private @Nullable String initialTimeout;

	@JsonProperty("max_timeout")
	private @Nullable String maxTimeout;

	@JsonProperty("iframe")
	private @Nullable GoogleSpaIframe iframe;

	@JsonProperty("token")
	private @Nullable GoogleSpaToken token;

	private GoogleSpaInfo() {
	}

	public @Nullable String getChallengeUrl() {
		return challengeUrl;
	}

	public @Nullable String getInitialTimeout() {
		return initialTimeout;
	}

	public @Nullable String getMaxTimeout() {
		return maxTimeout;
	}

	public @Nullable GoogleSpaIframe getIframe() {
		return iframe;
	}

	public @Nullable GoogleSpaToken getToken() {
		return token;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GoogleSpaInfo")
				.add("challengeUrl", challengeUrl)
				.add("initialTimeout", initialTimeout)
				.add("maxTimeout", maxTimeout)
				.add("iframe", iframe)
				.add("token", token)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
