package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Transaction type ({@code transaction_type}). {@link #QUASHI_CARD_TRANSACTION} is the misspelling of the 2021 API reference, kept so older payloads stay known.
 *
 * @since 0.1.0
 */
public final class TransactionType extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<TransactionType> REGISTRY = new OpenEnumRegistry<>(TransactionType::new);

	public static final TransactionType GOODS_SERVICE = REGISTRY.register("goods_service");
	public static final TransactionType CHECK_ACCEPTANCE = REGISTRY.register("check_acceptance");
	public static final TransactionType ACCOUNT_FUNDING = REGISTRY.register("account_funding");
	public static final TransactionType QUASI_CARD_TRANSACTION = REGISTRY.register("quasi_card_transaction");
	public static final TransactionType PREPAID_ACTIVATION_AND_LOAD = REGISTRY.register("prepaid_activation_and_load");
	public static final TransactionType QUASHI_CARD_TRANSACTION = REGISTRY.register("quashi_card_transaction");

	private TransactionType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TransactionType of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<TransactionType> values() {
		return REGISTRY.values();
	}
}
