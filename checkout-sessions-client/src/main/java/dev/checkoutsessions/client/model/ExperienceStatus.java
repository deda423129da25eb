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

	public static final ExperienceStatus AVAILABLE = REGISTRY.register("available");
	public static final ExperienceStatus UNPROCESSED = REGISTRY.register("unprocessed");
	public static final ExperienceStatus PROCESSED = REGISTRY.register("processed");
	public static final ExperienceStatus UNAVAILABLE = REGISTRY.register("unavailable");

	private ExperienceStatus(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ExperienceStatus of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<ExperienceStatus> values() {
		return REGISTRY.values();
	}
}
