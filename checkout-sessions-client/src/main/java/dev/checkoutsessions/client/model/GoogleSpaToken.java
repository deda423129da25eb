package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Network token issued by Google SPA.
 *
 * @since 0.1.0
 */
public final class GoogleSpaToken extends ExtensibleModel {

	@JsonProperty("number")
	private @Nullable String number;

	@JsonProperty("expiry_month")
	private @Nullable Integer expiryMonth;

	@JsonProperty("expiry_year")
	private @Nullable Integer expiryYear;

	private GoogleSpaToken() {
	}

	public @Nullable String getNumber() {
		return number;
	}

	public @Nullable Integer getExpiryMonth() {
		return expiryMonth;
	}

	public @Nullable Integer getExpiryYear() {
		return expiryYear;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GoogleSpaToken")
				.add("number", Redact.lastFour(number))
				.add("expiryMonth", expiryMonth)
				.add("expiryYear", expiryYear)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
