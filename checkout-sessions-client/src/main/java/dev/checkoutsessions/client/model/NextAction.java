package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * What the merchant must do next with a session ({@code next_actions}).
 * {@code authenticate} is a 3DS1 leftover.
 *
 * @since 0.1.0
 */
public final class NextAction extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<NextAction> REGISTRY = new OpenEnumRegistry<>(NextAction::new);

	/**
	 * {@code collect_channel_data}: send browser, app or merchant-initiated data with
	 * {@code PUT /sessions/{id}/collect-data}.
	 */
	public static final NextAction COLLECT_CHANNEL_DATA = REGISTRY.register("collect_channel_data");

	/**
	 * {@code issuer_fingerprint}: run the 3DS Method URL in a hidden iframe (at most 10
	 * seconds), then report the outcome with {@code PUT
	 * /sessions/{id}/issuer-fingerprint}; browser only.
	 */
	public static final NextAction ISSUER_FINGERPRINT = REGISTRY.register("issuer_fingerprint");

	/**
	 * {@code challenge_cardholder}: show the ACS challenge (browser: post the CReq to
	 * {@code acs.url}; app: through the 3DS SDK), then read the session again.
	 */
	public static final NextAction CHALLENGE_CARDHOLDER = REGISTRY.register("challenge_cardholder");

	/**
	 * {@code redirect_cardholder}: redirect the browser to the {@code redirect_url} link;
	 * hosted sessions only.
	 */
	public static final NextAction REDIRECT_CARDHOLDER = REGISTRY.register("redirect_cardholder");

	/**
	 * {@code complete}: call {@code POST /sessions/{id}/complete} to have the result
	 * posted to {@code callback_url}; non-hosted sessions only.
	 */
	public static final NextAction COMPLETE = REGISTRY.register("complete");

	/** {@code authenticate}: a 3DS1 leftover: post the PaReq to {@code acs_url}. */
	public static final NextAction AUTHENTICATE = REGISTRY.register("authenticate");

	private NextAction(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code next_actions}, such as
	 * {@code "collect_channel_data"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static NextAction of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<NextAction> values() {
		return REGISTRY.values();
	}

}
