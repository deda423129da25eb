package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Installment terms; only for {@code authentication_type} {@code installment}.
 *
 * @since 0.1.0
 */
public final class Installment extends ExtensibleModel {

	@JsonProperty("number_of_payments")
	private @Nullable Long numberOfPayments;

	@JsonProperty("days_between_payments")
	private @Nullable Long daysBetweenPayments;

	@JsonProperty("expiry")
	private @Nullable String expiry;

	private Installment() {
	}

	private Installment(Builder builder) {
		this.numberOfPayments = builder.numberOfPayments;
		this.daysBetweenPayments = builder.daysBetweenPayments;
		this.expiry = builder.expiry;
	}

	/**
	 * {@return a new builder with no field set} The API requires
	 * {@code number_of_payments}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link Installment}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		private @Nullable Long numberOfPayments;

		private @Nullable Long daysBetweenPayments;

		private @Nullable String expiry;

		private Builder() {
		}

		/**
		 * Sets {@code number_of_payments}; see {@link Installment#getNumberOfPayments()}.
		 * @param numberOfPayments at least 2; required
		 * @return this builder
		 */
		public Builder numberOfPayments(@Nullable Long numberOfPayments) {
			this.numberOfPayments = numberOfPayments;
			return this;
		}

		/**
		 * Sets {@code days_between_payments}; see
		 * {@link Installment#getDaysBetweenPayments()}.
		 * @param daysBetweenPayments the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder daysBetweenPayments(@Nullable Long daysBetweenPayments) {
			this.daysBetweenPayments = daysBetweenPayments;
			return this;
		}

		/**
		 * Sets {@code expiry}; see {@link Installment#getExpiry()}.
		 * @param expiry the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder expiry(@Nullable String expiry) {
			this.expiry = expiry;
			return this;
		}

		/**
		 * {@return a new immutable {@link Installment} with the values set so far}
		 * Nothing is checked here: the client checks the required fields before it sends
		 * the request and names each missing one.
		 */
		public Installment build() {
			return new Installment(this);
		}

	}

	/**
	 * {@return the number of installments} API field {@code number_of_payments}; required
	 * when {@code installment} is given; at least 2, at most 3 digits.
	 */
	public @Nullable Long getNumberOfPayments() {
		return numberOfPayments;
	}

	/**
	 * {@return the minimum number of days between installments} API field
	 * {@code days_between_payments}; optional, default 1.
	 */
	public @Nullable Long getDaysBetweenPayments() {
		return daysBetweenPayments;
	}

	/**
	 * {@return the date after which no further installment is made, {@code yyyyMMdd}} API
	 * field {@code expiry}; optional, default {@code 99991231}.
	 */
	public @Nullable String getExpiry() {
		return expiry;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Installment").add("numberOfPayments", numberOfPayments)
			.add("daysBetweenPayments", daysBetweenPayments)
			.add("expiry", expiry)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
