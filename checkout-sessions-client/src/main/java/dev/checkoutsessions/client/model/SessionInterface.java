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

	/** {@code native_ui}: a native challenge screen. */
	public static final SessionInterface NATIVE_UI = REGISTRY.register("native_ui");

	/** {@code html}: an HTML challenge screen. */
	public static final SessionInterface HTML = REGISTRY.register("html");

	private SessionInterface(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code acs.interface}, such as {@code "native_ui"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SessionInterface of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<SessionInterface> values() {
		return REGISTRY.values();
	}

}
