package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Reason for a merchant-initiated (3RI) authentication ({@code request_type}).
 *
 * @since 0.1.0
 */
public final class RequestType extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<RequestType> REGISTRY = new OpenEnumRegistry<>(RequestType::new);

	/** {@code recurring_transaction}: a payment of a recurring series. */
	public static final RequestType RECURRING_TRANSACTION = REGISTRY.register("recurring_transaction");

	/** {@code installment_transaction}: a payment of an installment plan. */
	public static final RequestType INSTALLMENT_TRANSACTION = REGISTRY.register("installment_transaction");

	/** {@code add_card}: a card is added to the account. */
	public static final RequestType ADD_CARD = REGISTRY.register("add_card");

	/** {@code maintain_card_information}: card details kept on file are refreshed. */
	public static final RequestType MAINTAIN_CARD_INFORMATION = REGISTRY.register("maintain_card_information");

	/** {@code account_verification}: the account is verified. */
	public static final RequestType ACCOUNT_VERIFICATION = REGISTRY.register("account_verification");

	/**
	 * {@code split_or_delayed_shipment}: a later payment for a split or delayed shipment.
	 */
	public static final RequestType SPLIT_OR_DELAYED_SHIPMENT = REGISTRY.register("split_or_delayed_shipment");

	/** {@code top_up}: a top-up. */
	public static final RequestType TOP_UP = REGISTRY.register("top_up");

	/** {@code mail_order}: a mail order. */
	public static final RequestType MAIL_ORDER = REGISTRY.register("mail_order");

	/** {@code telephone_order}: a telephone order. */
	public static final RequestType TELEPHONE_ORDER = REGISTRY.register("telephone_order");

	/**
	 * {@code whitelist_status_check}: checks whether the cardholder listed the merchant
	 * as trusted.
	 */
	public static final RequestType WHITELIST_STATUS_CHECK = REGISTRY.register("whitelist_status_check");

	/** {@code other_payment}: another merchant-initiated payment. */
	public static final RequestType OTHER_PAYMENT = REGISTRY.register("other_payment");

	private RequestType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code request_type}, such as
	 * {@code "recurring_transaction"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static RequestType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<RequestType> values() {
		return REGISTRY.values();
	}

}
