package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Outcome of the 3DS Method ({@code three_ds_method_completion}): completed, not
 * completed, unavailable.
 *
 * @since 0.1.0
 */
public final class ThreeDsMethodCompletion extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<ThreeDsMethodCompletion> REGISTRY = new OpenEnumRegistry<>(
			ThreeDsMethodCompletion::new);

	/** {@code Y}: the 3DS Method completed. */
	public static final ThreeDsMethodCompletion Y = REGISTRY.register("Y");

	/** {@code N}: the 3DS Method did not complete. */
	public static final ThreeDsMethodCompletion N = REGISTRY.register("N");

	/**
	 * {@code U}: unavailable: the card range has no 3DS Method URL, or it did not answer
	 * within 10 seconds; the default.
	 */
	public static final ThreeDsMethodCompletion U = REGISTRY.register("U");

	private ThreeDsMethodCompletion(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code three_ds_method_completion}, such as
	 * {@code "Y"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ThreeDsMethodCompletion of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ThreeDsMethodCompletion> values() {
		return REGISTRY.values();
	}

}
