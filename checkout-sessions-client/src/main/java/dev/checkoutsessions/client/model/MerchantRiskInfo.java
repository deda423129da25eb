package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Order risk indicators ({@code merchant_risk_info}); help frictionless approval.
 *
 * @since 0.1.0
 */
public final class MerchantRiskInfo extends ExtensibleModel {

	@JsonProperty("delivery_email")
	private @Nullable String deliveryEmail;

	@JsonProperty("delivery_timeframe")
	private @Nullable DeliveryTimeframe deliveryTimeframe;

	@JsonProperty("is_preorder")
	private @Nullable Boolean isPreorder;

	@JsonProperty("is_reorder")
	private @Nullable Boolean isReorder;

	@JsonProperty("shipping_indicator")
	private @Nullable ShippingIndicator shippingIndicator;

	@JsonProperty("reorder_items_indicator")
	private @Nullable ReorderItemsIndicator reorderItemsIndicator;

	@JsonProperty("pre_order_purchase_indicator")
	private @Nullable PreOrderPurchaseIndicator preOrderPurchaseIndicator;

	@JsonProperty("pre_order_date")
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	private @Nullable Instant preOrderDate;

	@JsonProperty("gift_card_amount")
	private @Nullable String giftCardAmount;

	@JsonProperty("gift_card_currency")
	private @Nullable Currency giftCardCurrency;

	@JsonProperty("gift_card_count")
	private @Nullable String giftCardCount;

	private MerchantRiskInfo() {
	}

	private MerchantRiskInfo(Builder builder) {
		this.deliveryEmail = builder.deliveryEmail;
		this.deliveryTimeframe = builder.deliveryTimeframe;
		this.isPreorder = builder.isPreorder;
		this.isReorder = builder.isReorder;
		this.shippingIndicator = builder.shippingIndicator;
		this.reorderItemsIndicator = builder.reorderItemsIndicator;
		this.preOrderPurchaseIndicator = builder.preOrderPurchaseIndicator;
		this.preOrderDate = builder.preOrderDate;
		this.giftCardAmount = builder.giftCardAmount;
		this.giftCardCurrency = builder.giftCardCurrency;
		this.giftCardCount = builder.giftCardCount;
	}

	/**
	 * {@return a new builder with no field set} Every field is optional.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link MerchantRiskInfo}: one method per API field, each returning this
	 * builder.
	 */
	public static final class Builder {

		private @Nullable String deliveryEmail;

		private @Nullable DeliveryTimeframe deliveryTimeframe;

		private @Nullable Boolean isPreorder;

		private @Nullable Boolean isReorder;

		private @Nullable ShippingIndicator shippingIndicator;

		private @Nullable ReorderItemsIndicator reorderItemsIndicator;

		private @Nullable PreOrderPurchaseIndicator preOrderPurchaseIndicator;

		private @Nullable Instant preOrderDate;

		private @Nullable String giftCardAmount;

		private @Nullable Currency giftCardCurrency;

		private @Nullable String giftCardCount;

		private Builder() {
		}

		/**
		 * Sets {@code delivery_email}; see {@link MerchantRiskInfo#getDeliveryEmail()}.
		 * @param deliveryEmail the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder deliveryEmail(@Nullable String deliveryEmail) {
			this.deliveryEmail = deliveryEmail;
			return this;
		}

		/**
		 * Sets {@code delivery_timeframe}; see
		 * {@link MerchantRiskInfo#getDeliveryTimeframe()}.
		 * @param deliveryTimeframe the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder deliveryTimeframe(@Nullable DeliveryTimeframe deliveryTimeframe) {
			this.deliveryTimeframe = deliveryTimeframe;
			return this;
		}

		/**
		 * Sets {@code is_preorder}; see {@link MerchantRiskInfo#getIsPreorder()}.
		 * @param isPreorder the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder isPreorder(@Nullable Boolean isPreorder) {
			this.isPreorder = isPreorder;
			return this;
		}

		/**
		 * Sets {@code is_reorder}; see {@link MerchantRiskInfo#getIsReorder()}.
		 * @param isReorder the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder isReorder(@Nullable Boolean isReorder) {
			this.isReorder = isReorder;
			return this;
		}

		/**
		 * Sets {@code shipping_indicator}; see
		 * {@link MerchantRiskInfo#getShippingIndicator()}.
		 * @param shippingIndicator the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder shippingIndicator(@Nullable ShippingIndicator shippingIndicator) {
			this.shippingIndicator = shippingIndicator;
			return this;
		}

		/**
		 * Sets {@code reorder_items_indicator}; see
		 * {@link MerchantRiskInfo#getReorderItemsIndicator()}.
		 * @param reorderItemsIndicator the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder reorderItemsIndicator(@Nullable ReorderItemsIndicator reorderItemsIndicator) {
			this.reorderItemsIndicator = reorderItemsIndicator;
			return this;
		}

		/**
		 * Sets {@code pre_order_purchase_indicator}; see
		 * {@link MerchantRiskInfo#getPreOrderPurchaseIndicator()}.
		 * @param preOrderPurchaseIndicator the value, or {@code null} to leave the field
		 * out
		 * @return this builder
		 */
		public Builder preOrderPurchaseIndicator(@Nullable PreOrderPurchaseIndicator preOrderPurchaseIndicator) {
			this.preOrderPurchaseIndicator = preOrderPurchaseIndicator;
			return this;
		}

