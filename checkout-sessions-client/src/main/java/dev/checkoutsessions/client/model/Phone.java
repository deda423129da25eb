package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A phone number: country calling code and subscriber number, digits only.
 *
 * @since 0.1.0
 */
public final class Phone extends ExtensibleModel {

	@JsonProperty("country_code")
	private @Nullable String countryCode;

	@JsonProperty("number")
	private @Nullable String number;

	private Phone() {
	}

	private Phone(Builder builder) {
		this.countryCode = builder.countryCode;
		this.number = builder.number;
	}

	/**
	 * {@return a new builder with no field set} The API requires {@code country_code} and
	 * {@code number}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a {@link Phone}: one method per API field, each returning this builder. */
	public static final class Builder {

		private @Nullable String countryCode;

		private @Nullable String number;

		private Builder() {
		}

		/**
		 * Sets {@code country_code}; see {@link Phone#getCountryCode()}.
		 * @param countryCode 1 to 3 digits; required
		 * @return this builder
		 */
		public Builder countryCode(@Nullable String countryCode) {
			this.countryCode = countryCode;
			return this;
		}

		/**
		 * Sets {@code number}; see {@link Phone#getNumber()}.
		 * @param number 1 to 15 digits; required
		 * @return this builder
		 */
		public Builder number(@Nullable String number) {
			this.number = number;
			return this;
		}

		/**
		 * {@return a new immutable {@link Phone} with the values set so far} Nothing is
		 * checked here: the client checks the required fields before it sends the request
		 * and names each missing one.
		 */
		public Phone build() {
			return new Phone(this);
		}

	}

	/**
	 * {@return the international dialling code without {@code +}, such as {@code 44}} API
	 * field {@code country_code}; required when the phone is given; 1 to 3 digits.
	 */
	public @Nullable String getCountryCode() {
		return countryCode;
	}

	/**
	 * {@return the phone number without the country code} API field {@code number};
	 * required when the phone is given; 1 to 15 digits.
	 */
	public @Nullable String getNumber() {
		return number;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Phone").add("countryCode", countryCode)
			.add("number", Redact.hidden(number))
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
