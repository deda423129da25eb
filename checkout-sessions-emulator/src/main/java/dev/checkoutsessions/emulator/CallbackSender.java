package dev.checkoutsessions.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes a completed session's result to the merchant's {@code callback_url}. The
 * complete call waits for the answer (bounded by the callback timeout) because the API
 * reports a failed callback to the caller of complete ({@code callback_failed} /
 * {@code session_callback_failed}, the API reference's complete errors).
 * <p>
 * Only loopback URLs are called. Any other URL (a merchant's real
 * {@code https://shop.example/…} in a test) is recorded and treated as delivered, so the
 * same session request works in tests and in production without a test ever reaching
 * another host. Every callback, sent or not, is kept for tests to read.
 */
final class CallbackSender {

	private static final Logger logger = LoggerFactory.getLogger(CallbackSender.class);

	private final HttpClient client;

	private final Duration timeout;

	private final Clock clock;

	private final List<SentCallback> sent = new CopyOnWriteArrayList<>();

	CallbackSender(Duration timeout, Clock clock) {
		this.timeout = timeout;
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	void send(String sessionId, String callbackUrl, ObjectNode payload) {
		String body = Json.write(payload);
		URI url = URI.create(callbackUrl);
		if (!Loopback.isLoopback(url)) {
			logger.debug("Session callback to a host off this machine recorded, not sent");
			sent.add(new SentCallback(sessionId, url, body, false, 0, clock.instant()));
			return;
		}
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		int status = 0;
		try {
			status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			logger.debug("Session callback failed: {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			sent.add(new SentCallback(sessionId, url, body, true, status, clock.instant()));
		}
		if (status / 100 != 2) {
			logger.debug("Session callback answered {}", status);
			throw callbackFailed();
		}
	}

	List<SentCallback> sent() {
		return List.copyOf(sent);
	}

	void clear() {
		sent.clear();
	}

	/**
	 * The API names the error; the status is not documented, 502 says "an upstream (your
	 * endpoint) failed".
	 */
	private static ApiException callbackFailed() {
		return new ApiException(502, "callback_failed", List.of("session_callback_failed"));
	}

}
