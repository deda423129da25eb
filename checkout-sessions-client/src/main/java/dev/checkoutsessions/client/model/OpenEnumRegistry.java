package dev.checkoutsessions.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The known constants of one {@link OpenEnum} type, and the lookup behind its
 * {@code of(String)} factory.
 */
final class OpenEnumRegistry<T extends OpenEnum> {

	/** Every registry by the type of its constants, for Java deserialization. */
	private static final Map<Class<?>, OpenEnumRegistry<?>> BY_TYPE = new ConcurrentHashMap<>();

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
		BY_TYPE.putIfAbsent(constant.getClass(), this);
		return constant;
	}

	/** The registered constant equal to {@code value}, or {@code value} itself. */
	static OpenEnum canonical(OpenEnum value) {
		OpenEnumRegistry<?> registry = BY_TYPE.get(value.getClass());
		OpenEnum constant = (registry != null) ? registry.known.get(value.comparisonKey()) : null;
		return (constant != null) ? constant : value;
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
