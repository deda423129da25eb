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

	/**
	 * {@return a new builder with no field set} The API requires {@code request_type}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link MerchantInitiatedSession}: one method per API field, each returning
	 * this builder.
	 */
	public static final class Builder {

		private @Nullable RequestType requestType;

		private Builder() {
		}

		/**
		 * Sets {@code request_type}; see
		 * {@link MerchantInitiatedSession#getRequestType()}.
		 * @param requestType the reason; required
		 * @return this builder
		 */
		public Builder requestType(@Nullable RequestType requestType) {
			this.requestType = requestType;
			return this;
		}

		/**
		 * {@return a new immutable {@link MerchantInitiatedSession} with the values set
		 * so far} Nothing is checked here: the client checks the required fields before
		 * it sends the request and names each missing one.
		 */
		public MerchantInitiatedSession build() {
			return new MerchantInitiatedSession(this);
		}

	}

	/**
	 * {@return the reason for the merchant-initiated (3RI) authentication} API field
	 * {@code request_type}; required for the {@code merchant_initiated} channel.
	 */
	public @Nullable RequestType getRequestType() {
		return requestType;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("MerchantInitiatedSession").add("requestType", requestType)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
