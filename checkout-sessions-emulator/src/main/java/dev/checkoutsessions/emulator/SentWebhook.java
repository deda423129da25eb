package dev.checkoutsessions.emulator;

import java.net.URI;
import java.time.Instant;

/**
 * One webhook delivery the emulator made: an event can be delivered more than once
 * (duplicates on request, or {@link Webhooks#redeliver(String)}), each delivery is one of
 * these.
 *
 * @param eventId the event id ({@code evt_…}), the same on every delivery of one event
 * @param type the event type, e.g. {@code authentication_approved}
 * @param sessionId the session the event is about
 * @param url where it was posted
 * @param body the raw JSON body, exactly the bytes that were signed
 * @param signature the {@code Cko-Signature} header sent: hex HMAC-SHA256 of the body
 * @param status the HTTP status the receiver answered, 0 when it did not answer
 * @param sentAt when it was posted
 * @since 0.1.0
 */
public record SentWebhook(String eventId, String type, String sessionId, URI url, String body, String signature,
		int status, Instant sentAt) {

	@Override
	public String toString() {
		// The body is the receiver's business; the signature is harmless without the key,
		// but short output reads better.
		return "SentWebhook[" + eventId + " " + type + " " + sessionId + " -> " + status + "]";
	}
}
