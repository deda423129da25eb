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

	/**
	 * {@return a new builder with no field set} The API requires {@code kty},
	 * {@code crv}, {@code x} and {@code y}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link SdkEphemeralPublicKey}: one method per API field, each returning
	 * this builder.
	 */
	public static final class Builder {

		private @Nullable String kty;

		private @Nullable String crv;

		private @Nullable String x;

		private @Nullable String y;

		private Builder() {
		}

		/**
		 * Sets {@code kty}; see {@link SdkEphemeralPublicKey#getKty()}.
		 * @param kty the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder kty(@Nullable String kty) {
			this.kty = kty;
			return this;
		}

		/**
		 * Sets {@code crv}; see {@link SdkEphemeralPublicKey#getCrv()}.
		 * @param crv the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder crv(@Nullable String crv) {
			this.crv = crv;
			return this;
		}

		/**
		 * Sets {@code x}; see {@link SdkEphemeralPublicKey#getX()}.
		 * @param x the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder x(@Nullable String x) {
			this.x = x;
			return this;
		}

		/**
		 * Sets {@code y}; see {@link SdkEphemeralPublicKey#getY()}.
		 * @param y the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder y(@Nullable String y) {
			this.y = y;
			return this;
		}

		/**
		 * {@return a new immutable {@link SdkEphemeralPublicKey} with the values set so
		 * far} Nothing is checked here; the API validates the values.
		 */
		public SdkEphemeralPublicKey build() {
			return new SdkEphemeralPublicKey(this);
		}

	}

	/**
	 * {@return the JWK key type, {@code EC}} API field {@code kty}; required.
	 */
	public @Nullable String getKty() {
		return kty;
	}

	/**
	 * {@return the elliptic curve, such as {@code P-256}} API field {@code crv};
	 * required.
	 */
	public @Nullable String getCrv() {
		return crv;
	}

	/**
	 * {@return the x coordinate, base64url} API field {@code x}; required.
	 */
	public @Nullable String getX() {
		return x;
	}

	/**
	 * {@return the y coordinate, base64url} API field {@code y}; required.
	 */
	public @Nullable String getY() {
		return y;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SdkEphemeralPublicKey").add("kty", kty)
			.add("crv", crv)
			.add("x", x)
			.add("y", y)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
