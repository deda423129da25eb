package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Issuer details of the card ({@code card.metadata}); empty in the sandbox.
 *
 * @since 0.1.0
 */
public final class CardMetadata extends ExtensibleModel {

	@JsonProperty("card_type")
	private @Nullable CardType cardType;

	@JsonProperty("card_category")
	private @Nullable CardCategory cardCategory;

	@JsonProperty("issuer_name")
	private @Nullable String issuerName;

	@JsonProperty("issuer_country")
	private @Nullable String issuerCountry;

	@JsonProperty("product_id")
	private @Nullable String productId;

	@JsonProperty("product_type")
	private @Nullable String productType;

	private CardMetadata() {
	}

	public @Nullable CardType getCardType() {
		return cardType;
	}

	public @Nullable CardCategory getCardCategory() {
		return cardCategory;
	}

	public @Nullable String getIssuerName() {
		return issuerName;
	}

	public @Nullable String getIssuerCountry() {
		return issuerCountry;
	}

	public @Nullable String getProductId() {
		return productId;
	}

	public @Nullable String getProductType() {
		return productType;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("CardMetadata")
				.add("cardType", cardType)
				.add("cardCategory", cardCategory)
				.add("issuerName", issuerName)
				.add("issuerCountry", issuerCountry)
				.add("productId", productId)
				.add("productType", productType)
				.add("additionalProperties", getAdditionalProperties().keySet())
				.toString();
	}
}
