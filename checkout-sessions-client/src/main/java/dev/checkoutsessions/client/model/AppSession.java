package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;

/**
 * App channel data, produced by a native 3DS SDK.
 *
 * @since 0.1.0
 */
public final class AppSession extends ChannelData {

	@JsonProperty("sdk_app_id")
	private @Nullable String sdkAppId;

	@JsonProperty("sdk_max_timeout")
	private @Nullable Long sdkMaxTimeout;

	@JsonProperty("sdk_ephem_pub_key")
	private @Nullable SdkEphemeralPublicKey sdkEphemeralPublicKey;

	@JsonProperty("sdk_reference_number")
	private @Nullable String sdkReferenceNumber;

	@JsonProperty("sdk_encrypted_data")
	private @Nullable String sdkEncryptedData;

	@JsonProperty("sdk_transaction_id")
	private @Nullable String sdkTransactionId;

	@JsonProperty("sdk_interface_type")
	private @Nullable SdkInterfaceType sdkInterfaceType;

	@JsonProperty("sdk_ui_elements")
	private @Nullable List<UIElement> sdkUIElements;

	private AppSession() {
		super(ChannelType.APP);
	}

	private AppSession(Builder builder) {
		super(ChannelType.APP);
		this.sdkAppId = builder.sdkAppId;
		this.sdkMaxTimeout = builder.sdkMaxTimeout;
		this.sdkEphemeralPublicKey = builder.sdkEphemeralPublicKey;
		this.sdkReferenceNumber = builder.sdkReferenceNumber;
		this.sdkEncryptedData = builder.sdkEncryptedData;
		this.sdkTransactionId = builder.sdkTransactionId;
		this.sdkInterfaceType = builder.sdkInterfaceType;
		this.sdkUIElements = builder.sdkUIElements == null ? null : List.copyOf(builder.sdkUIElements);
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String sdkAppId;
		private @Nullable Long sdkMaxTimeout;
		private @Nullable SdkEphemeralPublicKey sdkEphemeralPublicKey;
		private @Nullable String sdkReferenceNumber;
		private @Nullable String sdkEncryptedData;
		private @Nullable String sdkTransactionId;
		private @Nullable SdkInterfaceType sdkInterfaceType;
		private @Nullable List<UIElement> sdkUIElements;

		private Builder() {
		}

		public Builder sdkAppId(@Nullable String sdkAppId) {
			this.sdkAppId = sdkAppId;
			return this;
		}

		public Builder sdkMaxTimeout(@Nullable Long sdkMaxTimeout) {
			this.sdkMaxTimeout = sdkMaxTimeout;
			return this;
		}

		public Builder sdkEphemeralPublicKey(@Nullable SdkEphemeralPublicKey sdkEphemeralPublicKey) {
			this.sdkEphemeralPublicKey = sdkEphemeralPublicKey;
			return this;
		}

		public Builder sdkReferenceNumber(@Nullable String sdkReferenceNumber) {
			this.sdkReferenceNumber = sdkReferenceNumber;
			return this;
		}

		public Builder sdkEncryptedData(@Nullable String sdkEncryptedData) {
			this.sdkEncryptedData = sdkEncryptedData;
			return this;
		}

		public Builder sdkTransactionId(@Nullable String sdkTransactionId) {
			this.sdkTransactionId = sdkTransactionId;
			return this;
		}

		public Builder sdkInterfaceType(@Nullable SdkInterfaceType sdkInterfaceType) {
			this.sdkInterfaceType = sdkInterfaceType;
			return this;
		}

		public Builder sdkUIElements(@Nullable List<UIElement> sdkUIElements) {
			this.sdkUIElements = sdkUIElements;
			return this;
		}

		public Builder sdkUIElements(UIElement... sdkUIElements) {
			return sdkUIElements(List.of(sdkUIElements));
		}

		public AppSession build() {
			return new AppSession(this);
		}
	}

	public @Nullable String getSdkAppId() {
		return sdkAppId;
	}

	/** Minutes, at least 5. */
	public @Nullable Long getSdkMaxTimeout() {
		return sdkMaxTimeout;
	}

	public @Nullable SdkEphemeralPublicKey getSdkEphemeralPublicKey() {
		return sdkEphemeralPublicKey;
	}

	public @Nullable String getSdkReferenceNumber() {
		return sdkReferenceNumber;
	}

	public @Nullable String getSdkEncryptedData() {
		return sdkEncryptedData;
	}

	public @Nullable String getSdkTransactionId() {
		return sdkTransactionId;
	}

	public @Nullable SdkInterfaceType getSdkInterfaceType() {
		return sdkInterfaceType;
	}

	public List<UIElement> getSdkUIElements() {
		return sdkUIElements == null ? List.of() : Collections.unmodifiableList(sdkUIElements);
	}

	@Override
	public String toString() {
		return new ToStringBuilder("AppSession")
				.add("sdkAppId", sdkAppId)
				.add("sdkMaxTimeout", sdkMaxTimeout)
				.add("sdkReferenceNumber", sdkReferenceNumber)
				.add("sdkEncryptedData", Redact.hidden(sdkEncryptedData))
				.add("sdkTransactionId", sdkTransactionId)
				.add("sdkInterfaceType", sdkInterfaceType)
				.add("sdkUIElements", sdkUIElements)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
