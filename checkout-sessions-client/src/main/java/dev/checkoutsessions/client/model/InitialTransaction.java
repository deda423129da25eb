package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A prior authentication this one relies on (3RI, merchant-initiated).
 *
 * @since 0.1.0
 */
public final class InitialTransaction extends ExtensibleModel {

	@JsonProperty("acs_transaction_id")
	private @Nullable String acsTransactionId;

	@JsonProperty("authentication_method")
	private @Nullable InitialAuthenticationMethod authenticationMethod;

	@JsonProperty("authentication_timestamp")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant authenticationTimestamp;

	@JsonProperty("authentication_data")
	private @Nullable String authenticationData;

	@JsonProperty("initial_session_id")
	private @Nullable String initialSessionId;

	private InitialTransaction() {
	}

	private InitialTransaction(Builder builder) {
		this.acsTransactionId = builder.acsTransactionId;
		this.authenticationMethod = builder.authenticationMethod;
		this.authenticationTimestamp = builder.authenticationTimestamp;
		this.authenticationData = builder.authenticationData;
		this.initialSessionId = builder.initialSessionId;
	}

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link InitialTransaction}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		private @Nullable String acsTransactionId;

		private @Nullable InitialAuthenticationMethod authenticationMethod;

		private @Nullable Instant authenticationTimestamp;

		private @Nullable String authenticationData;

		private @Nullable String initialSessionId;

		private Builder() {
		}

		/**
		 * Sets {@code acs_transaction_id}; see
		 * {@link InitialTransaction#getAcsTransactionId()}.
		 * @param acsTransactionId the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder acsTransactionId(@Nullable String acsTransactionId) {
			this.acsTransactionId = acsTransactionId;
			return this;
		}

		/**
		 * Sets {@code authentication_method}; see
		 * {@link InitialTransaction#getAuthenticationMethod()}.
		 * @param authenticationMethod the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder authenticationMethod(@Nullable InitialAuthenticationMethod authenticationMethod) {
			this.authenticationMethod = authenticationMethod;
			return this;
		}

		/**
		 * Sets {@code authentication_timestamp}; see
		 * {@link InitialTransaction#getAuthenticationTimestamp()}.
		 * @param authenticationTimestamp the value, or {@code null} to leave the field
		 * out
		 * @return this builder
		 */
		public Builder authenticationTimestamp(@Nullable Instant authenticationTimestamp) {
			this.authenticationTimestamp = authenticationTimestamp;
			return this;
		}

		/**
		 * Sets {@code authentication_data}; see
		 * {@link InitialTransaction#getAuthenticationData()}.
		 * @param authenticationData the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder authenticationData(@Nullable String authenticationData) {
			this.authenticationData = authenticationData;
			return this;
		}

		/**
		 * Sets {@code initial_session_id}; see
		 * {@link InitialTransaction#getInitialSessionId()}.
		 * @param initialSessionId the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder initialSessionId(@Nullable String initialSessionId) {
			this.initialSessionId = initialSessionId;
			return this;
		}

		/**
		 * {@return a new immutable {@link InitialTransaction} with the values set so far}
		 * Nothing is checked here; the API validates the values.
		 */
		public InitialTransaction build() {
			return new InitialTransaction(this);
		}

	}

	/**
	 * {@return the ACS transaction id of the initial authentication} API field
	 * {@code acs_transaction_id}; at least 36 characters.
	 */
	public @Nullable String getAcsTransactionId() {
		return acsTransactionId;
	}

	/**
	 * {@return how the initial transaction was authenticated} API field
	 * {@code authentication_method}; optional.
	 */
	public @Nullable InitialAuthenticationMethod getAuthenticationMethod() {
		return authenticationMethod;
	}

	/**
	 * {@return when the initial authentication took place, in UTC} API field
	 * {@code authentication_timestamp}; optional.
	 */
	public @Nullable Instant getAuthenticationTimestamp() {
		return authenticationTimestamp;
	}

	/**
	 * {@return the data that documents the initial authentication} API field
	 * {@code authentication_data}; optional, at most 2048 characters.
	 */
	public @Nullable String getAuthenticationData() {
		return authenticationData;
	}

	/**
	 * {@return the {@code sid_...} id of the initial session} API field
	 * {@code initial_session_id}; optional, 30 characters.
	 */
	public @Nullable String getInitialSessionId() {
		return initialSessionId;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("InitialTransaction").add("acsTransactionId", acsTransactionId)
			.add("authenticationMethod", authenticationMethod)
			.add("authenticationTimestamp", authenticationTimestamp)
			.add("authenticationData", Redact.hidden(authenticationData))
			.add("initialSessionId", initialSessionId)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
