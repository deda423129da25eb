package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Outcome of a preferred experience ({@code preferred_experiences.*.status}).
 *
 * @since 0.1.0
 */
public final class ExperienceStatus extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<ExperienceStatus> REGISTRY = new OpenEnumRegistry<>(ExperienceStatus::new);

	/** {@code available}: the experience could be used. */
	public static final ExperienceStatus AVAILABLE = REGISTRY.register("available");

	/** {@code unprocessed}: the experience was not tried. */
	public static final ExperienceStatus UNPROCESSED = REGISTRY.register("unprocessed");

	/** {@code processed}: the experience was used. */
	public static final ExperienceStatus PROCESSED = REGISTRY.register("processed");

	/** {@code unavailable}: the experience could not be used. */
	public static final ExperienceStatus UNAVAILABLE = REGISTRY.register("unavailable");

	private ExperienceStatus(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code preferred_experiences.*.status}, such as
	 * {@code "available"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExperienceStatus of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<ExperienceStatus> values() {
		return REGISTRY.values();
	}

}
