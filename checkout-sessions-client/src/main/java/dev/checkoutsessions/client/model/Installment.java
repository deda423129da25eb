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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable Long numberOfPayments;
		private @Nullable Long daysBetweenPayments;
		private @Nullable String expiry;

		private Builder() {
		}

		public Builder numberOfPayments(@Nullable Long numberOfPayments) {
			this.numberOfPayments = numberOfPayments;
			return this;
		}

		public Builder daysBetweenPayments(@Nullable Long daysBetweenPayments) {
			this.daysBetweenPayments = daysBetweenPayments;
			return this;
		}

		public Builder expiry(@Nullable String expiry) {
			this.expiry = expiry;
			return this;
		}

		public Installment build() {
			return new Installment(this);
		}
	}

	public @Nullable Long getNumberOfPayments() {
		return numberOfPayments;
	}

	public @Nullable Long getDaysBetweenPayments() {
		return daysBetweenPayments;
	}

	/** Last payment date, {@code yyyyMMdd}. */
	public @Nullable String getExpiry() {
		return expiry;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("Installment")
				.add("numberOfPayments", numberOfPayments)
				.add("daysBetweenPayments", daysBetweenPayments)
				.add("expiry", expiry)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
