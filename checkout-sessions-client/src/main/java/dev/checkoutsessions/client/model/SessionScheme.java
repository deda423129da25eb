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

	public static final SessionScheme VISA = REGISTRY.register("visa");
	public static final SessionScheme MASTERCARD = REGISTRY.register("mastercard");
	public static final SessionScheme JCB = REGISTRY.register("jcb");
	public static final SessionScheme AMEX = REGISTRY.register("amex");
	public static final SessionScheme DINERS = REGISTRY.register("diners");
	public static final SessionScheme CARTES_BANCAIRES = REGISTRY.register("cartes_bancaires");
	public static final SessionScheme DISCOVER = REGISTRY.register("discover");
	public static final SessionScheme UPI = REGISTRY.register("upi");

	private SessionScheme(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SessionScheme of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<SessionScheme> values() {
		return REGISTRY.values();
	}
}
