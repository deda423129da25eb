package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

/**
 * The webhook receiver, whichever web stack serves it ({@link ServletWebhookEndpoint},
 * {@link ReactiveWebhookEndpoint}): checks the optional {@code Authorization} value,
 * verifies {@code Cko-Signature} over the raw bytes (constant time), refuses events whose
 * signed {@code created_on} is older than {@code checkout.webhooks.max-age} (replays),
 * parses the event and publishes a {@link CheckoutWebhookEvent} once per event id. Every
 * type is published, known or not; nothing a sender does produces a 500. A delivery whose
 * event is being processed elsewhere gets 409 with {@code Retry-After}, never 2xx,
 * because that first delivery may still fail; a failing listener gives 503 and the claim
 * is given back, so Checkout.com's retry is published again. Rejections carry a problem
 * detail that never echoes the body or the expected values.
 */
final class WebhookReceiver {

	private static final Log logger = LogFactory.getLog(WebhookReceiver.class);

	private final ApplicationEventPublisher publisher;

	private final DeliveryDeduplicator deduplicator;

	private final DeliveryMetrics metrics;

	private final String signatureKey;

	private final byte @Nullable [] authorization;

	private final int maxBodyBytes;

	private final Duration maxAge;

	private final Clock clock;

	WebhookReceiver(ApplicationEventPublisher publisher, DeliveryDeduplicator deduplicator, DeliveryMetrics metrics,
			String signatureKey, @Nullable String authorization, int maxBodyBytes, Duration maxAge, Clock clock) {
		this.publisher = publisher;
		this.deduplicator = deduplicator;
		this.metrics = metrics;
		this.signatureKey = signatureKey;
		this.authorization = (authorization != null) ? authorization.getBytes(StandardCharsets.UTF_8) : null;
		this.maxBodyBytes = maxBodyBytes;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/**
	 * What is checked before the body is read: the optional {@code Authorization} value
	 * and the content type. Counts the delivery as received.
	 * @return the rejection, or {@code null} when the body is to be read
	 */
	@Nullable ResponseEntity<?> refuseBeforeReading(String instance, @Nullable String authorization,
			@Nullable String contentType) {
		this.metrics.received();
		if (!authorized(authorization)) {
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
	 * @param body the raw body, {@code null} when it was longer than
	 * {@link #maxBodyBytes()}
	 */
	ResponseEntity<?> receive(String instance, @Nullable String signature, byte @Nullable [] body) {
		if (body == null) {
			return reject(Rejection.TOO_LARGE, instance);
		}
		if (signature == null || signature.isBlank()) {
			return reject(Rejection.MISSING_SIGNATURE, instance);
		}
		if (!WebhookSignature.verify(this.signatureKey, body, signature)) {
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
		return claimAndPublish(instance, id, type, payload);
	}

	private ResponseEntity<?> claimAndPublish(String instance, String id, String type, JsonNode payload) {
		String key = "webhook:" + id;
		DeliveryDeduplicator.Claim claim;
		try {
			claim = this.deduplicator.claim(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Webhook " + id + " not processed: the deduplication store failed ("
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
			this.publisher.publishEvent(new CheckoutWebhookEvent(this, id, type, payload));
		}
		catch (RuntimeException ex) {
			ClaimSettlement.release(this.deduplicator, key);
			logger.error(
					"A CheckoutWebhookEvent listener failed for event " + id + "; answered 503 so it is redelivered",
					ex);
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

	/** Constant time too: the header value is a shared secret. */
	private boolean authorized(@Nullable String header) {
		if (this.authorization == null) {
			return true;
		}
		return header != null && MessageDigest.isEqual(this.authorization, header.getBytes(StandardCharsets.UTF_8));
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
