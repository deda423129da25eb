package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * EMVCo transaction status ({@code response_code}).
 *
 * @since 0.1.0
 */
public final class ResponseCode extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<ResponseCode> REGISTRY = new OpenEnumRegistry<>(ResponseCode::new);

	public static final ResponseCode Y = REGISTRY.register("Y");
	public static final ResponseCode N = REGISTRY.register("N");
	public static final ResponseCode U = REGISTRY.register("U");
	public static final ResponseCode A = REGISTRY.register("A");
	public static final ResponseCode C = REGISTRY.register("C");
	public static final ResponseCode D = REGISTRY.register("D");
	public static final ResponseCode R = REGISTRY.register("R");
	public static final ResponseCode I = REGISTRY.register("I");

	private ResponseCode(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ResponseCode of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<ResponseCode> values() {
		return REGISTRY.values();
	}
}
