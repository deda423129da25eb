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

	/** {@code Y}: authenticated: proceed to authorization. */
	public static final ResponseCode Y = REGISTRY.register("Y");

	/** {@code N}: not authenticated: do not proceed. */
	public static final ResponseCode N = REGISTRY.register("N");

	/**
	 * {@code U}: authentication could not be performed: do not proceed on this
	 * authentication.
	 */
	public static final ResponseCode U = REGISTRY.register("U");

	/**
	 * {@code A}: attempted: authentication was attempted and proof is given; proceed to
	 * authorization.
	 */
	public static final ResponseCode A = REGISTRY.register("A");

	/** {@code C}: a challenge is required; the session is {@code challenged}. */
	public static final ResponseCode C = REGISTRY.register("C");

	/** {@code D}: a decoupled challenge is required. */
	public static final ResponseCode D = REGISTRY.register("D");

	/** {@code R}: rejected by the issuer: do not authorize. */
	public static final ResponseCode R = REGISTRY.register("R");

	/**
	 * {@code I}: informational only: the issuer acknowledged the challenge preference
	 * (such as {@code data_share}); proceed to authorization.
	 */
	public static final ResponseCode I = REGISTRY.register("I");

	private ResponseCode(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code response_code}, such as {@code "Y"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ResponseCode of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ResponseCode> values() {
		return REGISTRY.values();
	}

}
