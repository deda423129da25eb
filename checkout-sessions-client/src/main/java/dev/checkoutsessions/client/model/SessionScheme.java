package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Card scheme ({@code scheme}).
 *
 * @since 0.1.0
 */
public final class SessionScheme extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<SessionScheme> REGISTRY = new OpenEnumRegistry<>(SessionScheme::new);

	/** {@code visa}: Visa. */
	public static final SessionScheme VISA = REGISTRY.register("visa");

	/** {@code mastercard}: Mastercard. */
	public static final SessionScheme MASTERCARD = REGISTRY.register("mastercard");

	/** {@code jcb}: JCB. */
	public static final SessionScheme JCB = REGISTRY.register("jcb");

	/** {@code amex}: American Express. */
	public static final SessionScheme AMEX = REGISTRY.register("amex");

	/** {@code diners}: Diners Club. */
	public static final SessionScheme DINERS = REGISTRY.register("diners");

	/** {@code cartes_bancaires}: Cartes Bancaires. */
	public static final SessionScheme CARTES_BANCAIRES = REGISTRY.register("cartes_bancaires");

	/** {@code discover}: Discover. */
	public static final SessionScheme DISCOVER = REGISTRY.register("discover");

	/** {@code upi}: UnionPay International. */
	public static final SessionScheme UPI = REGISTRY.register("upi");

	private SessionScheme(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code scheme}, such as {@code "visa"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SessionScheme of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<SessionScheme> values() {
		return REGISTRY.values();
	}

}
