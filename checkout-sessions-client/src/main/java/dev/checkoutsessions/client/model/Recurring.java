package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Recurring-payment terms; only for {@code authentication_type} {@code recurring}.
 *
 * @since 0.1.0
 */
public final class Recurring extends ExtensibleModel {

	@JsonProperty("days_between_payments")
	private @Nullable Long daysBetweenPayments;

	@JsonProperty("expiry")
	private @Nullable String expiry;

	private Recurring() {
	}

	private Recurring(Builder builder) {
		this.daysBetweenPayments = builder.daysBetweenPayments;
		this.expiry = builder.expiry;
	}

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link Recurring}: one method per API field, each returning this builder.
	 */
	public static final class Builder {

		private @Nullable Long daysBetweenPayments;

		private @Nullable String expiry;

		private Builder() {
		}

		/**
		 * Sets {@code days_between_payments}; see
		 * {@link Recurring#getDaysBetweenPayments()}.
		 * @param daysBetweenPayments the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder daysBetweenPayments(@Nullable Long daysBetweenPayments) {
			this.daysBetweenPayments = daysBetweenPayments;
			return this;
		}

		/**
		 * Sets {@code expiry}; see {@link Recurring#getExpiry()}.
		 * @param expiry the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder expiry(@Nullable String expiry) {
			this.expiry = expiry;
			return this;
		}

		/**
		 * {@return a new immutable {@link Recurring} with the values set so far} Nothing
		 * is checked here; the API validates the values.
		 */
		public Recurring build() {
			return new Recurring(this);
		}

	}

	/**
	 * {@return the minimum number of days between payments} API field
	 * {@code days_between_payments}; optional, default 1.
	 */
	public @Nullable Long getDaysBetweenPayments() {
		return daysBetweenPayments;
	}

	/**
	 * {@return the date after which no further payment is made, {@code yyyyMMdd}} API
	 * field {@code expiry}; optional, default {@code 99991231}.
	 */
	public @Nullable String getExpiry() {
		return expiry;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Recurring").add("daysBetweenPayments", daysBetweenPayments)
			.add("expiry", expiry)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
