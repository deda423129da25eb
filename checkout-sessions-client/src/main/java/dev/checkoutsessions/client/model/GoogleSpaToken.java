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

	/**
	 * {@return the token card number; never logged} API field {@code number}.
	 */
	public @Nullable String getNumber() {
		return number;
	}

	/**
	 * {@return the token's expiry month, 1 to 12} API field {@code expiry_month}.
	 */
	public @Nullable Integer getExpiryMonth() {
		return expiryMonth;
	}

	/**
	 * {@return the token's expiry year, four digits} API field {@code expiry_year}.
	 */
	public @Nullable Integer getExpiryYear() {
		return expiryYear;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("GoogleSpaToken").add("number", Redact.lastFour(number))
			.add("expiryMonth", expiryMonth)
			.add("expiryYear", expiryYear)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
