package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Discriminator of {@link ChannelData} ({@code channel}).
 *
 * @since 0.1.0
 */
public final class ChannelType extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<ChannelType> REGISTRY = new OpenEnumRegistry<>(ChannelType::new);

	/**
	 * {@code browser}: a browser-based authentication ({@link BrowserSession}); the
	 * default.
	 */
	public static final ChannelType BROWSER = REGISTRY.register("browser");

	/**
	 * {@code app}: an in-app authentication through a native 3DS SDK
	 * ({@link AppSession}).
	 */
	public static final ChannelType APP = REGISTRY.register("app");

	/**
	 * {@code merchant_initiated}: a merchant-initiated (3RI) authentication without the
	 * cardholder ({@link MerchantInitiatedSession}).
	 */
	public static final ChannelType MERCHANT_INITIATED = REGISTRY.register("merchant_initiated");

	private ChannelType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code channel}, such as {@code "browser"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChannelType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ChannelType> values() {
		return REGISTRY.values();
	}

}
