package dev.checkoutsessions.client.model;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.Map;

/** Compact {@code Type{a=1, b=2}} rendering that leaves out absent values. */
final class ToStringBuilder {

	private final StringBuilder text;

	private boolean first = true;

	ToStringBuilder(String typeName) {
		this.text = new StringBuilder(typeName).append('{');
	}

	ToStringBuilder add(String name, @Nullable Object value) {
		if (value == null || (value instanceof Collection<?> collection && collection.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty())) {
			return this;
		}
		if (!first) {
			text.append(", ");
		}
		first = false;
		text.append(name).append('=').append(value);
		return this;
	}

	@Override
	public String toString() {
		return text.append('}').toString();
	}

}
