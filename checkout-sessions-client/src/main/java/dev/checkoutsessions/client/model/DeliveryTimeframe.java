package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Delivery timeframe ({@code merchant_risk_info.delivery_timeframe}).
 *
 * @since 0.1.0
 */
public final class DeliveryTimeframe extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<DeliveryTimeframe> REGISTRY = new OpenEnumRegistry<>(DeliveryTimeframe::new);

	/** {@code electronic_delivery}: delivered electronically. */
	public static final DeliveryTimeframe ELECTRONIC_DELIVERY = REGISTRY.register("electronic_delivery");

	/** {@code same_day}: shipped the same day. */
	public static final DeliveryTimeframe SAME_DAY = REGISTRY.register("same_day");

	/** {@code overnight}: shipped overnight. */
	public static final DeliveryTimeframe OVERNIGHT = REGISTRY.register("overnight");

	/** {@code two_day_or_more}: delivered in two days or more. */
	public static final DeliveryTimeframe TWO_DAY_OR_MORE = REGISTRY.register("two_day_or_more");

	private DeliveryTimeframe(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code merchant_risk_info.delivery_timeframe}, such
	 * as {@code "electronic_delivery"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DeliveryTimeframe of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<DeliveryTimeframe> values() {
		return REGISTRY.values();
	}

}
