package dev.checkoutsessions.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes a completed session's result to the merchant's {@code callback_url}. The complete call waits for the answer
 * (bounded by the callback timeout) because the API reports a failed callback to the caller of complete
 * ({@code callback_failed} / {@code session_callback_failed}, reference §4.5).
 */
final class CallbackSender {

	private static final Logger logger = LoggerFactory.getLogger(CallbackSender.class);

	private final HttpClient client;

	private final Duration timeout;

	CallbackSender(Duration timeout) {
		this.timeout = timeout;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
				.build();
	}

	void send(String callbackUrl, ObjectNode payload) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl)).timeout(timeout)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(Json.write(payload))).build();
		try {
			int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status / 100 != 2) {
				logger.debug("Session callback answered {}", status);
				throw callbackFailed();
			}
		}
		catch (IOException ex) {
			logger.debug("Session callback failed: {}", ex.toString());
			throw callbackFailed();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw callbackFailed();
		}
	}

	/** The API names the error; the status is not documented, 502 says "an upstream (your endpoint) failed". */
	private static ApiException callbackFailed() {
		return new ApiException(502, "callback_failed", List.of("session_callback_failed"));
	}
}
