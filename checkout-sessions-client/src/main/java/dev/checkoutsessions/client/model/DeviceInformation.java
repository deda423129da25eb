package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Device session collected with Risk.js.
 *
 * @since 0.1.0
 */
public final class DeviceInformation extends ExtensibleModel {

	@JsonProperty("device_id")
	private @Nullable String deviceId;

	@JsonProperty("device_session_id")
	private @Nullable String deviceSessionId;

	private DeviceInformation() {
	}

	private DeviceInformation(Builder builder) {
		this.deviceId = builder.deviceId;
		this.deviceSessionId = builder.deviceSessionId;
	}

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link DeviceInformation}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		private @Nullable String deviceId;

		private @Nullable String deviceSessionId;

		private Builder() {
		}

		/**
		 * Sets {@code device_id}; see {@link DeviceInformation#getDeviceId()}.
		 * @param deviceId the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder deviceId(@Nullable String deviceId) {
			this.deviceId = deviceId;
			return this;
		}

		/**
		 * Sets {@code device_session_id}; see
		 * {@link DeviceInformation#getDeviceSessionId()}.
		 * @param deviceSessionId the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder deviceSessionId(@Nullable String deviceSessionId) {
			this.deviceSessionId = deviceSessionId;
			return this;
		}

		/**
		 * {@return a new immutable {@link DeviceInformation} with the values set so far}
		 * Nothing is checked here; the API validates the values.
		 */
		public DeviceInformation build() {
			return new DeviceInformation(this);
		}

	}

	/**
	 * {@return the device identifier from Risk.js} API field {@code device_id}; optional.
	 */
	public @Nullable String getDeviceId() {
		return deviceId;
	}

	/**
	 * {@return the Risk.js device session, {@code dsid_} followed by 26 characters} API
	 * field {@code device_session_id}; optional.
	 */
	public @Nullable String getDeviceSessionId() {
		return deviceSessionId;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("DeviceInformation").add("deviceId", deviceId)
			.add("deviceSessionId", deviceSessionId)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
