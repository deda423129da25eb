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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable Long daysBetweenPayments;
		private @Nullable String expiry;

		private Builder() {
		}

		public Builder daysBetweenPayments(@Nullable Long daysBetweenPayments) {
			this.daysBetweenPayments = daysBetweenPayments;
			return this;
		}

		public Builder expiry(@Nullable String expiry) {
			this.expiry = expiry;
			return this;
		}

		public Recurring build() {
			return new Recurring(this);
		}
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
		return new ToStringBuilder("Recurring")
				.add("daysBetweenPayments", daysBetweenPayments)
				.add("expiry", expiry)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
