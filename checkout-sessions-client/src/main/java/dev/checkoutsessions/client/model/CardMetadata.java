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

	/**
	 * {@return the card type, such as {@code CREDIT}, {@code DEBIT} or {@code PREPAID}}
	 * API field {@code card_type}.
	 */
	public @Nullable CardType getCardType() {
		return cardType;
	}

	/**
	 * {@return {@code CONSUMER} or {@code COMMERCIAL}} API field {@code card_category}.
	 */
	public @Nullable CardCategory getCardCategory() {
		return cardCategory;
	}

	/**
	 * {@return the name of the issuing bank} API field {@code issuer_name}.
	 */
	public @Nullable String getIssuerName() {
		return issuerName;
	}

	/**
	 * {@return the issuer's ISO 3166-1 alpha-2 country code} API field
	 * {@code issuer_country}.
	 */
	public @Nullable String getIssuerCountry() {
		return issuerCountry;
	}

	/**
	 * {@return the scheme's product id} API field {@code product_id}.
	 */
	public @Nullable String getProductId() {
		return productId;
	}

	/**
	 * {@return the scheme's product name} API field {@code product_type}.
	 */
	public @Nullable String getProductType() {
		return productType;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("CardMetadata").add("cardType", cardType)
			.add("cardCategory", cardCategory)
			.add("issuerName", issuerName)
			.add("issuerCountry", issuerCountry)
			.add("productId", productId)
			.add("productType", productType)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
