package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Directory Server details ({@code ds}).
 *
 * @since 0.1.0
 */
public final class Ds extends ExtensibleModel {

	@JsonProperty("ds_id")
	private @Nullable String dsId;

	@JsonProperty("reference_number")
	private @Nullable String referenceNumber;

	@JsonProperty("transaction_id")
	private @Nullable String transactionId;

	private Ds() {
	}

	/**
	 * {@return the Directory Server id (a registered application provider id, RID) the
	 * app's 3DS SDK uses} API field {@code ds_id}; at most 32 characters; app channel.
	 */
	public @Nullable String getDsId() {
		return dsId;
	}

	/**
	 * {@return the Directory Server's EMVCo reference number} API field
	 * {@code reference_number}; at most 32 characters.
	 */
	public @Nullable String getReferenceNumber() {
		return referenceNumber;
	}

	/**
	 * {@return the Directory Server transaction id, a UUID} API field
	 * {@code transaction_id}.
	 */
	public @Nullable String getTransactionId() {
		return transactionId;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Ds").add("dsId", dsId)
			.add("referenceNumber", referenceNumber)
			.add("transactionId", transactionId)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
