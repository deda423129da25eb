package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Interfaces supported by the 3DS SDK ({@code sdk_interface_type}).
 *
 * @since 0.1.0
 */
public final class SdkInterfaceType extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<SdkInterfaceType> REGISTRY = new OpenEnumRegistry<>(SdkInterfaceType::new);

	public static final SdkInterfaceType NATIVE = REGISTRY.register("native");
	public static final SdkInterfaceType HTML = REGISTRY.register("html");
	public static final SdkInterfaceType BOTH = REGISTRY.register("both");

	private SdkInterfaceType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SdkInterfaceType of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<SdkInterfaceType> values() {
		return REGISTRY.values();
	}
}
