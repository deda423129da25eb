package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Last change of the cardholder's account
 * ({@code account_info.account_change_indicator}).
 *
 * @since 0.1.0
 */
public final class AccountChangeIndicator extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<AccountChangeIndicator> REGISTRY = new OpenEnumRegistry<>(
			AccountChangeIndicator::new);

	/** {@code this_transaction}: the account was changed during this checkout. */
	public static final AccountChangeIndicator THIS_TRANSACTION = REGISTRY.register("this_transaction");

	/**
	 * {@code less_than_thirty_days}: the account was last changed less than 30 days ago.
	 */
	public static final AccountChangeIndicator LESS_THAN_THIRTY_DAYS = REGISTRY.register("less_than_thirty_days");

	/** {@code thirty_to_sixty_days}: the account was last changed 30 to 60 days ago. */
	public static final AccountChangeIndicator THIRTY_TO_SIXTY_DAYS = REGISTRY.register("thirty_to_sixty_days");

	/**
	 * {@code more_than_sixty_days}: the account was last changed more than 60 days ago.
	 */
	public static final AccountChangeIndicator MORE_THAN_SIXTY_DAYS = REGISTRY.register("more_than_sixty_days");

	private AccountChangeIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code account_info.account_change_indicator}, such
	 * as {@code "this_transaction"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AccountChangeIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<AccountChangeIndicator> values() {
		return REGISTRY.values();
	}

}
