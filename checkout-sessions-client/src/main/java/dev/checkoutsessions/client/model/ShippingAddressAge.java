package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * When the shipping address was first used ({@code account_info.shipping_address_age}).
 *
 * @since 0.1.0
 */
public final class ShippingAddressAge extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<ShippingAddressAge> REGISTRY = new OpenEnumRegistry<>(
			ShippingAddressAge::new);

	/** {@code this_transaction}: the shipping address is first used in this checkout. */
	public static final ShippingAddressAge THIS_TRANSACTION = REGISTRY.register("this_transaction");

	/** {@code less_than_thirty_days}: first used less than 30 days ago. */
	public static final ShippingAddressAge LESS_THAN_THIRTY_DAYS = REGISTRY.register("less_than_thirty_days");

	/** {@code thirty_to_sixty_days}: first used 30 to 60 days ago. */
	public static final ShippingAddressAge THIRTY_TO_SIXTY_DAYS = REGISTRY.register("thirty_to_sixty_days");

	/** {@code more_than_sixty_days}: first used more than 60 days ago. */
	public static final ShippingAddressAge MORE_THAN_SIXTY_DAYS = REGISTRY.register("more_than_sixty_days");

	private ShippingAddressAge(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code account_info.shipping_address_age}, such as
	 * {@code "this_transaction"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ShippingAddressAge of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ShippingAddressAge> values() {
		return REGISTRY.values();
	}

}
