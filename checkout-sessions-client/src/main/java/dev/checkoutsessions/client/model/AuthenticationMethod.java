package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * How the cardholder logged in to the merchant
 * ({@code account_info.authentication_method}, deprecated by the API).
 *
 * @since 0.1.0
 */
public final class AuthenticationMethod extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<AuthenticationMethod> REGISTRY = new OpenEnumRegistry<>(
			AuthenticationMethod::new);

	/** {@code no_authentication}: the cardholder did not log in (guest checkout). */
	public static final AuthenticationMethod NO_AUTHENTICATION = REGISTRY.register("no_authentication");

	/**
	 * {@code own_credentials}: the cardholder logged in with the merchant's own
	 * credentials.
	 */
	public static final AuthenticationMethod OWN_CREDENTIALS = REGISTRY.register("own_credentials");

	/** {@code federated_id}: the cardholder logged in with a federated identity. */
	public static final AuthenticationMethod FEDERATED_ID = REGISTRY.register("federated_id");

	/**
	 * {@code issuer_credentials}: the cardholder logged in with the issuer's credentials.
	 */
	public static final AuthenticationMethod ISSUER_CREDENTIALS = REGISTRY.register("issuer_credentials");

	/**
	 * {@code third_party_authentication}: the cardholder logged in through a third-party
	 * authenticator.
	 */
	public static final AuthenticationMethod THIRD_PARTY_AUTHENTICATION = REGISTRY
		.register("third_party_authentication");

	/** {@code fido}: the cardholder logged in with a FIDO authenticator. */
	public static final AuthenticationMethod FIDO = REGISTRY.register("fido");

	private AuthenticationMethod(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code account_info.authentication_method}, such as
	 * {@code "no_authentication"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AuthenticationMethod of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<AuthenticationMethod> values() {
		return REGISTRY.values();
	}

}
