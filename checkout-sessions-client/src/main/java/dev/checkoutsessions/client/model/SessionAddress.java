package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A postal address (billing or shipping).
 *
 * @since 0.1.0
 */
public final class SessionAddress extends ExtensibleModel {

	@JsonProperty("address_line1")
	private @Nullable String addressLine1;

	@JsonProperty("address_line2")
	private @Nullable String addressLine2;

	@JsonProperty("address_line3")
	private @Nullable String addressLine3;

	@JsonProperty("city")
	private @Nullable String city;

	@JsonProperty("state")
	private @Nullable String state;

	@JsonProperty("zip")
	private @Nullable String zip;

	@JsonProperty("country")
	private @Nullable String country;

	private SessionAddress() {
	}

	private SessionAddress(Builder builder) {
		this.addressLine1 = builder.addressLine1;
		this.addressLine2 = builder.addressLine2;
		this.addressLine3 = builder.addressLine3;
		this.city = builder.city;
		this.state = builder.state;
		this.zip = builder.zip;
		this.country = builder.country;
	}

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * {@return a new builder, the same as {@link #builder()}} The official SDK's name for
	 * it.
	 */
	public static Builder builderSessionAddress() {
		return new Builder();
	}

	/**
	 * Builds a {@link SessionAddress}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		private @Nullable String addressLine1;

		private @Nullable String addressLine2;

		private @Nullable String addressLine3;

		private @Nullable String city;

		private @Nullable String state;

		private @Nullable String zip;

		private @Nullable String country;

		private Builder() {
		}

		/**
		 * Sets {@code address_line1}; see {@link SessionAddress#getAddressLine1()}.
		 * @param addressLine1 the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder addressLine1(@Nullable String addressLine1) {
			this.addressLine1 = addressLine1;
			return this;
		}

		/**
		 * Sets {@code address_line2}; see {@link SessionAddress#getAddressLine2()}.
		 * @param addressLine2 the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder addressLine2(@Nullable String addressLine2) {
			this.addressLine2 = addressLine2;
			return this;
		}

		/**
		 * Sets {@code address_line3}; see {@link SessionAddress#getAddressLine3()}.
		 * @param addressLine3 the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder addressLine3(@Nullable String addressLine3) {
			this.addressLine3 = addressLine3;
			return this;
		}

		/**
		 * Sets {@code city}; see {@link SessionAddress#getCity()}.
		 * @param city the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder city(@Nullable String city) {
			this.city = city;
			return this;
		}

		/**
		 * Sets {@code state}; see {@link SessionAddress#getState()}.
		 * @param state the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder state(@Nullable String state) {
			this.state = state;
			return this;
		}

		/**
		 * Sets {@code zip}; see {@link SessionAddress#getZip()}.
		 * @param zip the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder zip(@Nullable String zip) {
			this.zip = zip;
			return this;
		}

		/**
		 * Sets {@code country}; see {@link SessionAddress#getCountry()}.
		 * @param country the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder country(@Nullable String country) {
			this.country = country;
			return this;
		}

		/**
		 * {@return a new immutable {@link SessionAddress} with the values set so far}
		 * Nothing is checked here; the API validates the values.
		 */
		public SessionAddress build() {
			return new SessionAddress(this);
		}

	}

	/**
	 * {@return the first address line} API field {@code address_line1}; optional, at most
	 * 50 characters.
	 */
	public @Nullable String getAddressLine1() {
		return addressLine1;
	}

	/**
	 * {@return the second address line} API field {@code address_line2}; optional, at
	 * most 50 characters.
	 */
	public @Nullable String getAddressLine2() {
		return addressLine2;
	}

	/**
	 * {@return the third address line} API field {@code address_line3}; optional, at most
	 * 50 characters.
	 */
	public @Nullable String getAddressLine3() {
		return addressLine3;
	}

	/**
	 * {@return the city} API field {@code city}; optional, at most 50 characters.
	 */
	public @Nullable String getCity() {
		return city;
	}

	/**
	 * {@return the state or province as an ISO 3166-2 subdivision code} API field
	 * {@code state}; optional, 3 characters.
	 */
	public @Nullable String getState() {
		return state;
	}

	/**
	 * {@return the postal code} API field {@code zip}; optional, at most 16 characters.
	 */
	public @Nullable String getZip() {
		return zip;
	}

	/**
	 * {@return the ISO 3166-1 alpha-2 country code, such as {@code GB}} API field
	 * {@code country}; optional, 2 characters.
	 */
	public @Nullable String getCountry() {
		return country;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionAddress").add("addressLine1", Redact.hidden(addressLine1))
			.add("addressLine2", Redact.hidden(addressLine2))
			.add("addressLine3", Redact.hidden(addressLine3))
			.add("city", city)
			.add("state", state)
			.add("zip", Redact.hidden(zip))
			.add("country", country)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
