package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Trusted-beneficiary (whitelisting) outcome.
 *
 * @since 0.1.0
 */
public final class TrustedBeneficiary extends ExtensibleModel {

	@JsonProperty("status")
	private @Nullable TrustedBeneficiaryStatus status;

	@JsonProperty("source")
	private @Nullable String source;

	private TrustedBeneficiary() {
	}

	public @Nullable TrustedBeneficiaryStatus getStatus() {
		return status;
	}

	public @Nullable String getSource() {
		return source;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("TrustedBeneficiary")
				.add("status", status)
				.add("source", source)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
