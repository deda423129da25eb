package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Why a challenge was cancelled ({@code acs.challenge_cancel_reason}).
 *
 * @since 0.1.0
 */
public final class ChallengeCancelReason extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<ChallengeCancelReason> REGISTRY = new OpenEnumRegistry<>(ChallengeCancelReason::new);

	public static final ChallengeCancelReason CARDHOLDER_CANCEL = REGISTRY.register("cardholder_cancel");
	public static final ChallengeCancelReason TRANSACTION_TIMED_OUT = REGISTRY.register("transaction_timed_out");
	public static final ChallengeCancelReason CHALLENGE_TIMED_OUT = REGISTRY.register("challenge_timed_out");
	public static final ChallengeCancelReason TRANSACTION_ERROR = REGISTRY.register("transaction_error");
	public static final ChallengeCancelReason UNKNOWN = REGISTRY.register("unknown");
	public static final ChallengeCancelReason SDK_TIMED_OUT = REGISTRY.register("sdk_timed_out");

	private ChallengeCancelReason(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChallengeCancelReason of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<ChallengeCancelReason> values() {
		return REGISTRY.values();
	}
}
