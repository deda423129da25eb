package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Card product account type ({@code account_info.account_type}).
 *
 * @since 0.1.0
 */
public final class AccountType extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<AccountType> REGISTRY = new OpenEnumRegistry<>(AccountType::new);

	/** {@code not_applicable}: the card has no separate credit or debit account. */
	public static final AccountType NOT_APPLICABLE = REGISTRY.register("not_applicable");

	/** {@code credit}: a credit account. */
	public static final AccountType CREDIT = REGISTRY.register("credit");

	/** {@code debit}: a debit account. */
	public static final AccountType DEBIT = REGISTRY.register("debit");

	private AccountType(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code account_info.account_type}, such as
	 * {@code "not_applicable"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AccountType of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<AccountType> values() {
		return REGISTRY.values();
	}

}
