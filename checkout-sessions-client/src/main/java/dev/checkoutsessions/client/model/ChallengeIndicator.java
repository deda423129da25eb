package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Challenge preference ({@code challenge_indicator}); the last five request an exemption.
 *
 * @since 0.1.0
 */
public final class ChallengeIndicator extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<ChallengeIndicator> REGISTRY = new OpenEnumRegistry<>(
			ChallengeIndicator::new);

	/** {@code no_preference}: the merchant has no preference; the default. */
	public static final ChallengeIndicator NO_PREFERENCE = REGISTRY.register("no_preference");

	/** {@code no_challenge_requested}: the merchant asks for a frictionless flow. */
	public static final ChallengeIndicator NO_CHALLENGE_REQUESTED = REGISTRY.register("no_challenge_requested");

	/** {@code challenge_requested}: the merchant prefers a challenge. */
	public static final ChallengeIndicator CHALLENGE_REQUESTED = REGISTRY.register("challenge_requested");

	/**
	 * {@code challenge_requested_mandate}: a challenge is required, for example by a
	 * regional mandate; it forces a challenge even on a frictionless test card.
	 */
	public static final ChallengeIndicator CHALLENGE_REQUESTED_MANDATE = REGISTRY
		.register("challenge_requested_mandate");

	/** {@code low_value}: requests the low-value exemption. */
	public static final ChallengeIndicator LOW_VALUE = REGISTRY.register("low_value");

	/** {@code trusted_listing}: requests the trusted-beneficiary exemption. */
	public static final ChallengeIndicator TRUSTED_LISTING = REGISTRY.register("trusted_listing");

	/**
	 * {@code trusted_listing_prompt}: requests the trusted-beneficiary exemption and asks
	 * the issuer to offer listing the merchant.
	 */
	public static final ChallengeIndicator TRUSTED_LISTING_PROMPT = REGISTRY.register("trusted_listing_prompt");

	/**
	 * {@code transaction_risk_assessment}: requests the transaction-risk-analysis
	 * exemption.
	 */
	public static final ChallengeIndicator TRANSACTION_RISK_ASSESSMENT = REGISTRY
		.register("transaction_risk_assessment");

	/** {@code data_share}: shares data with the issuer without asking for a challenge. */
	public static final ChallengeIndicator DATA_SHARE = REGISTRY.register("data_share");

	private ChallengeIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code challenge_indicator}, such as
	 * {@code "no_preference"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChallengeIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ChallengeIndicator> values() {
		return REGISTRY.values();
	}

}
