package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Whether the items were ordered before
 * ({@code merchant_risk_info.reorder_items_indicator}).
 *
 * @since 0.1.0
 */
public final class ReorderItemsIndicator extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<ReorderItemsIndicator> REGISTRY = new OpenEnumRegistry<>(
			ReorderItemsIndicator::new);

	/** {@code first_time_ordered}: the items are ordered for the first time. */
	public static final ReorderItemsIndicator FIRST_TIME_ORDERED = REGISTRY.register("first_time_ordered");

	/** {@code reordered}: the items were ordered before. */
	public static final ReorderItemsIndicator REORDERED = REGISTRY.register("reordered");

	private ReorderItemsIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code merchant_risk_info.reorder_items_indicator},
	 * such as {@code "first_time_ordered"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ReorderItemsIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ReorderItemsIndicator> values() {
		return REGISTRY.values();
	}

}
