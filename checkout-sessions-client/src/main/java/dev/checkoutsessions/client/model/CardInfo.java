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

	/**
	 * {@return the card's stored instrument, {@code src_...}} API field
	 * {@code instrument_id}.
	 */
	public @Nullable String getInstrumentId() {
		return instrumentId;
	}

	/**
	 * {@return a fingerprint that is the same for every use of the same card number} API
	 * field {@code fingerprint}.
	 */
	public @Nullable String getFingerprint() {
		return fingerprint;
	}

	/**
	 * {@return the card type, category and issuer} API field {@code metadata}; may be
	 * empty.
	 */
	public @Nullable CardMetadata getMetadata() {
		return metadata;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("CardInfo").add("instrumentId", instrumentId)
			.add("metadata", metadata)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
