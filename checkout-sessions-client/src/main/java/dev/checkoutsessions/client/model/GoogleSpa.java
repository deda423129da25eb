package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Google Secure Payment Authentication settings of a request.
 *
 * @since 0.1.0
 */
public final class GoogleSpa extends ExtensibleModel {

	@JsonProperty("continue_url")
	private @Nullable String continueUrl;

	private GoogleSpa() {
	}

	private GoogleSpa(Builder builder) {
		this.continueUrl = builder.continueUrl;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String continueUrl;

		private Builder() {
		}

		public Builder continueUrl(@Nullable String continueUrl) {
			this.continueUrl = continueUrl;
			return this;
		}

		public GoogleSpa build() {
			return new GoogleSpa(this);
		}
	}

	public @Nullable String getContinueUrl() {
		return continueUrl;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GoogleSpa")
				.add("continueUrl", continueUrl)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
