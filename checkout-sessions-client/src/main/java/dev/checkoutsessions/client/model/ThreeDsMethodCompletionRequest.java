package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /sessions/{id}/issuer-fingerprint}. Send {@code U} when the 3DS
 * Method URL did not answer within 10 seconds.
 *
 * @since 0.1.0
 */
public final class ThreeDsMethodCompletionRequest extends ExtensibleModel {

	@JsonProperty("three_ds_method_completion")
	private @Nullable ThreeDsMethodCompletion threeDsMethodCompletion;

	private ThreeDsMethodCompletionRequest() {
	}

	private ThreeDsMethodCompletionRequest(Builder builder) {
		this.threeDsMethodCompletion = builder.threeDsMethodCompletion;
	}

	/**
	 * {@return a new builder with no field set} The API requires
	 * {@code three_ds_method_completion}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link ThreeDsMethodCompletionRequest}: one method per API field, each
	 * returning this builder.
	 */
	public static final class Builder {

		private @Nullable ThreeDsMethodCompletion threeDsMethodCompletion;

		private Builder() {
		}

		/**
		 * Sets {@code three_ds_method_completion}; see
		 * {@link ThreeDsMethodCompletionRequest#getThreeDsMethodCompletion()}.
		 * @param threeDsMethodCompletion {@code Y}, {@code N} or {@code U}; required
		 * @return this builder
		 */
		public Builder threeDsMethodCompletion(@Nullable ThreeDsMethodCompletion threeDsMethodCompletion) {
			this.threeDsMethodCompletion = threeDsMethodCompletion;
			return this;
		}

		/**
		 * {@return a new immutable {@link ThreeDsMethodCompletionRequest} with the values
		 * set so far} Nothing is checked here; the API validates the values.
		 */
		public ThreeDsMethodCompletionRequest build() {
			return new ThreeDsMethodCompletionRequest(this);
		}

	}

	/**
	 * {@return the outcome of the 3DS Method: {@code Y} completed, {@code N} did not
	 * complete, {@code U} unavailable} API field {@code three_ds_method_completion};
	 * required; report {@code U} when the 3DS Method URL did not answer within 10
	 * seconds.
	 */
	public @Nullable ThreeDsMethodCompletion getThreeDsMethodCompletion() {
		return threeDsMethodCompletion;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("ThreeDsMethodCompletionRequest")
			.add("threeDsMethodCompletion", threeDsMethodCompletion)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
