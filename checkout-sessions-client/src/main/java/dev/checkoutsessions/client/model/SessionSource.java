package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.jspecify.annotations.Nullable;

/**
 * The payment instrument to authenticate ({@code source}), discriminated by {@code type}.
 *
 * <p>
 * Each subtype fixes its own {@code type} in every constructor, so the discriminator is
 * right however the object was made. A missing {@code type} reads as a card, as the API
 * assumes.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = SessionCardSource.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = SessionCardSource.class, name = "card"),
		@JsonSubTypes.Type(value = SessionTokenSource.class, name = "token"),
		@JsonSubTypes.Type(value = SessionIdSource.class, name = "id"),
		@JsonSubTypes.Type(value = NetworkTokenSource.class, name = "network_token") })
public abstract class SessionSource extends ExtensibleModel {

	@JsonProperty("type")
	private SessionSourceType type;

	@JsonProperty("scheme")
	private @Nullable SessionScheme scheme;

	@JsonProperty("billing_address")
	private @Nullable SessionAddress billingAddress;

	@JsonProperty("home_phone")
	private @Nullable Phone homePhone;

	@JsonProperty("mobile_phone")
	private @Nullable Phone mobilePhone;

	@JsonProperty("work_phone")
	private @Nullable Phone workPhone;

	@JsonProperty("email")
	private @Nullable String email;

	SessionSource(SessionSourceType type) {
		this.type = type;
	}

	SessionSource(SessionSourceType type, Builder<?> builder) {
		this.type = type;
		this.scheme = builder.scheme;
		this.billingAddress = builder.billingAddress;
		this.homePhone = builder.homePhone;
		this.mobilePhone = builder.mobilePhone;
		this.workPhone = builder.workPhone;
		this.email = builder.email;
	}

	/**
	 * {@return the source type ({@code card}, {@code id}, {@code token} or
	 * {@code network_token}), fixed by the subclass} API field {@code type}; always
	 * written; a missing {@code type} reads as {@code card}.
	 */
	public SessionSourceType getType() {
		return type;
	}

	/**
	 * {@return the scheme the cardholder chose, for a co-badged card} API field
	 * {@code scheme}; optional; {@code amex}, {@code cartes_bancaires}, {@code diners},
	 * {@code discover}, {@code jcb}, {@code mastercard}, {@code upi} or {@code visa}.
	 */
	public @Nullable SessionScheme getScheme() {
		return scheme;
	}

	/**
	 * {@return the card's billing address} API field {@code billing_address}; optional.
	 */
	public @Nullable SessionAddress getBillingAddress() {
		return billingAddress;
	}

	/**
	 * {@return the cardholder's home phone} API field {@code home_phone}; optional;
	 * country code and number are both required when given.
	 */
	public @Nullable Phone getHomePhone() {
		return homePhone;
	}

	/**
	 * {@return the cardholder's mobile phone} API field {@code mobile_phone}; optional;
	 * country code and number are both required when given.
	 */
	public @Nullable Phone getMobilePhone() {
		return mobilePhone;
	}

	/**
	 * {@return the cardholder's work phone} API field {@code work_phone}; optional;
	 * country code and number are both required when given.
	 */
	public @Nullable Phone getWorkPhone() {
		return workPhone;
	}

	/**
	 * {@return the cardholder's e-mail address} API field {@code email}; optional, at
	 * most 254 characters.
	 */
	public @Nullable String getEmail() {
		return email;
	}

	ToStringBuilder baseToString(String typeName) {
		return new ToStringBuilder(typeName).add("type", type)
			.add("scheme", scheme)
			.add("billingAddress", billingAddress)
			.add("homePhone", homePhone)
			.add("mobilePhone", mobilePhone)
			.add("workPhone", workPhone)
			.add("email", Redact.email(email));
	}

	/**
	 * Fields every source type accepts.
	 *
	 * @param <B> the concrete builder, so that these methods return it
	 */
	public abstract static class Builder<B extends Builder<B>> {

		private @Nullable SessionScheme scheme;

		private @Nullable SessionAddress billingAddress;

		private @Nullable Phone homePhone;

		private @Nullable Phone mobilePhone;

		private @Nullable Phone workPhone;

		private @Nullable String email;

		Builder() {
		}

		abstract B self();

		/**
		 * Sets {@code scheme}; see {@link SessionSource#getScheme()}.
		 * @param scheme the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public B scheme(@Nullable SessionScheme scheme) {
			this.scheme = scheme;
			return self();
		}

		/**
		 * Sets {@code billing_address}; see {@link SessionSource#getBillingAddress()}.
		 * @param billingAddress the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public B billingAddress(@Nullable SessionAddress billingAddress) {
			this.billingAddress = billingAddress;
			return self();
		}

		/**
		 * Sets {@code home_phone}; see {@link SessionSource#getHomePhone()}.
		 * @param homePhone the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public B homePhone(@Nullable Phone homePhone) {
			this.homePhone = homePhone;
			return self();
		}

		/**
		 * Sets {@code mobile_phone}; see {@link SessionSource#getMobilePhone()}.
		 * @param mobilePhone the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public B mobilePhone(@Nullable Phone mobilePhone) {
			this.mobilePhone = mobilePhone;
			return self();
		}

		/**
		 * Sets {@code work_phone}; see {@link SessionSource#getWorkPhone()}.
		 * @param workPhone the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public B workPhone(@Nullable Phone workPhone) {
			this.workPhone = workPhone;
			return self();
		}

		/**
		 * Sets {@code email}; see {@link SessionSource#getEmail()}.
		 * @param email the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public B email(@Nullable String email) {
			this.email = email;
			return self();
		}

	}

}
