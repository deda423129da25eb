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

	public static final RequestType RECURRING_TRANSACTION = REGISTRY.register("recurring_transaction");
	public static final RequestType INSTALLMENT_TRANSACTION = REGISTRY.register("installment_transaction");
	public static final RequestType ADD_CARD = REGISTRY.register("add_card");
	public static final RequestType MAINTAIN_CARD_INFORMATION = REGISTRY.register("maintain_card_information");
	public static final RequestType ACCOUNT_VERIFICATION = REGISTRY.register("account_verification");
	public static final RequestType SPLIT_OR_DELAYED_SHIPMENT = REGISTRY.register("split_or_delayed_shipment");
	public static final RequestType TOP_UP = REGISTRY.register("top_up");
	public static final RequestType MAIL_ORDER = REGISTRY.register("mail_order");
	public static final RequestType TELEPHONE_ORDER = REGISTRY.register("telephone_order");
	public static final RequestType WHITELIST_STATUS_CHECK = REGISTRY.register("whitelist_status_check");
	public static final RequestType OTHER_PAYMENT = REGISTRY.register("other_payment");

	private RequestType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static RequestType of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<RequestType> values() {
		return REGISTRY.values();
	}
}
