package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Authentication experience ({@code experience}, {@code preferred_experiences}).
 *
 * @since 0.1.0
 */
public final class Experience extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<Experience> REGISTRY = new OpenEnumRegistry<>(Experience::new);

	/** {@code 3ds}: 3-D Secure. */
	public static final Experience THREE_DS = REGISTRY.register("3ds");

	/** {@code google_spa}: Google Secure Payment Authentication. */
	public static final Experience GOOGLE_SPA = REGISTRY.register("google_spa");

	private Experience(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code experience}, such as {@code "3ds"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Experience of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<Experience> values() {
		return REGISTRY.values();
	}

}
