package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * 3-D Secure protocol details ({@code 3ds}); {@code challenge_request} is the base64 CReq
 * to post to the ACS.
 *
 * @since 0.1.0
 */
public final class ThreeDsInfo extends ExtensibleModel {

	@JsonProperty("challenge_request")
	private @Nullable String challengeRequest;

	@JsonProperty("interaction_counter")
	private @Nullable String interactionCounter;

	@JsonProperty("error_details")
	private @Nullable ThreeDsErrorDetails errorDetails;

	private ThreeDsInfo() {
	}

	/**
	 * {@return the EMVCo challenge request (CReq), base64, that the browser posts to
	 * {@link Acs#getUrl()}} API field {@code challenge_request}; present while
	 * challenged.
	 */
	public @Nullable String getChallengeRequest() {
		return challengeRequest;
	}

	/**
	 * {@return the number of challenge interactions so far} API field
	 * {@code interaction_counter}; at most 2 characters.
	 */
	public @Nullable String getInteractionCounter() {
		return interactionCounter;
	}

	/**
	 * {@return the EMVCo error message details, when the 3DS exchange failed} API field
	 * {@code error_details}.
	 */
	public @Nullable ThreeDsErrorDetails getErrorDetails() {
		return errorDetails;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("ThreeDsInfo").add("interactionCounter", interactionCounter)
			.add("errorDetails", errorDetails)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
