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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String acsTransactionId;
		private @Nullable InitialAuthenticationMethod authenticationMethod;
		private @Nullable Instant authenticationTimestamp;
		private @Nullable String authenticationData;
		private @Nullable String initialSessionId;

		private Builder() {
		}

		public Builder acsTransactionId(@Nullable String acsTransactionId) {
			this.acsTransactionId = acsTransactionId;
			return this;
		}

		public Builder authenticationMethod(@Nullable InitialAuthenticationMethod authenticationMethod) {
			this.authenticationMethod = authenticationMethod;
			return this;
		}

		public Builder authenticationTimestamp(@Nullable Instant authenticationTimestamp) {
			this.authenticationTimestamp = authenticationTimestamp;
			return this;
		}

		public Builder authenticationData(@Nullable String authenticationData) {
			this.authenticationData = authenticationData;
			return this;
		}

		public Builder initialSessionId(@Nullable String initialSessionId) {
			this.initialSessionId = initialSessionId;
			return this;
		}

		public InitialTransaction build() {
			return new InitialTransaction(this);
		}
	}

	public @Nullable String getAcsTransactionId() {
		return acsTransactionId;
	}

	public @Nullable InitialAuthenticationMethod getAuthenticationMethod() {
		return authenticationMethod;
	}

	public @Nullable Instant getAuthenticationTimestamp() {
		return authenticationTimestamp;
	}

	public @Nullable String getAuthenticationData() {
		return authenticationData;
	}

	public @Nullable String getInitialSessionId() {
		return initialSessionId;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("InitialTransaction")
				.add("acsTransactionId", acsTransactionId)
				.add("authenticationMethod", authenticationMethod)
				.add("authenticationTimestamp", authenticationTimestamp)
				.add("authenticationData", Redact.hidden(authenticationData))
				.add("initialSessionId", initialSessionId)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
