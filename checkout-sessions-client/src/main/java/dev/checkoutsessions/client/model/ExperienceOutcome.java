package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;

/**
 * Outcome of one preferred experience.
 *
 * @since 0.1.0
 */
public final class ExperienceOutcome extends ExtensibleModel {

	@JsonProperty("status")
	private @Nullable ExperienceStatus status;

	@JsonProperty("reason")
	private @Nullable List<String> reason;

	private ExperienceOutcome() {
	}

	/**
	 * {@return whether the experience was available and used} API field {@code status}.
	 */
	public @Nullable ExperienceStatus getStatus() {
		return status;
	}

	/**
	 * {@return why the experience had this status; empty when not given} API field
	 * {@code reason}.
	 */
	public List<String> getReason() {
		return reason == null ? List.of() : Collections.unmodifiableList(reason);
	}

	@Override
	public String toString() {
		return new ToStringBuilder("ExperienceOutcome").add("status", status)
			.add("reason", reason)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
