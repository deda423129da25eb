package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Why a session has its status ({@code status_reason}); the {@code veres}/{@code pares} values are 3DS1 leftovers.
 *
 * @since 0.1.0
 */
public final class StatusReason extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<StatusReason> REGISTRY = new OpenEnumRegistry<>(StatusReason::new);

	public static final StatusReason ARES_ERROR = REGISTRY.register("ares_error");
	public static final StatusReason ARES_STATUS = REGISTRY.register("ares_status");
	public static final StatusReason RREQ_ERROR = REGISTRY.register("rreq_error");
	public static final StatusReason RREQ_STATUS = REGISTRY.register("rreq_status");
	public static final StatusReason RISK_DECLINED = REGISTRY.register("risk_declined");
	public static final StatusReason VERES_ERROR = REGISTRY.register("veres_error");
	public static final StatusReason VERES_STATUS = REGISTRY.register("veres_status");
	public static final StatusReason PARES_ERROR = REGISTRY.register("pares_error");
	public static final StatusReason PARES_STATUS = REGISTRY.register("pares_status");

	private StatusReason(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static StatusReason of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<StatusReason> values() {
		return REGISTRY.values();
	}
}
