package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Age of the cardholder's account ({@code account_info.cardholder_account_age_indicator}).
 *
 * @since 0.1.0
 */
public final class CardholderAccountAgeIndicator extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<CardholderAccountAgeIndicator> REGISTRY = new OpenEnumRegistry<>(CardholderAccountAgeIndicator::new);

	public static final CardholderAccountAgeIndicator NO_ACCOUNT = REGISTRY.register("no_account");
	public static final CardholderAccountAgeIndicator THIS_TRANSACTION = REGISTRY.register("this_transaction");
	public static final CardholderAccountAgeIndicator LESS_THAN_THIRTY_DAYS = REGISTRY.register("less_than_thirty_days");
	public static final CardholderAccountAgeIndicator THIRTY_TO_SIXTY_DAYS = REGISTRY.register("thirty_to_sixty_days");
	public static final CardholderAccountAgeIndicator MORE_THAN_SIXTY_DAYS = REGISTRY.register("more_than_sixty_days");

	private CardholderAccountAgeIndicator(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CardholderAccountAgeIndicator of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<CardholderAccountAgeIndicator> values() {
		return REGISTRY.values();
	}
}
