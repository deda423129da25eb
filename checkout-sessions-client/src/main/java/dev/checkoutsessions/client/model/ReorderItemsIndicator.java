package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Whether the items were ordered before ({@code merchant_risk_info.reorder_items_indicator}).
 *
 * @since 0.1.0
 */
public final class ReorderItemsIndicator extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<ReorderItemsIndicator> REGISTRY = new OpenEnumRegistry<>(ReorderItemsIndicator::new);

	public static final ReorderItemsIndicator FIRST_TIME_ORDERED = REGISTRY.register("first_time_ordered");
	public static final ReorderItemsIndicator REORDERED = REGISTRY.register("reordered");

	private ReorderItemsIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ReorderItemsIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<ReorderItemsIndicator> values() {
		return REGISTRY.values();
	}
}
