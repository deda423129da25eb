package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /sessions/{id}/issuer-fingerprint}. Send {@code U} when the 3DS Method URL did not answer within 10 seconds.
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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable ThreeDsMethodCompletion threeDsMethodCompletion;

		private Builder() {
		}

		public Builder threeDsMethodCompletion(@Nullable ThreeDsMethodCompletion threeDsMethodCompletion) {
			this.threeDsMethodCompletion = threeDsMethodCompletion;
			return this;
		}

		public ThreeDsMethodCompletionRequest build() {
			return new ThreeDsMethodCompletionRequest(this);
		}
	}

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
