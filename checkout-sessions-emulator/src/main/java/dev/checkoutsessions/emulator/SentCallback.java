package dev.checkoutsessions.emulator;

import java.net.URI;
import java.time.Instant;

/**
 * One completion callback the emulator sent (or, for a URL that does not point at this
 * machine, recorded instead of sending).
 *
 * @param sessionId the completed session
 * @param url the session's {@code callback_url}
 * @param body the JSON body, exactly as posted
 * @param delivered whether it went over HTTP: only loopback URLs are called, so tests
 * never reach another host
 * @param status the HTTP status the receiver answered, 0 when it was not called or did
 * not answer
 * @param sentAt when it was sent or recorded
 * @since 0.1.0
 */
public record SentCallback(String sessionId, URI url, String body, boolean delivered, int status, Instant sentAt) {

}
