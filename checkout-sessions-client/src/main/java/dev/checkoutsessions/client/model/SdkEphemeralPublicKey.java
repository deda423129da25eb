package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The 3DS SDK's ephemeral public key, as a JWK ({@code sdk_ephem_pub_key}).
 *
 * @since 0.1.0
 */
public final class SdkEphemeralPublicKey extends ExtensibleModel {

	@JsonProperty("kty")
	private @Nullable String kty;

	@JsonProperty("crv")
	private @Nullable String crv;

	@JsonProperty("x")
	private @Nullable String x;

	@JsonProperty("y")
	private @Nullable String y;

	private SdkEphemeralPublicKey() {
	}

	private SdkEphemeralPublicKey(Builder builder) {
		this.kty = builder.kty;
		this.crv = builder.crv;
		this.x = builder.x;
		this.y = builder.y;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String kty;
		private @Nullable String crv;
		private @Nullable String x;
		private @Nullable String y;

		private Builder() {
		}

		public Builder kty(@Nullable String kty) {
			this.kty = kty;
			return this;
		}

		public Builder crv(@Nullable String crv) {
			this.crv = crv;
			return this;
		}

		public Builder x(@Nullable String x) {
			this.x = x;
			return this;
		}

		public Builder y(@Nullable String y) {
			this.y = y;
			return this;
		}

		public SdkEphemeralPublicKey build() {
			return new SdkEphemeralPublicKey(this);
		}
	}

	public @Nullable String getKty() {
		return kty;
	}

	public @Nullable String getCrv() {
		return crv;
	}

	public @Nullable String getX() {
		return x;
	}

	public @Nullable String getY() {
		return y;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SdkEphemeralPublicKey")
				.add("kty", kty)
				.add("crv", crv)
				.add("x", x)
				.add("y", y)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
