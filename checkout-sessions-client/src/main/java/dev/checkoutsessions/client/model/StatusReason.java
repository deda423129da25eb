package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Why a session has its status ({@code status_reason}); the {@code veres}/{@code pares}
 * values are 3DS1 leftovers.
 *
 * @since 0.1.0
 */
public final class StatusReason extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<StatusReason> REGISTRY = new OpenEnumRegistry<>(StatusReason::new);

	/** {@code ares_error}: the authentication response (ARes) was an error. */
	public static final StatusReason ARES_ERROR = REGISTRY.register("ares_error");

	/** {@code ares_status}: the status comes from the authentication response (ARes). */
	public static final StatusReason ARES_STATUS = REGISTRY.register("ares_status");

	/** {@code rreq_error}: the result request (RReq) after the challenge was an error. */
	public static final StatusReason RREQ_ERROR = REGISTRY.register("rreq_error");

	/**
	 * {@code rreq_status}: the status comes from the result request (RReq) after the
	 * challenge.
	 */
	public static final StatusReason RREQ_STATUS = REGISTRY.register("rreq_status");

	/** {@code risk_declined}: Checkout.com's risk rules declined the session. */
	public static final StatusReason RISK_DECLINED = REGISTRY.register("risk_declined");

	/** {@code veres_error}: 3DS1: the enrolment response (VERes) was an error. */
	public static final StatusReason VERES_ERROR = REGISTRY.register("veres_error");

	/**
	 * {@code veres_status}: 3DS1: the status comes from the enrolment response (VERes).
	 */
	public static final StatusReason VERES_STATUS = REGISTRY.register("veres_status");

	/**
	 * {@code pares_error}: 3DS1: the payer authentication response (PARes) was an error.
	 */
	public static final StatusReason PARES_ERROR = REGISTRY.register("pares_error");

	/**
	 * {@code pares_status}: 3DS1: the status comes from the payer authentication response
	 * (PARes).
	 */
	public static final StatusReason PARES_STATUS = REGISTRY.register("pares_status");

	private StatusReason(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code status_reason}, such as {@code "ares_error"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static StatusReason of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<StatusReason> values() {
		return REGISTRY.values();
	}

}
