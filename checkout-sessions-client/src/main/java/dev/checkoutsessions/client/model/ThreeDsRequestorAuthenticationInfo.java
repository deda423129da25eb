package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * How the merchant authenticated the cardholder before this session.
 *
 * @since 0.1.0
 */
public final class ThreeDsRequestorAuthenticationInfo extends ExtensibleModel {

	@JsonProperty("three_ds_req_auth_method")
	private @Nullable ThreeDsReqAuthMethod threeDsReqAuthMethod;

	@JsonProperty("three_ds_req_auth_timestamp")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant threeDsReqAuthTimestamp;

	@JsonProperty("three_ds_req_auth_data")
	private @Nullable String threeDsReqAuthData;

	private ThreeDsRequestorAuthenticationInfo() {
	}

	private ThreeDsRequestorAuthenticationInfo(Builder builder) {
		this.threeDsReqAuthMethod = builder.threeDsReqAuthMethod;
		this.threeDsReqAuthTimestamp = builder.threeDsReqAuthTimestamp;
		this.threeDsReqAuthData = builder.threeDsReqAuthData;
	}

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link ThreeDsRequestorAuthenticationInfo}: one method per API field, each
	 * returning this builder.
	 */
	public static final class Builder {

		private @Nullable ThreeDsReqAuthMethod threeDsReqAuthMethod;

		private @Nullable Instant threeDsReqAuthTimestamp;

		private @Nullable String threeDsReqAuthData;

		private Builder() {
		}

		/**
		 * Sets {@code three_ds_req_auth_method}; see
		 * {@link ThreeDsRequestorAuthenticationInfo#getThreeDsReqAuthMethod()}.
		 * @param threeDsReqAuthMethod the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder threeDsReqAuthMethod(@Nullable ThreeDsReqAuthMethod threeDsReqAuthMethod) {
			this.threeDsReqAuthMethod = threeDsReqAuthMethod;
			return this;
		}

		/**
		 * Sets {@code three_ds_req_auth_timestamp}; see
		 * {@link ThreeDsRequestorAuthenticationInfo#getThreeDsReqAuthTimestamp()}.
		 * @param threeDsReqAuthTimestamp the value, or {@code null} to leave the field
		 * out
		 * @return this builder
		 */
		public Builder threeDsReqAuthTimestamp(@Nullable Instant threeDsReqAuthTimestamp) {
			this.threeDsReqAuthTimestamp = threeDsReqAuthTimestamp;
			return this;
		}

		/**
		 * Sets {@code three_ds_req_auth_data}; see
		 * {@link ThreeDsRequestorAuthenticationInfo#getThreeDsReqAuthData()}.
		 * @param threeDsReqAuthData the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder threeDsReqAuthData(@Nullable String threeDsReqAuthData) {
			this.threeDsReqAuthData = threeDsReqAuthData;
			return this;
		}

		/**
		 * {@return a new immutable {@link ThreeDsRequestorAuthenticationInfo} with the
		 * values set so far} Nothing is checked here; the API validates the values.
		 */
		public ThreeDsRequestorAuthenticationInfo build() {
			return new ThreeDsRequestorAuthenticationInfo(this);
		}

	}

	/**
	 * {@return how the merchant authenticated the cardholder} API field
	 * {@code three_ds_req_auth_method}; optional.
	 */
	public @Nullable ThreeDsReqAuthMethod getThreeDsReqAuthMethod() {
		return threeDsReqAuthMethod;
	}

	/**
	 * {@return when the merchant authenticated the cardholder, in UTC} API field
	 * {@code three_ds_req_auth_timestamp}; optional.
	 */
	public @Nullable Instant getThreeDsReqAuthTimestamp() {
		return threeDsReqAuthTimestamp;
	}

	/**
	 * {@return the data that documents the merchant's authentication, such as a FIDO
	 * assertion} API field {@code three_ds_req_auth_data}; optional, at most 20000
	 * characters.
	 */
	public @Nullable String getThreeDsReqAuthData() {
		return threeDsReqAuthData;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("ThreeDsRequestorAuthenticationInfo")
			.add("threeDsReqAuthMethod", threeDsReqAuthMethod)
			.add("threeDsReqAuthTimestamp", threeDsReqAuthTimestamp)
			.add("threeDsReqAuthData", Redact.hidden(threeDsReqAuthData))
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
