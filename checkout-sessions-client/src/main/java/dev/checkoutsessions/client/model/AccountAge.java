package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Age of the cardholder's account with the merchant ({@code account_info.account_age}).
 *
 * @since 0.1.0
 */
public final class AccountAge extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<AccountAge> REGISTRY = new OpenEnumRegistry<>(AccountAge::new);

	/** {@code no_account}: the cardholder checks out as a guest, without an account. */
	public static final AccountAge NO_ACCOUNT = REGISTRY.register("no_account");

	/**
	 * {@code created_during_transaction}: the account was created during this checkout.
	 */
	public static final AccountAge CREATED_DURING_TRANSACTION = REGISTRY.register("created_during_transaction");

	/** {@code less_than_thirty_days}: the account is less than 30 days old. */
	public static final AccountAge LESS_THAN_THIRTY_DAYS = REGISTRY.register("less_than_thirty_days");

	/** {@code thirty_to_sixty_days}: the account is 30 to 60 days old. */
	public static final AccountAge THIRTY_TO_SIXTY_DAYS = REGISTRY.register("thirty_to_sixty_days");

	/** {@code more_than_sixty_days}: the account is more than 60 days old. */
	public static final AccountAge MORE_THAN_SIXTY_DAYS = REGISTRY.register("more_than_sixty_days");

	private AccountAge(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code account_info.account_age}, such as
	 * {@code "no_account"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AccountAge of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<AccountAge> values() {
		return REGISTRY.values();
	}

}
