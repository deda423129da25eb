package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Scheme-specific details ({@code scheme_info}), such as the Cartes Bancaires score.
 *
 * @since 0.1.0
 */
public final class SchemeInfo extends ExtensibleModel {

	@JsonProperty("name")
	private @Nullable SessionScheme name;

	@JsonProperty("score")
	private @Nullable String score;

	@JsonProperty("avalgo")
	private @Nullable String avalgo;

	private SchemeInfo() {
	}

	/**
	 * {@return the scheme the information is about: {@code cartes_bancaires},
	 * {@code visa} or {@code mastercard}} API field {@code name}.
	 */
	public @Nullable SessionScheme getName() {
		return name;
	}

	/**
	 * {@return the scheme's risk score} API field {@code score}; Cartes Bancaires only.
	 */
	public @Nullable String getScore() {
		return score;
	}

	/**
	 * {@return the algorithm used to compute the authentication value} API field
	 * {@code avalgo}.
	 */
	public @Nullable String getAvalgo() {
		return avalgo;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SchemeInfo").add("name", name)
			.add("score", score)
			.add("avalgo", avalgo)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
