package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Kind of authentication ({@code authentication_type}).
 *
 * @since 0.1.0
 */
public final class AuthenticationType extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<AuthenticationType> REGISTRY = new OpenEnumRegistry<>(
			AuthenticationType::new);

	/** {@code regular}: a one-off payment; the default. */
	public static final AuthenticationType REGULAR = REGISTRY.register("regular");

	/**
	 * {@code recurring}: the first of a series of recurring payments; needs
	 * {@code amount} above 0 and {@code recurring}.
	 */
	public static final AuthenticationType RECURRING = REGISTRY.register("recurring");

	/**
	 * {@code installment}: the first of a series of installments; needs {@code amount}
	 * above 0 and {@code installment}.
	 */
	public static final AuthenticationType INSTALLMENT = REGISTRY.register("installment");

	/** {@code maintain_card}: verifies a card kept on file. */
	public static final AuthenticationType MAINTAIN_CARD = REGISTRY.register("maintain_card");

	/** {@code add_card}: verifies a card being added to the cardholder's account. */
	public static final AuthenticationType ADD_CARD = REGISTRY.register("add_card");

	private AuthenticationType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code authentication_type}, such as
	 * {@code "regular"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AuthenticationType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<AuthenticationType> values() {
		return REGISTRY.values();
	}

}
