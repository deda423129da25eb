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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String deviceId;
		private @Nullable String deviceSessionId;

		private Builder() {
		}

		public Builder deviceId(@Nullable String deviceId) {
			this.deviceId = deviceId;
			return this;
		}

		public Builder deviceSessionId(@Nullable String deviceSessionId) {
			this.deviceSessionId = deviceSessionId;
			return this;
		}

		public DeviceInformation build() {
			return new DeviceInformation(this);
		}
	}

	public @Nullable String getDeviceId() {
		return deviceId;
	}

	public @Nullable String getDeviceSessionId() {
		return deviceSessionId;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("DeviceInformation")
				.add("deviceId", deviceId)
				.add("deviceSessionId", deviceSessionId)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
