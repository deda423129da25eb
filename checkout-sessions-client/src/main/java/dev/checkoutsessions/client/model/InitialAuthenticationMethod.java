package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * How the initial transaction was authenticated ({@code initial_transaction.authentication_method}).
 *
 * @since 0.1.0
 */
public final class InitialAuthenticationMethod extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<InitialAuthenticationMethod> REGISTRY = new OpenEnumRegistry<>(InitialAuthenticationMethod::new);

	public static final InitialAuthenticationMethod FRICTIONLESS_AUTHENTICATION = REGISTRY.register("frictionless_authentication");
	public static final InitialAuthenticationMethod CHALLENGE_OCCURRED = REGISTRY.register("challenge_occurred");
	public static final InitialAuthenticationMethod AVS_VERIFIED = REGISTRY.register("avs_verified");
	public static final InitialAuthenticationMethod OTHER_ISSUER_METHODS = REGISTRY.register("other_issuer_methods");

	private InitialAuthenticationMethod(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static InitialAuthenticationMethod of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<InitialAuthenticationMethod> values() {
		return REGISTRY.values();
	}
}
