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

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link OptimizedProperty}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		private @Nullable String field;

		private @Nullable String originalValue;

		private @Nullable String optimizedValue;

		private Builder() {
		}

		/**
		 * Sets {@code field}; see {@link OptimizedProperty#getField()}.
		 * @param field the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder field(@Nullable String field) {
			this.field = field;
			return this;
		}

		/**
		 * Sets {@code original_value}; see {@link OptimizedProperty#getOriginalValue()}.
		 * @param originalValue the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder originalValue(@Nullable String originalValue) {
			this.originalValue = originalValue;
			return this;
		}

		/**
		 * Sets {@code optimized_value}; see
		 * {@link OptimizedProperty#getOptimizedValue()}.
		 * @param optimizedValue the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder optimizedValue(@Nullable String optimizedValue) {
			this.optimizedValue = optimizedValue;
			return this;
		}

		/**
		 * {@return a new immutable {@link OptimizedProperty} with the values set so far}
		 * Nothing is checked here; the API validates the values.
		 */
		public OptimizedProperty build() {
			return new OptimizedProperty(this);
		}

	}

	/**
	 * {@return the name of the field that was optimized} API field {@code field}.
	 */
	public @Nullable String getField() {
		return field;
	}

	/**
	 * {@return the value the merchant sent} API field {@code original_value}.
	 */
	public @Nullable String getOriginalValue() {
		return originalValue;
	}

	/**
	 * {@return the value Checkout.com used instead} API field {@code optimized_value}.
	 */
	public @Nullable String getOptimizedValue() {
		return optimizedValue;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("OptimizedProperty").add("field", field)
			.add("originalValue", originalValue)
			.add("optimizedValue", optimizedValue)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
