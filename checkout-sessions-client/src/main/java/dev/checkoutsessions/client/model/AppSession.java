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

	/**
	 * {@return a new builder with no field set} The API requires {@code sdk_app_id},
	 * {@code sdk_max_timeout}, {@code sdk_ephem_pub_key}, {@code sdk_reference_number},
	 * {@code sdk_encrypted_data}, {@code sdk_transaction_id}, {@code sdk_interface_type}
	 * and {@code sdk_ui_elements}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link AppSession}: one method per API field, each returning this builder.
	 */
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

		/**
		 * Sets {@code sdk_app_id}; see {@link AppSession#getSdkAppId()}.
		 * @param sdkAppId the UUID; required
		 * @return this builder
		 */
		public Builder sdkAppId(@Nullable String sdkAppId) {
			this.sdkAppId = sdkAppId;
			return this;
		}

		/**
		 * Sets {@code sdk_max_timeout}; see {@link AppSession#getSdkMaxTimeout()}.
		 * @param sdkMaxTimeout minutes, at least 5; required
		 * @return this builder
		 */
		public Builder sdkMaxTimeout(@Nullable Long sdkMaxTimeout) {
			this.sdkMaxTimeout = sdkMaxTimeout;
			return this;
		}

		/**
		 * Sets {@code sdk_ephem_pub_key}; see
		 * {@link AppSession#getSdkEphemeralPublicKey()}.
		 * @param sdkEphemeralPublicKey the JWK; required
		 * @return this builder
		 */
		public Builder sdkEphemeralPublicKey(@Nullable SdkEphemeralPublicKey sdkEphemeralPublicKey) {
			this.sdkEphemeralPublicKey = sdkEphemeralPublicKey;
			return this;
		}

		/**
		 * Sets {@code sdk_reference_number}; see
		 * {@link AppSession#getSdkReferenceNumber()}.
		 * @param sdkReferenceNumber the reference number; required
		 * @return this builder
		 */
		public Builder sdkReferenceNumber(@Nullable String sdkReferenceNumber) {
			this.sdkReferenceNumber = sdkReferenceNumber;
			return this;
		}

		/**
		 * Sets {@code sdk_encrypted_data}; see {@link AppSession#getSdkEncryptedData()}.
		 * @param sdkEncryptedData the JWE; required
		 * @return this builder
		 */
		public Builder sdkEncryptedData(@Nullable String sdkEncryptedData) {
			this.sdkEncryptedData = sdkEncryptedData;
			return this;
		}

		/**
		 * Sets {@code sdk_transaction_id}; see {@link AppSession#getSdkTransactionId()}.
		 * @param sdkTransactionId the UUID; required
		 * @return this builder
		 */
		public Builder sdkTransactionId(@Nullable String sdkTransactionId) {
			this.sdkTransactionId = sdkTransactionId;
			return this;
		}

		/**
		 * Sets {@code sdk_interface_type}; see {@link AppSession#getSdkInterfaceType()}.
		 * @param sdkInterfaceType {@code native}, {@code html} or {@code both}; required
		 * @return this builder
		 */
		public Builder sdkInterfaceType(@Nullable SdkInterfaceType sdkInterfaceType) {
			this.sdkInterfaceType = sdkInterfaceType;
			return this;
		}

		/**
		 * Sets {@code sdk_ui_elements}; see {@link AppSession#getSdkUIElements()}.
		 * @param sdkUIElements the UI elements; required
		 * @return this builder
		 */
		public Builder sdkUIElements(@Nullable List<UIElement> sdkUIElements) {
			this.sdkUIElements = sdkUIElements;
			return this;
		}

		/**
		 * Sets {@code sdk_ui_elements} from the given elements; see
		 * {@link AppSession#getSdkUIElements()}.
		 * @param sdkUIElements the challenge UI elements the SDK can show
		 * @return this builder
		 */
		public Builder sdkUIElements(UIElement... sdkUIElements) {
			return sdkUIElements(List.of(sdkUIElements));
		}

		/**
		 * {@return a new immutable {@link AppSession} with the values set so far} Nothing
		 * is checked here; the API validates the values.
		 */
		public AppSession build() {
			return new AppSession(this);
		}

	}

	/**
	 * {@return the 3DS SDK's app id, a UUID} API field {@code sdk_app_id}; required for
	 * the app channel, 36 characters.
	 */
	public @Nullable String getSdkAppId() {
		return sdkAppId;
	}

	/**
	 * {@return the time the app allows for the whole authentication, in minutes} API
	 * field {@code sdk_max_timeout}; required for the app channel, at least 5.
	 */
	public @Nullable Long getSdkMaxTimeout() {
		return sdkMaxTimeout;
	}

	/**
	 * {@return the 3DS SDK's ephemeral public key, an EC JWK} API field
	 * {@code sdk_ephem_pub_key}; required for the app channel.
	 */
	public @Nullable SdkEphemeralPublicKey getSdkEphemeralPublicKey() {
		return sdkEphemeralPublicKey;
	}

	/**
	 * {@return the EMVCo reference number of the 3DS SDK} API field
	 * {@code sdk_reference_number}; required for the app channel, at most 32 characters.
	 */
	public @Nullable String getSdkReferenceNumber() {
		return sdkReferenceNumber;
	}

	/**
	 * {@return the device data the 3DS SDK encrypted for the Directory Server, a compact
	 * JWE} API field {@code sdk_encrypted_data}; required for the app channel, at most
	 * 64000 characters.
	 */
	public @Nullable String getSdkEncryptedData() {
		return sdkEncryptedData;
	}

	/**
	 * {@return the 3DS SDK's transaction id, a UUID} API field
	 * {@code sdk_transaction_id}; required for the app channel, 36 characters.
	 */
	public @Nullable String getSdkTransactionId() {
		return sdkTransactionId;
	}

	/**
	 * {@return the challenge interfaces the SDK supports: {@code native}, {@code html} or
	 * {@code both}} API field {@code sdk_interface_type}; required for the app channel.
	 */
	public @Nullable SdkInterfaceType getSdkInterfaceType() {
		return sdkInterfaceType;
	}

	/**
	 * {@return the challenge UI elements the SDK can show; empty when not set} API field
	 * {@code sdk_ui_elements}; required for the app channel.
	 */
	public List<UIElement> getSdkUIElements() {
		return sdkUIElements == null ? List.of() : Collections.unmodifiableList(sdkUIElements);
	}

	@Override
	public String toString() {
		return new ToStringBuilder("AppSession").add("sdkAppId", sdkAppId)
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
