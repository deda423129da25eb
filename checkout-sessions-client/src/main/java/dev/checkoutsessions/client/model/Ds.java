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

	public @Nullable String getDsId() {
		return dsId;
	}

	public @Nullable String getReferenceNumber() {
		return referenceNumber;
	}

	public @Nullable String getTransactionId() {
		return transactionId;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Ds")
				.add("dsId", dsId)
				.add("referenceNumber", referenceNumber)
				.add("transactionId", transactionId)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
