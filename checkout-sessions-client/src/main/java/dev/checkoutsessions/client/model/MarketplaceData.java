package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Marketplace (payfac) sub-entity the session is for.
 *
 * @since 0.1.0
 */
public final class MarketplaceData extends ExtensibleModel {

	@JsonProperty("sub_entity_id")
	private @Nullable String subEntityId;

	private MarketplaceData() {
	}

	private MarketplaceData(Builder builder) {
		this.subEntityId = builder.subEntityId;
	}

	/**
	 * {@return a new builder with no field set} The API requires {@code sub_entity_id}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link MarketplaceData}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		private @Nullable String subEntityId;

		private Builder() {
		}

		/**
		 * Sets {@code sub_entity_id}; see {@link MarketplaceData#getSubEntityId()}.
		 * @param subEntityId the {@code ent_...} id
		 * @return this builder
		 */
		public Builder subEntityId(@Nullable String subEntityId) {
			this.subEntityId = subEntityId;
			return this;
		}

		/**
		 * {@return a new immutable {@link MarketplaceData} with the values set so far}
		 * Nothing is checked here; the API validates the values.
		 */
		public MarketplaceData build() {
			return new MarketplaceData(this);
		}

	}

	/**
	 * {@return the sub-entity the session is for, {@code ent_...}} API field
	 * {@code sub_entity_id}; required when {@code marketplace} is given.
	 */
	public @Nullable String getSubEntityId() {
		return subEntityId;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("MarketplaceData").add("subEntityId", subEntityId)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
