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

	/** {@code challenged}: the cardholder completed a challenge. */
	public static final FlowType CHALLENGED = REGISTRY.register("challenged");

	/** {@code frictionless}: the issuer authenticated without a challenge. */
	public static final FlowType FRICTIONLESS = REGISTRY.register("frictionless");

	/**
	 * {@code frictionless_delegated}: authentication was delegated, without a challenge.
	 */
	public static final FlowType FRICTIONLESS_DELEGATED = REGISTRY.register("frictionless_delegated");

	private FlowType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code flow_type}, such as {@code "challenged"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static FlowType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<FlowType> values() {
		return REGISTRY.values();
	}

}
