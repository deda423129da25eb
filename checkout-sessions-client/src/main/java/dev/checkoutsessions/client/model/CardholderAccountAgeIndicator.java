package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Age of the cardholder's account
 * ({@code account_info.cardholder_account_age_indicator}).
 *
 * @since 0.1.0
 */
public final class CardholderAccountAgeIndicator extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<CardholderAccountAgeIndicator> REGISTRY = new OpenEnumRegistry<>(
			CardholderAccountAgeIndicator::new);

	/** {@code no_account}: the cardholder has no account (guest checkout). */
	public static final CardholderAccountAgeIndicator NO_ACCOUNT = REGISTRY.register("no_account");

	/** {@code this_transaction}: the account was created during this checkout. */
	public static final CardholderAccountAgeIndicator THIS_TRANSACTION = REGISTRY.register("this_transaction");

	/** {@code less_than_thirty_days}: the account is less than 30 days old. */
	public static final CardholderAccountAgeIndicator LESS_THAN_THIRTY_DAYS = REGISTRY
		.register("less_than_thirty_days");

	/** {@code thirty_to_sixty_days}: the account is 30 to 60 days old. */
	public static final CardholderAccountAgeIndicator THIRTY_TO_SIXTY_DAYS = REGISTRY.register("thirty_to_sixty_days");

	/** {@code more_than_sixty_days}: the account is more than 60 days old. */
	public static final CardholderAccountAgeIndicator MORE_THAN_SIXTY_DAYS = REGISTRY.register("more_than_sixty_days");

	private CardholderAccountAgeIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of
	 * {@code account_info.cardholder_account_age_indicator}, such as {@code "no_account"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CardholderAccountAgeIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<CardholderAccountAgeIndicator> values() {
		return REGISTRY.values();
	}

}
