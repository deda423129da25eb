package dev.checkoutsessions.web.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;

import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The webhook receiver, whichever web stack serves it ({@link ServletWebhookEndpoint},
 * {@link ReactiveWebhookEndpoint}): finds the account the path names (the top-level one
 * at {@code checkout.webhooks.path}, a configured one at {@code …/<name>}; 404 for any
 * other), checks that account's optional {@code Authorization} value, verifies
 * {@code Cko-Signature} over the raw bytes with that account's keys only (any of them,
 * each in constant time), refuses events whose signed {@code created_on} is older than
 * {@code checkout.webhooks.max-age} (replays), parses the event and publishes a
 * {@link CheckoutWebhookEvent} once per event id. Every type is published, known or not;
 * nothing a sender does produces a 500. A delivery whose event is being processed
 * elsewhere gets 409 with {@code Retry-After}, never 2xx, because that first delivery may
 * still fail; a failing listener gives 503 and the claim is given back, so Checkout.com's
 * retry is published again. Rejections carry a problem detail that never echoes the body
 * or the expected values.
 */
final class WebhookReceiver {

	private static final Log logger = LogFactory.getLog(WebhookReceiver.class);

	private final ApplicationEventPublisher publisher;

	private final DeliveryDeduplicator deduplicator;

	private final DeliveryMetrics metrics;

	private final WebhookAccounts accounts;

	private final int maxBodyBytes;

	private final Duration maxAge;

	private final Clock clock;

	WebhookReceiver(ApplicationEventPublisher publisher, DeliveryDeduplicator deduplicator, DeliveryMetrics metrics,
			WebhookAccounts accounts, int maxBodyBytes, Duration maxAge, Clock clock) {
		this.publisher = publisher;
		this.deduplicator = deduplicator;
		this.metrics = metrics;
		this.accounts = accounts;
		this.maxBodyBytes = maxBodyBytes;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/**
	 * What is checked before the body is read: the account, its optional
	 * {@code Authorization} value and the content type. Counts the delivery as received.
	 * @param account the account the path names, {@code null} for the top-level path
	 * @return the rejection, or {@code null} when the body is to be read
	 */
	@Nullable ResponseEntity<?> refuseBeforeReading(String instance, @Nullable String account, @Nullable String authorization,
			@Nullable String contentType) {
		this.metrics.received();
		WebhookAccount receiving = this.accounts.find(account);
		if (receiving == null) {
			return reject(Rejection.UNKNOWN_ACCOUNT, instance);
		}
		if (!receiving.authorized(authorization)) {
			return reject(Rejection.UNAUTHORIZED_HEADER, instance);
		}
		if (!DeliveryBodies.isJson(contentType)) {
			return reject(Rejection.UNSUPPORTED_MEDIA_TYPE, instance);
		}
		return null;
	}

	/** The most bytes of a body this receiver reads. */
	int maxBodyBytes() {
		return this.maxBodyBytes;
	}

	/** The answer to a body the client stopped sending. */
	ResponseEntity<?> unreadable(String instance) {
		return reject(Rejection.MALFORMED, instance);
	}

	/**
	 * Verifies, deduplicates and publishes a delivery whose body was read. Blocking: the
	 * deduplication store and the listeners run on the calling thread.
	 * @param account the account the path names, {@code null} for the top-level path
	 * @param body the raw body, {@code null} when it was longer than
	 * {@link #maxBodyBytes()}
	 */
	ResponseEntity<?> receive(String instance, @Nullable String account, @Nullable String signature,
			byte @Nullable [] body) {
		WebhookAccount receiving = this.accounts.find(account);
		if (receiving == null) {
			return reject(Rejection.UNKNOWN_ACCOUNT, instance);
		}
		if (body == null) {
			return reject(Rejection.TOO_LARGE, instance);
		}
		if (signature == null || signature.isBlank()) {
			return reject(Rejection.MISSING_SIGNATURE, instance);
		}
		if (!receiving.signed(body, signature)) {
			return reject(Rejection.INVALID_SIGNATURE, instance);
		}
		JsonNode payload = DeliveryBodies.parseObject(body);
		if (payload == null) {
			return reject(Rejection.MALFORMED, instance);
		}
		String id = DeliveryBodies.text(payload, "id");
		String type = DeliveryBodies.text(payload, "type");
		if (id == null || id.isBlank() || id.length() > 100 || type == null || type.isBlank()) {
			return reject(Rejection.MISSING_FIELD, instance);
		}
		Instant createdOn = createdOn(payload);
		if (createdOn == null) {
			return reject(Rejection.MISSING_FIELD, instance);
		}
		if (createdOn.isBefore(this.clock.instant().minus(this.maxAge))) {
			// Signed, but a replay: its claim may be gone (purged, evicted, restarted).
			return reject(Rejection.TOO_OLD, instance);
		}
		return claimAndPublish(instance, receiving.name(), id, type, payload);
	}

	/**
	 * The deduplication key of an account's event. Event ids are unique across
	 * Checkout.com, so for genuine events the id alone would do; the account is part of
	 * the key because whoever holds one account's key can sign any id, and must not be
	 * able to claim another account's event ids and have that account's genuine
	 * deliveries dropped as duplicates. The top-level account keeps the key it always
	 * had, so claims stored before accounts existed still count.
	 */
	static String claimKey(String account, String eventId) {
		return SessionsClients.DEFAULT_ACCOUNT.equals(account) ? "webhook:" + eventId
				: "webhook:" + account + ":" + eventId;
	}

	private ResponseEntity<?> claimAndPublish(String instance, String account, String id, String type,
			JsonNode payload) {
		String key = claimKey(account, id);
		DeliveryDeduplicator.Claim claim;
		try {
			claim = this.deduplicator.claim(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Webhook " + id + " of account " + account + " not processed: the deduplication store failed ("
					+ ex.getClass().getSimpleName() + "); answered 503 so it is redelivered");
			return reject(Rejection.STORE_UNAVAILABLE, instance);
		}
		if (claim == DeliveryDeduplicator.Claim.DONE) {
			this.metrics.duplicate();
			return ResponseEntity.ok().build();
		}
		if (claim == DeliveryDeduplicator.Claim.IN_PROGRESS) {
			// Its first delivery may still fail or die: 2xx now could lose the event.
			return reject(Rejection.IN_PROGRESS, instance);
		}
		try {
			this.publisher.publishEvent(new CheckoutWebhookEvent(this, account, id, type, payload));
		}
		catch (RuntimeException ex) {
			ClaimSettlement.release(this.deduplicator, key);
			logger.error("A CheckoutWebhookEvent listener failed for event " + id + " of account " + account
					+ "; answered 503 so it is redelivered", ex);
			return reject(Rejection.LISTENER_FAILED, instance);
		}
		ClaimSettlement.complete(this.deduplicator, key);
		this.metrics.published(type);
		return ResponseEntity.ok().build();
	}

	private static @Nullable Instant createdOn(JsonNode payload) {
		String text = DeliveryBodies.text(payload, "created_on");
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private ResponseEntity<?> reject(Rejection rejection, String instance) {
		this.metrics.rejected(rejection);
		return rejection.response(instance);
	}

	@Override
	public String toString() {
		return "WebhookReceiver";
	}

}
