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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String countryCode;
		private @Nullable String number;

		private Builder() {
		}

		public Builder countryCode(@Nullable String countryCode) {
			this.countryCode = countryCode;
			return this;
		}

		public Builder number(@Nullable String number) {
			this.number = number;
			return this;
		}

		public Phone build() {
			return new Phone(this);
		}
	}

	public @Nullable String getCountryCode() {
		return countryCode;
	}

	public @Nullable String getNumber() {
		return number;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Phone")
				.add("countryCode", countryCode)
				.add("number", Redact.hidden(number))
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
