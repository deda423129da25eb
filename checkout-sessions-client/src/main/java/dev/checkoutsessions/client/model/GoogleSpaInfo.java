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

	/**
	 * {@return the URL of the Google challenge to load in the iframe} API field
	 * {@code challenge_url}.
	 */
	public @Nullable String getChallengeUrl() {
		return challengeUrl;
	}

	/**
	 * {@return the timeout before the challenge must have started, as sent by the API}
	 * API field {@code initial_timeout}.
	 */
	public @Nullable String getInitialTimeout() {
		return initialTimeout;
	}

	/**
	 * {@return the timeout for the whole challenge, as sent by the API} API field
	 * {@code max_timeout}.
	 */
	public @Nullable String getMaxTimeout() {
		return maxTimeout;
	}

	/**
	 * {@return the size of the iframe to show the challenge in} API field {@code iframe}.
	 */
	public @Nullable GoogleSpaIframe getIframe() {
		return iframe;
	}

	/**
	 * {@return the token card to use after a successful challenge} API field
	 * {@code token}.
	 */
	public @Nullable GoogleSpaToken getToken() {
		return token;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GoogleSpaInfo").add("challengeUrl", challengeUrl)
			.add("initialTimeout", initialTimeout)
			.add("maxTimeout", maxTimeout)
			.add("iframe", iframe)
			.add("token", token)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
