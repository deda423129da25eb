package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;

/**
 * Authentication optimization: the framework requested and, in responses, what it changed.
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
		this.optimizedProperties = builder.optimizedProperties == null ? null : List.copyOf(builder.optimizedProperties);
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable Boolean optimized;
		private @Nullable String framework;
		private @Nullable List<OptimizedProperty> optimizedProperties;

		private Builder() {
		}

		public Builder optimized(@Nullable Boolean optimized) {
			this.optimized = optimized;
			return this;
		}

		public Builder framework(@Nullable String framework) {
			this.framework = framework;
			return this;
		}

		public Builder optimizedProperties(@Nullable List<OptimizedProperty> optimizedProperties) {
			this.optimizedProperties = optimizedProperties;
			return this;
		}

		public Builder optimizedProperties(OptimizedProperty... optimizedProperties) {
			return optimizedProperties(List.of(optimizedProperties));
		}

		public Optimization build() {
			return new Optimization(this);
		}
	}

	public @Nullable Boolean getOptimized() {
		return optimized;
	}

	public @Nullable String getFramework() {
		return framework;
	}

	public List<OptimizedProperty> getOptimizedProperties() {
		return optimizedProperties == null ? List.of() : Collections.unmodifiableList(optimizedProperties);
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Optimization")
				.add("optimized", optimized)
				.add("framework", framework)
				.add("optimizedProperties", optimizedProperties)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
