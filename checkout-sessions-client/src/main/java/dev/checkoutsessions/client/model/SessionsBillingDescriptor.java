package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Merchant name shown in the challenge window instead of the account's.
 *
 * @since 0.1.0
 */
public final class SessionsBillingDescriptor extends ExtensibleModel {

	@JsonProperty("name")
	private @Nullable String name;

	private SessionsBillingDescriptor() {
	}

	private SessionsBillingDescriptor(Builder builder) {
		this.name = builder.name;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String name;

		private Builder() {
		}

		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		public SessionsBillingDescriptor build() {
			return new SessionsBillingDescriptor(this);
		}
	}

	public @Nullable String getName() {
		return name;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionsBillingDescriptor")
				.add("name", name)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
