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

	public @Nullable ExperienceOutcome getGoogleSpa() {
		return googleSpa;
	}

	public @Nullable ExperienceOutcome getThreeDs() {
		return threeDs;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("PreferredExperiences")
				.add("googleSpa", googleSpa)
				.add("threeDs", threeDs)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
