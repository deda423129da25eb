package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * How the initial transaction was authenticated
 * ({@code initial_transaction.authentication_method}).
 *
 * @since 0.1.0
 */
public final class InitialAuthenticationMethod extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<InitialAuthenticationMethod> REGISTRY = new OpenEnumRegistry<>(
			InitialAuthenticationMethod::new);

	/**
	 * {@code frictionless_authentication}: the initial transaction was authenticated
	 * frictionlessly.
	 */
	public static final InitialAuthenticationMethod FRICTIONLESS_AUTHENTICATION = REGISTRY
		.register("frictionless_authentication");

	/**
	 * {@code challenge_occurred}: the cardholder was challenged in the initial
	 * transaction.
	 */
	public static final InitialAuthenticationMethod CHALLENGE_OCCURRED = REGISTRY.register("challenge_occurred");

	/**
	 * {@code avs_verified}: the initial transaction was verified by address verification
	 * (AVS).
	 */
	public static final InitialAuthenticationMethod AVS_VERIFIED = REGISTRY.register("avs_verified");

	/** {@code other_issuer_methods}: the issuer used another method. */
	public static final InitialAuthenticationMethod OTHER_ISSUER_METHODS = REGISTRY.register("other_issuer_methods");

	private InitialAuthenticationMethod(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code initial_transaction.authentication_method},
	 * such as {@code "frictionless_authentication"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static InitialAuthenticationMethod of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<InitialAuthenticationMethod> values() {
		return REGISTRY.values();
	}

}
