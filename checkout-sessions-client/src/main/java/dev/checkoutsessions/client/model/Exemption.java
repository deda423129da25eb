package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Exemption requested and applied ({@code exemption}).
 *
 * @since 0.1.0
 */
public final class Exemption extends ExtensibleModel {

	@JsonProperty("requested")
	private @Nullable String requested;

	@JsonProperty("applied")
	private @Nullable ExemptionApplied applied;

	@JsonProperty("code")
	private @Nullable String code;

	@JsonProperty("trusted_beneficiary")
	private @Nullable TrustedBeneficiary trustedBeneficiary;

	private Exemption() {
	}

	/**
	 * {@return the exemption the merchant asked for through {@code challenge_indicator}}
	 * API field {@code requested}.
	 */
	public @Nullable String getRequested() {
		return requested;
	}

	/**
	 * {@return the exemption actually applied, {@code none} when none was} API field
	 * {@code applied}.
	 */
	public @Nullable ExemptionApplied getApplied() {
		return applied;
	}

	/**
	 * {@return the exemption code} API field {@code code}; Cartes Bancaires only.
	 */
	public @Nullable String getCode() {
		return code;
	}

	/**
	 * {@return whether the cardholder listed the merchant as trusted, and who says so}
	 * API field {@code trusted_beneficiary}.
	 */
	public @Nullable TrustedBeneficiary getTrustedBeneficiary() {
		return trustedBeneficiary;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Exemption").add("requested", requested)
			.add("applied", applied)
			.add("code", code)
			.add("trustedBeneficiary", trustedBeneficiary)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
