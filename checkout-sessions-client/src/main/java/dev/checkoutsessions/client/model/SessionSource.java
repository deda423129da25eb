package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.jspecify.annotations.Nullable;

/**
 * The payment instrument to authenticate ({@code source}), discriminated by {@code type}.
 *
 * <p>Each subtype fixes its own {@code type} in every constructor, so the discriminator is right however the object
 * was made. A missing {@code type} reads as a card, as the API assumes.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = SessionCardSource.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = SessionCardSource.class, name = "card"),
		@JsonSubTypes.Type(value = SessionTokenSource.class, name = "token"),
		@JsonSubTypes.Type(value = SessionIdSource.class, name = "id"),
		@JsonSubTypes.Type(value = NetworkTokenSource.class, name = "network_token")})
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

	public SessionSourceType getType() {
		return type;
	}

	/** The cardholder's choice of scheme, for co-badged cards. */
	public @Nullable SessionScheme getScheme() {
		return scheme;
	}

	public @Nullable SessionAddress getBillingAddress() {
		return billingAddress;
	}

	public @Nullable Phone getHomePhone() {
		return homePhone;
	}

	public @Nullable Phone getMobilePhone() {
		return mobilePhone;
	}

	public @Nullable Phone getWorkPhone() {
		return workPhone;
	}

	public @Nullable String getEmail() {
		return email;
	}

	ToStringBuilder baseToString(String typeName) {
		return new ToStringBuilder(typeName)
				.add("type", type)
				.add("scheme", scheme)
				.add("billingAddress", billingAddress)
				.add("homePhone", homePhone)
				.add("mobilePhone", mobilePhone)
				.add("workPhone", workPhone)
				.add("email", Redact.email(email));
	}

	/** Fields every source type accepts. */
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

		public B scheme(@Nullable SessionScheme scheme) {
			this.scheme = scheme;
			return self();
		}

		public B billingAddress(@Nullable SessionAddress billingAddress) {
			this.billingAddress = billingAddress;
			return self();
		}

		public B homePhone(@Nullable Phone homePhone) {
			this.homePhone = homePhone;
			return self();
		}

		public B mobilePhone(@Nullable Phone mobilePhone) {
			this.mobilePhone = mobilePhone;
			return self();
		}

		public B workPhone(@Nullable Phone workPhone) {
			this.workPhone = workPhone;
			return self();
		}

		public B email(@Nullable String email) {
			this.email = email;
			return self();
		}
	}
}
