package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Card type from card metadata ({@code card.metadata.card_type}). The case does not count
 * ({@code Credit} is {@link #CREDIT}): the API reference and the official SDKs spell
 * these values differently.
 *
 * @since 0.1.0
 */
public final class CardType extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<CardType> REGISTRY = new OpenEnumRegistry<>(CardType::new);

	/** {@code CREDIT}: a credit card. */
	public static final CardType CREDIT = REGISTRY.register("CREDIT");

	/** {@code DEBIT}: a debit card. */
	public static final CardType DEBIT = REGISTRY.register("DEBIT");

	/** {@code PREPAID}: a prepaid card. */
	public static final CardType PREPAID = REGISTRY.register("PREPAID");

	/** {@code CHARGE}: a charge card, paid off in full each period. */
	public static final CardType CHARGE = REGISTRY.register("CHARGE");

	/**
	 * {@code DEFERRED DEBIT}: a deferred-debit card; note the space in the wire value.
	 */
	public static final CardType DEFERRED_DEBIT = REGISTRY.register("DEFERRED DEBIT");

	private CardType(String value, boolean known) {
		// Sources differ in case: the API reference writes CREDIT, the SDKs see Credit.
		super(value, known, true);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code card.metadata.card_type}, such as
	 * {@code "CREDIT"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CardType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<CardType> values() {
		return REGISTRY.values();
	}

}
