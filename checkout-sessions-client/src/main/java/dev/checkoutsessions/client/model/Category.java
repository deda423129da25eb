package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Authentication category ({@code authentication_category}); omitting {@code amount}
 * implies {@code non_payment}.
 *
 * @since 0.1.0
 */
public final class Category extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<Category> REGISTRY = new OpenEnumRegistry<>(Category::new);

	/** {@code payment}: the authentication is for a payment; the default. */
	public static final Category PAYMENT = REGISTRY.register("payment");

	/**
	 * {@code non_payment}: the authentication is not for a payment, such as adding a
	 * card; implied when {@code amount} is omitted.
	 */
	public static final Category NON_PAYMENT = REGISTRY.register("non_payment");

	private Category(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code authentication_category}, such as
	 * {@code "payment"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Category of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<Category> values() {
		return REGISTRY.values();
	}

}
