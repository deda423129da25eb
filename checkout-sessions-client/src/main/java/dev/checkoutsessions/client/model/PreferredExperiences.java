package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Outcome of each requested experience ({@code preferred_experiences}).
 *
 * @since 0.1.0
 */
public final class PreferredExperiences extends ExtensibleModel {

	@JsonProperty("google_spa")
	private @Nullable ExperienceOutcome googleSpa;

	@JsonProperty("3ds")
	private @Nullable ExperienceOutcome threeDs;

	private PreferredExperiences() {
	}

	/**
	 * {@return the outcome of the Google Secure Payment Authentication experience} API
	 * field {@code google_spa}.
	 */
	public @Nullable ExperienceOutcome getGoogleSpa() {
		return googleSpa;
	}

	/**
	 * {@return the outcome of the 3-D Secure experience} API field {@code 3ds}; the wire
	 * key is literally {@code "3ds"}.
	 */
	public @Nullable ExperienceOutcome getThreeDs() {
		return threeDs;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("PreferredExperiences").add("googleSpa", googleSpa)
			.add("threeDs", threeDs)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
