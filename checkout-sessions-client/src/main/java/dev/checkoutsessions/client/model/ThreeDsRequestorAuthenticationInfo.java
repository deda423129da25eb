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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable ThreeDsReqAuthMethod threeDsReqAuthMethod;
		private @Nullable Instant threeDsReqAuthTimestamp;
		private @Nullable String threeDsReqAuthData;

		private Builder() {
		}

		public Builder threeDsReqAuthMethod(@Nullable ThreeDsReqAuthMethod threeDsReqAuthMethod) {
			this.threeDsReqAuthMethod = threeDsReqAuthMethod;
			return this;
		}

		public Builder threeDsReqAuthTimestamp(@Nullable Instant threeDsReqAuthTimestamp) {
			this.threeDsReqAuthTimestamp = threeDsReqAuthTimestamp;
			return this;
		}

		public Builder threeDsReqAuthData(@Nullable String threeDsReqAuthData) {
			this.threeDsReqAuthData = threeDsReqAuthData;
			return this;
		}

		public ThreeDsRequestorAuthenticationInfo build() {
			return new ThreeDsRequestorAuthenticationInfo(this);
		}
	}

	public @Nullable ThreeDsReqAuthMethod getThreeDsReqAuthMethod() {
		return threeDsReqAuthMethod;
	}

	public @Nullable Instant getThreeDsReqAuthTimestamp() {
		return threeDsReqAuthTimestamp;
	}

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
