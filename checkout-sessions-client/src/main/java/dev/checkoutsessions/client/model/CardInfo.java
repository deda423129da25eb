package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The card behind the session ({@code card}).
 *
 * @since 0.1.0
 */
public final class CardInfo extends ExtensibleModel {

	@JsonProperty("instrument_id")
	private @Nullable String instrumentId;

	@JsonProperty("fingerprint")
	private @Nullable String fingerprint;

	@JsonProperty("metadata")
	private @Nullable CardMetadata metadata;

	private CardInfo() {
	}

	public @Nullable String getInstrumentId() {
		return instrumentId;
	}

	public @Nullable String getFingerprint() {
		return fingerprint;
	}

	public @Nullable CardMetadata getMetadata() {
		return metadata;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("CardInfo")
				.add("instrumentId", instrumentId)
				.add("metadata", metadata)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
