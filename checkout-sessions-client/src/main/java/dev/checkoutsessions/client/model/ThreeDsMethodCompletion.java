package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Outcome of the 3DS Method ({@code three_ds_method_completion}): completed, not completed, unavailable.
 *
 * @since 0.1.0
 */
public final class ThreeDsMethodCompletion extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<ThreeDsMethodCompletion> REGISTRY = new OpenEnumRegistry<>(ThreeDsMethodCompletion::new);

	public static final ThreeDsMethodCompletion Y = REGISTRY.register("Y");
	public static final ThreeDsMethodCompletion N = REGISTRY.register("N");
	public static final ThreeDsMethodCompletion U = REGISTRY.register("U");

	private ThreeDsMethodCompletion(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ThreeDsMethodCompletion of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<ThreeDsMethodCompletion> values() {
		return REGISTRY.values();
	}
}
