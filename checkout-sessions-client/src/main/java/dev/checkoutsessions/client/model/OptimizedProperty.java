package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A request field the optimization framework changed.
 *
 * @since 0.1.0
 */
public final class OptimizedProperty extends ExtensibleModel {

	@JsonProperty("field")
	private @Nullable String field;

	@JsonProperty("original_value")
	private @Nullable String originalValue;

	@JsonProperty("optimized_value")
	private @Nullable String optimizedValue;

	private OptimizedProperty() {
	}

	private OptimizedProperty(Builder builder) {
		this.field = builder.field;
		this.originalValue = builder.originalValue;
		this.optimizedValue = builder.optimizedValue;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String field;
		private @Nullable String originalValue;
		private @Nullable String optimizedValue;

		private Builder() {
		}

		public Builder field(@Nullable String field) {
			this.field = field;
			return this;
		}

		public Builder originalValue(@Nullable String originalValue) {
			this.originalValue = originalValue;
			return this;
		}

		public Builder optimizedValue(@Nullable String optimizedValue) {
			this.optimizedValue = optimizedValue;
			return this;
		}

		public OptimizedProperty build() {
			return new OptimizedProperty(this);
		}
	}

	public @Nullable String getField() {
		return field;
	}

	public @Nullable String getOriginalValue() {
		return originalValue;
	}

	public @Nullable String getOptimizedValue() {
		return optimizedValue;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("OptimizedProperty")
				.add("field", field)
				.add("originalValue", originalValue)
				.add("optimizedValue", optimizedValue)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
