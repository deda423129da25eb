package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Card category from card metadata ({@code card.metadata.card_category}). The case does
 * not count ({@code Consumer} is {@link #CONSUMER}): the API reference and the official
 * SDKs spell these values differently.
 *
 * @since 0.1.0
 */
public final class CardCategory extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<CardCategory> REGISTRY = new OpenEnumRegistry<>(CardCategory::new);

	/** {@code CONSUMER}: a card issued to a person. */
	public static final CardCategory CONSUMER = REGISTRY.register("CONSUMER");

	/** {@code COMMERCIAL}: a card issued to a business. */
	public static final CardCategory COMMERCIAL = REGISTRY.register("COMMERCIAL");

	private CardCategory(String value, boolean known) {
		// Sources differ in case: the API reference writes CREDIT, the SDKs see Credit.
		super(value, known, true);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code card.metadata.card_category}, such as
	 * {@code "CONSUMER"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CardCategory of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<CardCategory> values() {
		return REGISTRY.values();
	}

}
