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
	private static final OpenEnumRegistry<ChallengeIndicator> REGISTRY = new OpenEnumRegistry<>(ChallengeIndicator::new);

	public static final ChallengeIndicator NO_PREFERENCE = REGISTRY.register("no_preference");
	public static final ChallengeIndicator NO_CHALLENGE_REQUESTED = REGISTRY.register("no_challenge_requested");
	public static final ChallengeIndicator CHALLENGE_REQUESTED = REGISTRY.register("challenge_requested");
	public static final ChallengeIndicator CHALLENGE_REQUESTED_MANDATE = REGISTRY.register("challenge_requested_mandate");
	public static final ChallengeIndicator LOW_VALUE = REGISTRY.register("low_value");
	public static final ChallengeIndicator TRUSTED_LISTING = REGISTRY.register("trusted_listing");
	public static final ChallengeIndicator TRUSTED_LISTING_PROMPT = REGISTRY.register("trusted_listing_prompt");
	public static final ChallengeIndicator TRANSACTION_RISK_ASSESSMENT = REGISTRY.register("transaction_risk_assessment");
	public static final ChallengeIndicator DATA_SHARE = REGISTRY.register("data_share");

	private ChallengeIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChallengeIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<ChallengeIndicator> values() {
		return REGISTRY.values();
	}
}
