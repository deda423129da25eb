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

	/** {@code native}: the SDK shows native challenge screens only. */
	public static final SdkInterfaceType NATIVE = REGISTRY.register("native");

	/** {@code html}: the SDK shows HTML challenge screens only. */
	public static final SdkInterfaceType HTML = REGISTRY.register("html");

	/** {@code both}: the SDK shows native and HTML challenge screens. */
	public static final SdkInterfaceType BOTH = REGISTRY.register("both");

	private SdkInterfaceType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code sdk_interface_type}, such as {@code "native"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SdkInterfaceType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<SdkInterfaceType> values() {
		return REGISTRY.values();
	}

}
