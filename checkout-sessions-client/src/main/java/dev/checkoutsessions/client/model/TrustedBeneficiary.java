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

	/**
	 * {@return the trusted-listing status: {@code Y}, {@code N}, {@code E}, {@code P},
	 * {@code R} or {@code U}} API field {@code status}.
	 */
	public @Nullable TrustedBeneficiaryStatus getStatus() {
		return status;
	}

	/**
	 * {@return who reported the status: {@code 01} the 3DS Server, {@code 02} the
	 * Directory Server, {@code 03} the ACS, {@code 80} to {@code 99} scheme-specific} API
	 * field {@code source}.
	 */
	public @Nullable String getSource() {
		return source;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("TrustedBeneficiary").add("status", status)
			.add("source", source)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
