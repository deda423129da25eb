package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Discriminator of {@link SessionSource} ({@code source.type}).
 *
 * @since 0.1.0
 */
public final class SessionSourceType extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<SessionSourceType> REGISTRY = new OpenEnumRegistry<>(SessionSourceType::new);

	/**
	 * {@code card}: a card given by its number ({@link SessionCardSource}); the default.
	 */
	public static final SessionSourceType CARD = REGISTRY.register("card");

	/**
	 * {@code id}: a stored card instrument, {@code src_...} ({@link SessionIdSource}).
	 */
	public static final SessionSourceType ID = REGISTRY.register("id");

	/**
	 * {@code token}: a Checkout.com card token, {@code tok_...}
	 * ({@link SessionTokenSource}).
	 */
	public static final SessionSourceType TOKEN = REGISTRY.register("token");

	/** {@code network_token}: a scheme network token ({@link NetworkTokenSource}). */
	public static final SessionSourceType NETWORK_TOKEN = REGISTRY.register("network_token");

	private SessionSourceType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code source.type}, such as {@code "card"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SessionSourceType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<SessionSourceType> values() {
		return REGISTRY.values();
	}

}
