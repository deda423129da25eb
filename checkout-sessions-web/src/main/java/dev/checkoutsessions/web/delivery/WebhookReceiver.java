package dev.checkoutsessions.web.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers {@code POST {checkout.webhooks.path}}: checks the optional
 * {@code Authorization} value, verifies {@code Cko-Signature} over the raw bytes
 * (constant time), parses the event and publishes a {@link CheckoutWebhookEvent} once per
 * event id. Every type is published, known or not; nothing a sender does produces a 500 —
 * a failing listener gives 503 and the event id is given back, so Checkout.com's retry is
 * published again. Rejections carry a problem detail that never echoes the body or the
 * expected values.
 */
@RestController
final class WebhookReceiver {

	private static final Log logger = LogFactory.getLog(WebhookReceiver.class);

	private final ApplicationEventPublisher publisher;

	private final DeliveryDeduplicator deduplicator;

	private final DeliveryMetrics metrics;

	private final String signatureKey;

	private final byte @Nullable [] authorization;

	private final int maxBodyBytes;

	WebhookReceiver(ApplicationEventPublisher publisher, DeliveryDeduplicator deduplicator, DeliveryMetrics metrics,
			String signatureKey, @Nullable String authorization, int maxBodyBytes) {
		this.publisher = publisher;
		this.deduplicator = deduplicator;
		this.metrics = metrics;
		this.signatureKey = signatureKey;
		this.authorization = (authorization != null) ? authorization.getBytes(StandardCharsets.UTF_8) : null;
		this.maxBodyBytes = maxBodyBytes;
	}

	@PostMapping("${checkout.webhooks.path:/checkout/webhooks}")
	ResponseEntity<?> receive(HttpServletRequest request) {
		this.metrics.received();
		String instance = request.getRequestURI();
		if (!authorized(request.getHeader(HttpHeaders.AUTHORIZATION))) {
			return reject(Rejection.UNAUTHORIZED_HEADER, instance);
		}
		if (!DeliveryBodies.isJson(request)) {
			return reject(Rejection.UNSUPPORTED_MEDIA_TYPE, instance);
		}
		byte[] body;
		try {
			body = DeliveryBodies.read(request, this.maxBodyBytes);
		}
		catch (IOException ex) {
			return reject(Rejection.MALFORMED, instance);
		}
		if (body == null) {
			return reject(Rejection.TOO_LARGE, instance);
		}
		String signature = request.getHeader(WebhookSignature.HEADER);
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
		String key = "webhook:" + id;
		boolean first;
		try {
			first = this.deduplicator.claim(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Webhook " + id + " not processed: the deduplication store failed ("
					+ ex.getClass().getSimpleName() + "); answered 503 so it is redelivered");
			return reject(Rejection.STORE_UNAVAILABLE, instance);
		}
		if (!first) {
			this.metrics.duplicate();
			return ResponseEntity.ok().build();
		}
		try {
			this.publisher.publishEvent(new CheckoutWebhookEvent(this, id, type, payload));
		}
		catch (RuntimeException ex) {
			release(key);
			logger.error(
					"A CheckoutWebhookEvent listener failed for event " + id + "; answered 503 so it is redelivered",
					ex);
			return reject(Rejection.LISTENER_FAILED, instance);
		}
		this.metrics.published(type);
		return ResponseEntity.ok().build();
	}

	private void release(String key) {
		try {
			this.deduplicator.release(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not give back the claim of " + key + " (" + ex.getClass().getSimpleName()
					+ "): its redelivery will count as a duplicate");
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
