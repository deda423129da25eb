package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;

/**
 * Authentication optimization: the framework requested and, in responses, what it
 * changed.
 *
 * @since 0.1.0
 */
public final class Optimization extends ExtensibleModel {

	@JsonProperty("optimized")
	private @Nullable Boolean optimized;

	@JsonProperty("framework")
	private @Nullable String framework;

	@JsonProperty("optimized_properties")
	private @Nullable List<OptimizedProperty> optimizedProperties;

	private Optimization() {
	}

	private Optimization(Builder builder) {
		this.optimized = builder.optimized;
		this.framework = builder.framework;
		this.optimizedProperties = builder.optimizedProperties == null ? null
				: List.copyOf(builder.optimizedProperties);
	}

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link Optimization}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		private @Nullable Boolean optimized;

		private @Nullable String framework;

		private @Nullable List<OptimizedProperty> optimizedProperties;

		private Builder() {
		}

		/**
		 * Sets {@code optimized}; see {@link Optimization#getOptimized()}.
		 * @param optimized the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder optimized(@Nullable Boolean optimized) {
			this.optimized = optimized;
			return this;
		}

		/**
		 * Sets {@code framework}; see {@link Optimization#getFramework()}.
		 * @param framework the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder framework(@Nullable String framework) {
			this.framework = framework;
			return this;
		}

		/**
		 * Sets {@code optimized_properties}; see
		 * {@link Optimization#getOptimizedProperties()}.
		 * @param optimizedProperties the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder optimizedProperties(@Nullable List<OptimizedProperty> optimizedProperties) {
			this.optimizedProperties = optimizedProperties;
			return this;
		}

		/**
		 * Sets {@code optimized_properties} from the given properties; see
		 * {@link Optimization#getOptimizedProperties()}.
		 * @param optimizedProperties the optimized fields
		 * @return this builder
		 */
		public Builder optimizedProperties(OptimizedProperty... optimizedProperties) {
			return optimizedProperties(List.of(optimizedProperties));
		}

		/**
		 * {@return a new immutable {@link Optimization} with the values set so far}
		 * Nothing is checked here; the API validates the values.
		 */
		public Optimization build() {
			return new Optimization(this);
		}

	}

	/**
	 * {@return whether Checkout.com optimized the request} API field {@code optimized};
	 * response only.
	 */
	public @Nullable Boolean getOptimized() {
		return optimized;
	}

	/**
	 * {@return the optimization framework, such as {@code acceptance_rates}} API field
	 * {@code framework}; optional in requests.
	 */
	public @Nullable String getFramework() {
		return framework;
	}

	/**
	 * {@return the fields Checkout.com changed, with their original and new values; empty
	 * when none} API field {@code optimized_properties}; response only.
	 */
	public List<OptimizedProperty> getOptimizedProperties() {
		return optimizedProperties == null ? List.of() : Collections.unmodifiableList(optimizedProperties);
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Optimization").add("optimized", optimized)
			.add("framework", framework)
			.add("optimizedProperties", optimizedProperties)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