		/**
		 * Sets {@code pre_order_date}; see {@link MerchantRiskInfo#getPreOrderDate()}.
		 * @param preOrderDate the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder preOrderDate(@Nullable Instant preOrderDate) {
			this.preOrderDate = preOrderDate;
			return this;
		}

		/**
		 * Sets {@code gift_card_amount}; see
		 * {@link MerchantRiskInfo#getGiftCardAmount()}.
		 * @param giftCardAmount the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder giftCardAmount(@Nullable String giftCardAmount) {
			this.giftCardAmount = giftCardAmount;
			return this;
		}

		/**
		 * Sets {@code gift_card_currency}; see
		 * {@link MerchantRiskInfo#getGiftCardCurrency()}.
		 * @param giftCardCurrency the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder giftCardCurrency(@Nullable Currency giftCardCurrency) {
			this.giftCardCurrency = giftCardCurrency;
			return this;
		}

		/**
		 * Sets {@code gift_card_count}; see {@link MerchantRiskInfo#getGiftCardCount()}.
		 * @param giftCardCount the value, or {@code null} to leave the field out
		 * @return this builder
		 */
		public Builder giftCardCount(@Nullable String giftCardCount) {
			this.giftCardCount = giftCardCount;
			return this;
		}

		/**
		 * {@return a new immutable {@link MerchantRiskInfo} with the values set so far}
		 * Nothing is checked here; the API validates the values.
		 */
		public MerchantRiskInfo build() {
			return new MerchantRiskInfo(this);
		}

	}

	/**
	 * {@return the e-mail address for electronic delivery} API field
	 * {@code delivery_email}; optional, at most 254 characters.
	 */
	public @Nullable String getDeliveryEmail() {
		return deliveryEmail;
	}

	/**
	 * {@return how soon the goods are delivered} API field {@code delivery_timeframe};
	 * optional.
	 */
	public @Nullable DeliveryTimeframe getDeliveryTimeframe() {
		return deliveryTimeframe;
	}

	/**
	 * {@return whether the order is for goods not yet available} API field
	 * {@code is_preorder}; optional.
	 */
	public @Nullable Boolean getIsPreorder() {
		return isPreorder;
	}

	/**
	 * {@return whether the cardholder ordered the same items before} API field
	 * {@code is_reorder}; optional.
	 */
	public @Nullable Boolean getIsReorder() {
		return isReorder;
	}

	/**
	 * {@return the shipping method} API field {@code shipping_indicator}; optional.
	 */
	public @Nullable ShippingIndicator getShippingIndicator() {
		return shippingIndicator;
	}

	/**
	 * {@return whether the items are ordered for the first time or again} API field
	 * {@code reorder_items_indicator}; optional.
	 */
	public @Nullable ReorderItemsIndicator getReorderItemsIndicator() {
		return reorderItemsIndicator;
	}

	/**
	 * {@return whether the goods are available now or in future} API field
	 * {@code pre_order_purchase_indicator}; optional.
	 */
	public @Nullable PreOrderPurchaseIndicator getPreOrderPurchaseIndicator() {
		return preOrderPurchaseIndicator;
	}

	/**
	 * {@return when pre-ordered goods are expected to be available, in UTC} API field
	 * {@code pre_order_date}; optional.
	 */
	public @Nullable Instant getPreOrderDate() {
		return preOrderDate;
	}

	/**
	 * {@return the total amount of prepaid or gift cards bought, in major units (unlike
	 * {@code amount}), as a string} API field {@code gift_card_amount}; optional, at most
	 * 15 characters.
	 */
	public @Nullable String getGiftCardAmount() {
		return giftCardAmount;
	}

	/**
	 * {@return the ISO 4217 currency of {@link #getGiftCardAmount()}} API field
	 * {@code gift_card_currency}; optional.
	 */
	public @Nullable Currency getGiftCardCurrency() {
		return giftCardCurrency;
	}

	/**
	 * {@return the number of prepaid or gift cards bought, as a string} API field
	 * {@code gift_card_count}; optional.
	 */
	public @Nullable String getGiftCardCount() {
		return giftCardCount;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("MerchantRiskInfo").add("deliveryEmail", Redact.email(deliveryEmail))
			.add("deliveryTimeframe", deliveryTimeframe)
			.add("isPreorder", isPreorder)
			.add("isReorder", isReorder)
			.add("shippingIndicator", shippingIndicator)
			.add("reorderItemsIndicator", reorderItemsIndicator)
			.add("preOrderPurchaseIndicator", preOrderPurchaseIndicator)
			.add("preOrderDate", preOrderDate)
			.add("giftCardAmount", giftCardAmount)
			.add("giftCardCurrency", giftCardCurrency)
			.add("giftCardCount", giftCardCount)
			.add("additionalProperties", getAdditionalProperties().keySet())
			.toString();
	}

}
