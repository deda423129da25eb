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

	/** {@code billing_address}: shipped to the billing address. */
	public static final ShippingIndicator BILLING_ADDRESS = REGISTRY.register("billing_address");

	/**
	 * {@code another_address_on_file}: shipped to another address the merchant has
	 * verified.
	 */
	public static final ShippingIndicator ANOTHER_ADDRESS_ON_FILE = REGISTRY.register("another_address_on_file");

	/** {@code not_on_file}: shipped to an address not on file. */
	public static final ShippingIndicator NOT_ON_FILE = REGISTRY.register("not_on_file");

	/** {@code store_pick_up}: picked up in a store. */
	public static final ShippingIndicator STORE_PICK_UP = REGISTRY.register("store_pick_up");

	/** {@code digital_goods}: digital goods, not shipped. */
	public static final ShippingIndicator DIGITAL_GOODS = REGISTRY.register("digital_goods");

	/** {@code travel_and_event_no_shipping}: travel or event tickets, not shipped. */
	public static final ShippingIndicator TRAVEL_AND_EVENT_NO_SHIPPING = REGISTRY
		.register("travel_and_event_no_shipping");

	/** {@code other}: anything else, such as a subscription. */
	public static final ShippingIndicator OTHER = REGISTRY.register("other");

	private ShippingIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code merchant_risk_info.shipping_indicator}, such
	 * as {@code "billing_address"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ShippingIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ShippingIndicator> values() {
		return REGISTRY.values();
	}

}
