package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Card type from card metadata ({@code card.metadata.card_type}).
 *
 * @since 0.1.0
 */
public final class CardType extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<CardType> REGISTRY = new OpenEnumRegistry<>(CardType::new);

	public static final CardType CREDIT = REGISTRY.register("CREDIT");
	public static final CardType DEBIT = REGISTRY.register("DEBIT");
	public static final CardType PREPAID = REGISTRY.register("PREPAID");
	public static final CardType CHARGE = REGISTRY.register("CHARGE");
	public static final CardType DEFERRED_DEBIT = REGISTRY.register("DEFERRED DEBIT");

	private CardType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CardType of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<CardType> values() {
		return REGISTRY.values();
	}
}
