package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Challenge interface used by the ACS ({@code acs.interface}).
 *
 * @since 0.1.0
 */
public final class SessionInterface extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<SessionInterface> REGISTRY = new OpenEnumRegistry<>(SessionInterface::new);

	public static final SessionInterface NATIVE_UI = REGISTRY.register("native_ui");
	public static final SessionInterface HTML = REGISTRY.register("html");

	private SessionInterface(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SessionInterface of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<SessionInterface> values() {
		return REGISTRY.values();
	}
}
