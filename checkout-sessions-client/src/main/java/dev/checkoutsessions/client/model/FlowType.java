package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Authentication flow that took place ({@code flow_type}).
 *
 * @since 0.1.0
 */
public final class FlowType extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<FlowType> REGISTRY = new OpenEnumRegistry<>(FlowType::new);

	public static final FlowType CHALLENGED = REGISTRY.register("challenged");
	public static final FlowType FRICTIONLESS = REGISTRY.register("frictionless");
	public static final FlowType FRICTIONLESS_DELEGATED = REGISTRY.register("frictionless_delegated");

	private FlowType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static FlowType of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<FlowType> values() {
		return REGISTRY.values();
	}
}
