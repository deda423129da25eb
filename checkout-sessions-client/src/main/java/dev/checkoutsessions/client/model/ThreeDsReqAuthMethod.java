package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * How the 3DS requestor authenticated the cardholder ({@code three_ds_req_auth_method}).
 *
 * @since 0.1.0
 */
public final class ThreeDsReqAuthMethod extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<ThreeDsReqAuthMethod> REGISTRY = new OpenEnumRegistry<>(
			ThreeDsReqAuthMethod::new);

	/**
	 * {@code no_threeds_requestor_authentication_occurred}: the merchant did not
	 * authenticate the cardholder (guest checkout).
	 */
	public static final ThreeDsReqAuthMethod NO_THREEDS_REQUESTOR_AUTHENTICATION_OCCURRED = REGISTRY
		.register("no_threeds_requestor_authentication_occurred");

	/**
	 * {@code three3ds_requestor_own_credentials}: the cardholder logged in with the
	 * merchant's own credentials; the spelling is the API's.
	 */
	public static final ThreeDsReqAuthMethod THREE3DS_REQUESTOR_OWN_CREDENTIALS = REGISTRY
		.register("three3ds_requestor_own_credentials");

	/** {@code federated_id}: the cardholder logged in with a federated identity. */
	public static final ThreeDsReqAuthMethod FEDERATED_ID = REGISTRY.register("federated_id");

	/**
	 * {@code issuer_credentials}: the cardholder logged in with the issuer's credentials.
	 */
	public static final ThreeDsReqAuthMethod ISSUER_CREDENTIALS = REGISTRY.register("issuer_credentials");

	/**
	 * {@code third_party_authentication}: the cardholder logged in through a third-party
	 * authenticator.
	 */
	public static final ThreeDsReqAuthMethod THIRD_PARTY_AUTHENTICATION = REGISTRY
		.register("third_party_authentication");

	/** {@code fido_authenticator}: the cardholder logged in with a FIDO authenticator. */
	public static final ThreeDsReqAuthMethod FIDO_AUTHENTICATOR = REGISTRY.register("fido_authenticator");

	/**
	 * {@code fido_authenticator_fido_assurance_data_signed}: FIDO, with signed FIDO
	 * assurance data in {@code three_ds_req_auth_data}.
	 */
	public static final ThreeDsReqAuthMethod FIDO_AUTHENTICATOR_FIDO_ASSURANCE_DATA_SIGNED = REGISTRY
		.register("fido_authenticator_fido_assurance_data_signed");

	/** {@code src_assurance_data}: Secure Remote Commerce assurance data. */
	public static final ThreeDsReqAuthMethod SRC_ASSURANCE_DATA = REGISTRY.register("src_assurance_data");

	private ThreeDsReqAuthMethod(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code three_ds_req_auth_method}, such as
	 * {@code "no_threeds_requestor_authentication_occurred"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ThreeDsReqAuthMethod of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ThreeDsReqAuthMethod> values() {
		return REGISTRY.values();
	}

}
