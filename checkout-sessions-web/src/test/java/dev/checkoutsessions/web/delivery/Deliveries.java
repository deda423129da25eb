package dev.checkoutsessions.web.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;

/**
 * Real HTTP posts to the application under test, and session requests that authenticate
 * at once.
 */
public final class Deliveries {

	public static final String FRICTIONLESS = "4485040371536584";

	public static final String DECLINED = "4539628347117863";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Deliveries() {
	}

	/** A GET with no credentials, no cookies: as the shopper's browser sends it. */
	public static HttpResponse<String> get(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	public static HttpResponse<String> post(String url, String contentType, String body, String... headers) {
		return post(url, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
	}

	public static HttpResponse<String> post(String url, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	public static HttpResponse<String> postJson(String url, String body, String... headers) {
		return post(url, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
	}

	public static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A session whose browser data goes with the request, so the API authenticates it at
	 * once (201).
	 */
	public static SessionRequest authenticatedAtOnce(String card, String callbackUrl) {
		NonHostedCompletionInfo.Builder completion = NonHostedCompletionInfo.builder();
		if (callbackUrl != null) {
			completion.callbackUrl(callbackUrl);
		}
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number(card).expiryMonth(12).expiryYear(2030).build())
			.amount(1000L)
			.currency(Currency.GBP)
			.completion(completion.build())
			.channelData(BrowserSession.builder()
				.acceptHeader("text/html")
				.javaEnabled(false)
				.javascriptEnabled(true)
				.language("en-GB")
				.colorDepth("24")
				.screenHeight("1080")
				.screenWidth("1920")
				.timezone("0")
				.userAgent("Mozilla/5.0")
				.ipAddress("203.0.113.7")
				.build())
			.build();
	}

	/** A session waiting for channel data: not final. */
	static SessionRequest pending(String card) {
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number(card).expiryMonth(12).expiryYear(2030).build())
			.amount(1000L)
			.currency(Currency.GBP)
			.completion(NonHostedCompletionInfo.builder().build())
			.build();
	}

}
