package dev.checkoutsessions.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The known constants of one {@link OpenEnum} type, and the lookup behind its
 * {@code of(String)} factory.
 */
final class OpenEnumRegistry<T extends OpenEnum> {

	private final Map<String, T> known = new LinkedHashMap<>();

	private final BiFunction<String, Boolean, T> factory;

	OpenEnumRegistry(BiFunction<String, Boolean, T> factory) {
		this.factory = factory;
	}

	T register(String value) {
		T constant = factory.apply(value, true);
		if (known.putIfAbsent(constant.comparisonKey(), constant) != null) {
			throw new IllegalStateException("Duplicate constant " + value);
		}
		return constant;
	}

	T of(String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("value must not be null or blank");
		}
		// The candidate knows whether its type ignores case, so the lookup folds like
		// equals does.
		T candidate = factory.apply(value, false);
		T constant = known.get(candidate.comparisonKey());
		return constant != null ? constant : candidate;
	}

	List<T> values() {
		return Collections.unmodifiableList(new ArrayList<>(known.values()));
	}

}
