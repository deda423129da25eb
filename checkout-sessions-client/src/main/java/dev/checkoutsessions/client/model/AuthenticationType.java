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
	private static final OpenEnumRegistry<AuthenticationType> REGISTRY = new OpenEnumRegistry<>(AuthenticationType::new);

	public static final AuthenticationType REGULAR = REGISTRY.register("regular");
	public static final AuthenticationType RECURRING = REGISTRY.register("recurring");
	public static final AuthenticationType INSTALLMENT = REGISTRY.register("installment");
	public static final AuthenticationType MAINTAIN_CARD = REGISTRY.register("maintain_card");
	public static final AuthenticationType ADD_CARD = REGISTRY.register("add_card");

	private AuthenticationType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AuthenticationType of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<AuthenticationType> values() {
		return REGISTRY.values();
	}
}
