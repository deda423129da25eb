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

	public static Builder builder() {
		return new Builder();
	}

	/** The official SDK's name for {@link #builder()}. */
	public static Builder builderSessionAddress() {
		return new Builder();
	}

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

		public Builder addressLine1(@Nullable String addressLine1) {
			this.addressLine1 = addressLine1;
			return this;
		}

		public Builder addressLine2(@Nullable String addressLine2) {
			this.addressLine2 = addressLine2;
			return this;
		}

		public Builder addressLine3(@Nullable String addressLine3) {
			this.addressLine3 = addressLine3;
			return this;
		}

		public Builder city(@Nullable String city) {
			this.city = city;
			return this;
		}

		public Builder state(@Nullable String state) {
			this.state = state;
			return this;
		}

		public Builder zip(@Nullable String zip) {
			this.zip = zip;
			return this;
		}

		public Builder country(@Nullable String country) {
			this.country = country;
			return this;
		}

		public SessionAddress build() {
			return new SessionAddress(this);
		}
	}

	public @Nullable String getAddressLine1() {
		return addressLine1;
	}

	public @Nullable String getAddressLine2() {
		return addressLine2;
	}

	public @Nullable String getAddressLine3() {
		return addressLine3;
	}

	public @Nullable String getCity() {
		return city;
	}

	public @Nullable String getState() {
		return state;
	}

	public @Nullable String getZip() {
		return zip;
	}

	public @Nullable String getCountry() {
		return country;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionAddress")
				.add("addressLine1", Redact.hidden(addressLine1))
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
