package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Shipping method ({@code merchant_risk_info.shipping_indicator}).
 *
 * @since 0.1.0
 */
public final class ShippingIndicator extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<ShippingIndicator> REGISTRY = new OpenEnumRegistry<>(ShippingIndicator::new);

	public static final ShippingIndicator BILLING_ADDRESS = REGISTRY.register("billing_address");
	public static final ShippingIndicator ANOTHER_ADDRESS_ON_FILE = REGISTRY.register("another_address_on_file");
	public static final ShippingIndicator NOT_ON_FILE = REGISTRY.register("not_on_file");
	public static final ShippingIndicator STORE_PICK_UP = REGISTRY.register("store_pick_up");
	public static final ShippingIndicator DIGITAL_GOODS = REGISTRY.register("digital_goods");
	public static final ShippingIndicator TRAVEL_AND_EVENT_NO_SHIPPING = REGISTRY.register("travel_and_event_no_shipping");
	public static final ShippingIndicator OTHER = REGISTRY.register("other");

	private ShippingIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ShippingIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<ShippingIndicator> values() {
		return REGISTRY.values();
	}
}
