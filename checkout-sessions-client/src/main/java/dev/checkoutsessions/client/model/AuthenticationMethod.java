package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * How the cardholder logged in to the merchant ({@code account_info.authentication_method}, deprecated by the API).
 *
 * @since 0.1.0
 */
public final class AuthenticationMethod extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<AuthenticationMethod> REGISTRY = new OpenEnumRegistry<>(AuthenticationMethod::new);

	public static final AuthenticationMethod NO_AUTHENTICATION = REGISTRY.register("no_authentication");
	public static final AuthenticationMethod OWN_CREDENTIALS = REGISTRY.register("own_credentials");
	public static final AuthenticationMethod FEDERATED_ID = REGISTRY.register("federated_id");
	public static final AuthenticationMethod ISSUER_CREDENTIALS = REGISTRY.register("issuer_credentials");
	public static final AuthenticationMethod THIRD_PARTY_AUTHENTICATION = REGISTRY.register("third_party_authentication");
	public static final AuthenticationMethod FIDO = REGISTRY.register("fido");

	private AuthenticationMethod(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AuthenticationMethod of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<AuthenticationMethod> values() {
		return REGISTRY.values();
	}
}
