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

	public static final SessionStatus PENDING = REGISTRY.register("pending");
	public static final SessionStatus PROCESSING = REGISTRY.register("processing");
	public static final SessionStatus CHALLENGED = REGISTRY.register("challenged");
	public static final SessionStatus CHALLENGE_ABANDONED = REGISTRY.register("challenge_abandoned");
	public static final SessionStatus EXPIRED = REGISTRY.register("expired");
	public static final SessionStatus APPROVED = REGISTRY.register("approved");
	public static final SessionStatus ATTEMPTED = REGISTRY.register("attempted");
	public static final SessionStatus UNAVAILABLE = REGISTRY.register("unavailable");
	public static final SessionStatus DECLINED = REGISTRY.register("declined");
	public static final SessionStatus REJECTED = REGISTRY.register("rejected");

	private SessionStatus(String value, boolean known) {
		super(value, known);
	}

	/**
	 * The constant for a known value, or a new instance keeping the raw text of an unknown one.
	 *
	 * @throws IllegalArgumentException if {@code value} is null or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SessionStatus of(String value) {
		return REGISTRY.of(value);
	}

	/** The values known to this library, in declaration order. */
	public static List<SessionStatus> values() {
		return REGISTRY.values();
	}

	/**
	 * Whether the session reached an outcome that no further action changes. Unknown values are treated as not
	 * final, so a poller keeps asking rather than stopping on a state it does not understand.
	 */
	public boolean isFinal() {
		return this == APPROVED || this == ATTEMPTED || this == UNAVAILABLE || this == DECLINED || this == REJECTED
				|| this == CHALLENGE_ABANDONED || this == EXPIRED;
	}
}
