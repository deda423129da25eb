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

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private @Nullable String subEntityId;

		private Builder() {
		}

		public Builder subEntityId(@Nullable String subEntityId) {
			this.subEntityId = subEntityId;
			return this;
		}

		public MarketplaceData build() {
			return new MarketplaceData(this);
		}
	}

	public @Nullable String getSubEntityId() {
		return subEntityId;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("MarketplaceData")
				.add("subEntityId", subEntityId)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
