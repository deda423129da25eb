package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * What the merchant must do next with a session ({@code next_actions}). {@code authenticate} is a 3DS1 leftover.
 *
 * @since 0.1.0
 */
public final class NextAction extends OpenEnum {

	private static final long serialVersionUID = 1L;
	private static final OpenEnumRegistry<NextAction> REGISTRY = new OpenEnumRegistry<>(NextAction::new);

	public static final NextAction COLLECT_CHANNEL_DATA = REGISTRY.register("collect_channel_data");
	public static final NextAction ISSUER_FINGERPRINT = REGISTRY.register("issuer_fingerprint");
	public static final NextAction CHALLENGE_CARDHOLDER = REGISTRY.register("challenge_cardholder");
	public static final NextAction REDIRECT_CARDHOLDER = REGISTRY.register("redirect_cardholder");
	public static final NextAction COMPLETE = REGISTRY.register("complete");
	public static final NextAction AUTHENTICATE = REGISTRY.register("authenticate");

	private NextAction(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static NextAction of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<NextAction> values() {
		return REGISTRY.values();
	}
}
