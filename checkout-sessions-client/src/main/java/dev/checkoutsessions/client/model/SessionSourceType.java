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

	public static final SessionSourceType CARD = REGISTRY.register("card");
	public static final SessionSourceType ID = REGISTRY.register("id");
	public static final SessionSourceType TOKEN = REGISTRY.register("token");
	public static final SessionSourceType NETWORK_TOKEN = REGISTRY.register("network_token");

	private SessionSourceType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SessionSourceType of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<SessionSourceType> values() {
		return REGISTRY.values();
	}
}
