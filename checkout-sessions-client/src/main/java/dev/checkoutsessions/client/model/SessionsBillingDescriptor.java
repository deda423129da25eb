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

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link SessionsBillingDescriptor}: one method per API field, each
	 * returning this builder.
	 */
	public static final class Builder {

		private @Nullable String name;

		private Builder() {
		}

		/**
		 * Sets {@code name}; see {@link SessionsBillingDescriptor#getName()}.
		 * @param name the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * {@return a new immutable {@link SessionsBillingDescriptor} with the values set
		 * so far} Nothing is checked here; the API validates the values.
		 */
		public SessionsBillingDescriptor build() {
			return new SessionsBillingDescriptor(this);
		}

	}

	/**
	 * {@return the name shown instead of the merchant name in the challenge window} API
	 * field {@code name}; at most 40 characters; besides letters and digits only
	 * {@code . ! * - = _ @} are allowed.
	 */
	public @Nullable String getName() {
		return name;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionsBillingDescriptor").add("name", name)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
