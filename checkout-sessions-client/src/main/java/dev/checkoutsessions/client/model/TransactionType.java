package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Transaction type ({@code transaction_type}). {@link #QUASHI_CARD_TRANSACTION} is the
 * misspelling of the 2021 API reference, kept so older payloads stay known.
 *
 * @since 0.1.0
 */
public final class TransactionType extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<TransactionType> REGISTRY = new OpenEnumRegistry<>(TransactionType::new);

	/** {@code goods_service}: goods or services; the default. */
	public static final TransactionType GOODS_SERVICE = REGISTRY.register("goods_service");

	/** {@code check_acceptance}: check acceptance. */
	public static final TransactionType CHECK_ACCEPTANCE = REGISTRY.register("check_acceptance");

	/** {@code account_funding}: funding an account. */
	public static final TransactionType ACCOUNT_FUNDING = REGISTRY.register("account_funding");

	/**
	 * {@code quasi_card_transaction}: a quasi-cash transaction, such as buying chips or
	 * foreign currency.
	 */
	public static final TransactionType QUASI_CARD_TRANSACTION = REGISTRY.register("quasi_card_transaction");

	/** {@code prepaid_activation_and_load}: activating or loading a prepaid card. */
	public static final TransactionType PREPAID_ACTIVATION_AND_LOAD = REGISTRY.register("prepaid_activation_and_load");

	/**
	 * {@code quashi_card_transaction}: the 2021 reference's misspelling of
	 * {@code quasi_card_transaction}, kept so older payloads stay known; send
	 * {@link #QUASI_CARD_TRANSACTION}.
	 */
	public static final TransactionType QUASHI_CARD_TRANSACTION = REGISTRY.register("quashi_card_transaction");

	private TransactionType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code transaction_type}, such as
	 * {@code "goods_service"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static TransactionType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<TransactionType> values() {
		return REGISTRY.values();
	}

}
