package dev.checkoutsessions.web.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEvent;

import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.model.SessionStatus;

/**
 * A webhook from Checkout.com whose {@code Cko-Signature} verified and whose signed
 * {@code created_on} is within {@code checkout.webhooks.max-age}, published once per
 * event id (Checkout.com delivers at least once and in any order). Every type is
 * published, the {@code authentication_*} ones with typed accessors; the whole payload
 * stays available as a JSON tree, and {@link #getAccount()} says which account's webhook
 * it was (the path it arrived at, whose keys verified it).
 * <p>
 * <strong>Listeners must be idempotent by session id.</strong> An event is published
 * again when its instance died mid-listener (after the claim's lease), and the callback
 * and several webhooks report the same session's outcome: record the outcome keyed by
 * session id, so a repeat changes nothing.
 *
 * <pre>{@code
 * &#64;EventListener
 * void on(CheckoutWebhookEvent event) {
 *     event.getAuthenticationType().filter(AuthenticationEventType::isFinal)
 *         .ifPresent((type) -> orders.authenticationFinished(event.getSessionId().orElseThrow(), type));
 * }
 * }</pre>
 *
 * Listeners run on the request thread before the receiver answers, so a listener that
 * throws makes the receiver answer 503 and give the event id back: Checkout.com's
 * redelivery is published again. While one runs, a redelivery of the same event is
 * answered 409 with {@code Retry-After}, never 2xx. Keep them shorter than
 * {@code checkout.deduplication.lease}.
 *
 * @since 0.1.0
 */
public final class CheckoutWebhookEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final String account;

	private final String id;

	private final String type;

	private final transient JsonNode payload;

	/**
	 * Creates the event from a verified payload of the top-level account's webhook.
	 * @param source the receiver
	 * @param id the event id ({@code evt_…})
	 * @param type the event type
	 * @param payload the whole webhook body
	 */
	public CheckoutWebhookEvent(Object source, String id, String type, JsonNode payload) {
		this(source, SessionsClients.DEFAULT_ACCOUNT, id, type, payload);
	}

	/**
	 * Creates the event from a verified payload of an account's webhook.
	 * @param source the receiver
	 * @param account the account whose keys verified it: a name of
	 * {@code checkout.accounts}, or {@code default} for the top-level account
	 * @param id the event id ({@code evt_…})
	 * @param type the event type
	 * @param payload the whole webhook body
	 * @since 0.2.0
	 */
	public CheckoutWebhookEvent(Object source, String account, String id, String type, JsonNode payload) {
		super(source);
		this.account = account;
		this.id = id;
		this.type = type;
		this.payload = payload;
	}

	/**
	 * The account the webhook was for: it arrived at that account's path and one of that
	 * account's signature keys verified it.
	 * @return a name of {@code checkout.accounts}, or {@code default} for the top-level
	 * account ({@code checkout.webhooks.path} itself)
	 * @since 0.2.0
	 */
	public String getAccount() {
		return this.account;
	}

	/**
	 * The event id, the same on every delivery of one event.
	 * @return the {@code evt_…} id
	 */
	public String getId() {
		return this.id;
	}

	/**
	 * The event type as sent, known or not.
	 * @return for example {@code authentication_approved}
	 */
	public String getType() {
		return this.type;
	}

	/**
	 * The authentication event type, for {@code authentication_*} events.
	 * @return the type, or empty for other events
	 */
	public Optional<AuthenticationEventType> getAuthenticationType() {
		return AuthenticationEventType.of(this.type);
	}

	/**
	 * When Checkout.com created the event ({@code created_on}).
	 * @return the instant, or {@code null} when the payload has none or it is not an
	 * ISO-8601 date-time
	 */
	public @Nullable Instant getCreatedOn() {
		String createdOn = text(this.payload, "created_on");
		if (createdOn == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(createdOn).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The session the event is about: {@code data.session_id}, or {@code data.id} when
	 * that is a session id.
	 * @return the {@code sid_…} id, or empty when the payload names no session
	 */
	public Optional<String> getSessionId() {
		JsonNode data = getData();
		String sessionId = text(data, "session_id");
		if (sessionId != null) {
			return Optional.of(sessionId);
		}
		String id = text(data, "id");
		return (id != null && id.startsWith("sid_")) ? Optional.of(id) : Optional.empty();
	}

	/**
	 * The session status the event reports ({@code data.status}). The webhook is signed,
	 * so this can be trusted; a fresh read with {@code SessionsClient.getSessionDetails}
	 * gives the full session.
	 * @return the status, or empty when the payload has none
	 */
	public Optional<SessionStatus> getSessionStatus() {
		return Optional.ofNullable(text(getData(), "status")).map(SessionStatus::of);
	}

	/**
	 * The event's {@code data} object.
	 * @return the JSON tree; a missing node when the payload has no {@code data}
	 */
	public JsonNode getData() {
		return this.payload.path("data");
	}

	/**
	 * The whole webhook body.
	 * @return the JSON tree
	 */
	public JsonNode getPayload() {
		return this.payload;
	}

	private static @Nullable String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	@Override
	public String toString() {
		return "CheckoutWebhookEvent[" + this.id + ", " + this.type + ", account " + this.account + "]";
	}

}
