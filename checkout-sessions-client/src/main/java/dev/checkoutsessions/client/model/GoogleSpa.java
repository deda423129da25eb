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

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link GoogleSpa}: one method per API field, each returning this builder.
	 */
	public static final class Builder {

		private @Nullable String continueUrl;

		private Builder() {
		}

		/**
		 * Sets {@code continue_url}; see {@link GoogleSpa#getContinueUrl()}.
		 * @param continueUrl the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder continueUrl(@Nullable String continueUrl) {
			this.continueUrl = continueUrl;
			return this;
		}

		/**
		 * {@return a new immutable {@link GoogleSpa} with the values set so far} Nothing
		 * is checked here; the API validates the values.
		 */
		public GoogleSpa build() {
			return new GoogleSpa(this);
		}

	}

	/**
	 * {@return where the cardholder returns after Google Secure Payment Authentication}
	 * API field {@code continue_url}; optional.
	 */
	public @Nullable String getContinueUrl() {
		return continueUrl;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GoogleSpa").add("continueUrl", continueUrl)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
