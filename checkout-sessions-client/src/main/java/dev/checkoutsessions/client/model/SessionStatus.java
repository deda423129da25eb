package dev.checkoutsessions.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * Status of a session ({@code status}).
 *
 * @since 0.1.0
 */
public final class SessionStatus extends OpenEnum {

	private static final long serialVersionUID = 1L;

	private static final OpenEnumRegistry<SessionStatus> REGISTRY = new OpenEnumRegistry<>(SessionStatus::new);

	/** {@code pending}: waiting for the merchant: see {@code next_actions}; not final. */
	public static final SessionStatus PENDING = REGISTRY.register("pending");

	/** {@code processing}: talking to the Directory Server or ACS; not final. */
	public static final SessionStatus PROCESSING = REGISTRY.register("processing");

	/**
	 * {@code challenged}: waiting for the cardholder to complete the challenge; not
	 * final.
	 */
	public static final SessionStatus CHALLENGED = REGISTRY.register("challenged");

	/**
	 * {@code challenge_abandoned}: the cardholder did not complete the challenge; final.
	 */
	public static final SessionStatus CHALLENGE_ABANDONED = REGISTRY.register("challenge_abandoned");

	/** {@code expired}: the session timed out; final. */
	public static final SessionStatus EXPIRED = REGISTRY.register("expired");

	/** {@code approved}: authenticated ({@code response_code} {@code Y}); final. */
	public static final SessionStatus APPROVED = REGISTRY.register("approved");

	/**
	 * {@code attempted}: authentication attempted ({@code response_code} {@code A});
	 * final.
	 */
	public static final SessionStatus ATTEMPTED = REGISTRY.register("attempted");

	/**
	 * {@code unavailable}: authentication could not be performed ({@code response_code}
	 * {@code U}); final.
	 */
	public static final SessionStatus UNAVAILABLE = REGISTRY.register("unavailable");

	/**
	 * {@code declined}: not authenticated ({@code response_code} {@code N}) or declined
	 * by risk rules; final.
	 */
	public static final SessionStatus DECLINED = REGISTRY.register("declined");

	/**
	 * {@code rejected}: rejected by the issuer ({@code response_code} {@code R}); final.
	 */
	public static final SessionStatus REJECTED = REGISTRY.register("rejected");

	private SessionStatus(String value, boolean known) {
		super(value, known);
	}

	/**
	 * {@return the constant for a known value, or a new instance keeping the raw text of
	 * an unknown one}
	 * @param value the wire text of {@code status}, such as {@code "pending"}
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SessionStatus of(String value) {
		return REGISTRY.of(value);
	}

	/**
	 * {@return the values known to this library, in declaration order}
	 */
	public static List<SessionStatus> values() {
		return REGISTRY.values();
	}

	/**
	 * {@return whether the session reached an outcome that no further action changes}
	 * Unknown values are treated as not final, so a poller keeps asking rather than
	 * stopping on a state it does not understand.
	 */
	public boolean isFinal() {
		return this == APPROVED || this == ATTEMPTED || this == UNAVAILABLE || this == DECLINED || this == REJECTED
				|| this == CHALLENGE_ABANDONED || this == EXPIRED;
	}

}
