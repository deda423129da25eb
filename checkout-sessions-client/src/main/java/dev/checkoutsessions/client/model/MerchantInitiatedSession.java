package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Merchant-initiated (3RI) channel data: no cardholder present.
 *
 * @since 0.1.0
 */
public final class MerchantInitiatedSession extends ChannelData {

	@JsonProperty("request_type")
	private @Nullable RequestType requestType;

	private MerchantInitiatedSession() {
		super(ChannelType.MERCHANT_INITIATED);
	}

	private MerchantInitiatedSession(Builder builder) {
		super(ChannelType.MERCHANT_INITIATED);
		this.requestType = builder.requestType;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable RequestType requestType;

		private Builder() {
		}

		public Builder requestType(@Nullable RequestType requestType) {
			this.requestType = requestType;
			return this;
		}

		public MerchantInitiatedSession build() {
			return new MerchantInitiatedSession(this);
		}
	}

	public @Nullable RequestType getRequestType() {
		return requestType;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("MerchantInitiatedSession")
				.add("requestType", requestType)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
