package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Pre-order availability ({@code merchant_risk_info.pre_order_purchase_indicator}).
 *
 * @since 0.1.0
 */
public final class PreOrderPurchaseIndicator extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<PreOrderPurchaseIndicator> REGISTRY = new OpenEnumRegistry<>(
			PreOrderPurchaseIndicator::new);

	/** {@code merchandise_available}: the goods are available now. */
	public static final PreOrderPurchaseIndicator MERCHANDISE_AVAILABLE = REGISTRY.register("merchandise_available");

	/** {@code future_availability}: the goods will be available in future. */
	public static final PreOrderPurchaseIndicator FUTURE_AVAILABILITY = REGISTRY.register("future_availability");

	private PreOrderPurchaseIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of
	 * {@code merchant_risk_info.pre_order_purchase_indicator}, such as
	 * {@code "merchandise_available"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static PreOrderPurchaseIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<PreOrderPurchaseIndicator> values() {
		return REGISTRY.values();
	}

}
