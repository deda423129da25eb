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

	public static final CompletionType HOSTED = REGISTRY.register("hosted");
	public static final CompletionType NON_HOSTED = REGISTRY.register("non_hosted");

	private CompletionType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CompletionType of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<CompletionType> values() {
		return REGISTRY.values();
	}
}
