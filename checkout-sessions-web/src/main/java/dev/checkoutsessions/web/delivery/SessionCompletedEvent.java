package dev.checkoutsessions.web.delivery;

import org.springframework.context.ApplicationEvent;

import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.model.GetSessionResponse;

/**
 * A session was completed and Checkout.com posted its result to the {@code callback_url}.
 * Published once per session however often the callback arrives, and only when the
 * session read back is final and {@code completed}. The callback body is not signed, so
 * nothing in it is trusted but the session id: {@link #getSession()} is what the receiver
 * then read from the API with OAuth, status, ECI and cryptogram included, through the
 * account {@link #getAccount()} names.
 * <p>
 * <strong>Listeners must be idempotent by session id.</strong> The event is published
 * again when its instance died mid-listener or the listener threw, and with the in-memory
 * deduplication store after a restart or on another instance: act once per session id,
 * for example by recording the outcome only if none is recorded yet.
 *
 * <pre>{@code
 * &#64;EventListener
 * void on(SessionCompletedEvent event) {
 *     // approved is null on some statuses: TRUE.equals, never unboxing.
 *     if (Boolean.TRUE.equals(event.getSession().getApproved())
 *             && outcomes.putIfAbsent(event.getSessionId(), event.getSession()) == null) {
 *         … authorise the payment once with event.getSession().getCryptogram() …
 *     }
 * }
 * }</pre>
 *
 * Listeners run on the callback receiver's own bounded executor, after the receiver has
 * answered Checkout.com. One that throws gives the claim back, so a later callback
 * publishes the session again.
 *
 * @since 0.1.0
 */
public final class SessionCompletedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final transient GetSessionResponse session;

	private final String sessionId;

	private final String account;

	/**
	 * Creates the event for a session of the top-level account.
	 * @param source the receiver that read the session
	 * @param session the session as read from the API with OAuth
	 * @throws IllegalArgumentException if the session has no id
	 */
	public SessionCompletedEvent(Object source, GetSessionResponse session) {
		this(source, SessionsClients.DEFAULT_ACCOUNT, session);
	}

	/**
	 * Creates the event for a session of an account.
	 * @param source the receiver that read the session
	 * @param account the account the session was read through: a name of
	 * {@code checkout.accounts}, or {@code default} for the top-level account
	 * @param session the session as read from the API with OAuth
	 * @throws IllegalArgumentException if the session has no id
	 * @since 0.2.0
	 */
	public SessionCompletedEvent(Object source, String account, GetSessionResponse session) {
		super(source);
		String id = session.getId();
		if (id == null) {
			throw new IllegalArgumentException("session must carry its id (GetSessionResponse.getId() is null)");
		}
		this.session = session;
		this.sessionId = id;
		this.account = account;
	}

	/**
	 * The session as read from the API with OAuth after the callback, never the callback
	 * body.
	 * @return the session
	 */
	public GetSessionResponse getSession() {
		return this.session;
	}

	/**
	 * The session id.
	 * @return the {@code sid_…} id
	 */
	public String getSessionId() {
		return this.sessionId;
	}

	/**
	 * The account the session was read through, the one that created it (through any
	 * other the session is not found).
	 * @return a name of {@code checkout.accounts}, or {@code default} for the top-level
	 * account
	 * @since 0.2.0
	 */
	public String getAccount() {
		return this.account;
	}

	@Override
	public String toString() {
		return "SessionCompletedEvent[" + this.sessionId + ", " + this.session.getStatus() + ", account " + this.account
				+ "]";
	}

}
