package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Discriminator of {@link CompletionInfo} ({@code completion.type}).
 *
 * @since 0.1.0
 */
public final class CompletionType extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<CompletionType> REGISTRY = new OpenEnumRegistry<>(CompletionType::new);

	/**
	 * {@code hosted}: Checkout.com's hosted pages run the authentication and redirect the
	 * cardholder back; browser only.
	 */
	public static final CompletionType HOSTED = REGISTRY.register("hosted");

	/** {@code non_hosted}: the merchant's own front end runs the authentication. */
	public static final CompletionType NON_HOSTED = REGISTRY.register("non_hosted");

	private CompletionType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code completion.type}, such as {@code "hosted"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CompletionType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<CompletionType> values() {
		return REGISTRY.values();
	}

}
