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

	public static Builder builder() {
		return new Builder();
	}

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

		public Builder deliveryEmail(@Nullable String deliveryEmail) {
			this.deliveryEmail = deliveryEmail;
			return this;
		}

		public Builder deliveryTimeframe(@Nullable DeliveryTimeframe deliveryTimeframe) {
			this.deliveryTimeframe = deliveryTimeframe;
			return this;
		}

		public Builder isPreorder(@Nullable Boolean isPreorder) {
			this.isPreorder = isPreorder;
			return this;
		}

		public Builder isReorder(@Nullable Boolean isReorder) {
			this.isReorder = isReorder;
			return this;
		}

		public Builder shippingIndicator(@Nullable ShippingIndicator shippingIndicator) {
			this.shippingIndicator = shippingIndicator;
			return this;
		}

		public Builder reorderItemsIndicator(@Nullable ReorderItemsIndicator reorderItemsIndicator) {
			this.reorderItemsIndicator = reorderItemsIndicator;
			return this;
		}

		public Builder preOrderPurchaseIndicator(@Nullable PreOrderPurchaseIndicator preOrderPurchaseIndicator) {
			this.preOrderPurchaseIndicator = preOrderPurchaseIndicator;
			return this;
		}

		public Builder preOrderDate(@Nullable Instant preOrderDate) {
			this.preOrderDate = preOrderDate;
			return this;
		}

		public Builder giftCardAmount(@Nullable String giftCardAmount) {
			this.giftCardAmount = giftCardAmount;
			return this;
		}

		public Builder giftCardCurrency(@Nullable Currency giftCardCurrency) {
			this.giftCardCurrency = giftCardCurrency;
			return this;
		}

		public Builder giftCardCount(@Nullable String giftCardCount) {
			this.giftCardCount = giftCardCount;
			return this;
		}

		public MerchantRiskInfo build() {
			return new MerchantRiskInfo(this);
		}
	}

	public @Nullable String getDeliveryEmail() {
		return deliveryEmail;
	}

	public @Nullable DeliveryTimeframe getDeliveryTimeframe() {
		return deliveryTimeframe;
	}

	public @Nullable Boolean getIsPreorder() {
		return isPreorder;
	}

	public @Nullable Boolean getIsReorder() {
		return isReorder;
	}

	public @Nullable ShippingIndicator getShippingIndicator() {
		return shippingIndicator;
	}

	public @Nullable ReorderItemsIndicator getReorderItemsIndicator() {
		return reorderItemsIndicator;
	}

	public @Nullable PreOrderPurchaseIndicator getPreOrderPurchaseIndicator() {
		return preOrderPurchaseIndicator;
	}

	public @Nullable Instant getPreOrderDate() {
		return preOrderDate;
	}

	/** Total gift card amount in major units. */
	public @Nullable String getGiftCardAmount() {
		return giftCardAmount;
	}

	public @Nullable Currency getGiftCardCurrency() {
		return giftCardCurrency;
	}

	public @Nullable String getGiftCardCount() {
		return giftCardCount;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("MerchantRiskInfo")
				.add("deliveryEmail", Redact.email(deliveryEmail))
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
