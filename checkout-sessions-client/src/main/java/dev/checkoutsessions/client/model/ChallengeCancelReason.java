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

	private static final OpenEnumRegistry<ChallengeCancelReason> REGISTRY = new OpenEnumRegistry<>(
			ChallengeCancelReason::new);

	/** {@code cardholder_cancel}: the cardholder cancelled the challenge. */
	public static final ChallengeCancelReason CARDHOLDER_CANCEL = REGISTRY.register("cardholder_cancel");

	/** {@code transaction_timed_out}: the transaction timed out. */
	public static final ChallengeCancelReason TRANSACTION_TIMED_OUT = REGISTRY.register("transaction_timed_out");

	/** {@code challenge_timed_out}: the challenge timed out at the ACS. */
	public static final ChallengeCancelReason CHALLENGE_TIMED_OUT = REGISTRY.register("challenge_timed_out");

	/** {@code transaction_error}: the transaction failed with an error. */
	public static final ChallengeCancelReason TRANSACTION_ERROR = REGISTRY.register("transaction_error");

	/** {@code unknown}: the reason is unknown. */
	public static final ChallengeCancelReason UNKNOWN = REGISTRY.register("unknown");

	/** {@code sdk_timed_out}: the app's 3DS SDK timed out. */
	public static final ChallengeCancelReason SDK_TIMED_OUT = REGISTRY.register("sdk_timed_out");

	private ChallengeCancelReason(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code acs.challenge_cancel_reason}, such as
	 * {@code "cardholder_cancel"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChallengeCancelReason of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ChallengeCancelReason> values() {
		return REGISTRY.values();
	}

}
