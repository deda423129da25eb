package dev.checkoutsessions.client;

import dev.checkoutsessions.client.model.ChannelType;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one HTTP request to the Sessions API and reads the answer with a bounded body.
 * Never retries: retry decisions are {@link CallExecutor}'s. Ids travel as URI template
 * variables, so they are encoded and can never change the path, and Boot's
 * {@code http.client.requests} observation sees {@code /sessions/{id}} rather than real
 * ids.
 */
final class ApiTransport {

	static final String REQUEST_ID_HEADER = "Cko-Request-Id";

	/** Limits the {@code next_actions} of {@code GET /sessions/{id}} to one channel. */
	static final String CHANNEL_HEADER = "channel";

	private final RestClient restClient;

	private final BoundedBodyReader bodyReader;

	private final int maxResponseBytes;

	private final java.net.URI baseUrl;

	private final DeadlineAlarm deadlineAlarm;

	ApiTransport(RestClient restClient, BoundedBodyReader bodyReader, java.net.URI baseUrl,
			DeadlineAlarm deadlineAlarm) {
		this.restClient = restClient;
		this.deadlineAlarm = deadlineAlarm;
		this.bodyReader = bodyReader;
		this.maxResponseBytes = bodyReader.maxBytes();
		this.baseUrl = baseUrl;
	}

	@Override
	public String toString() {
		return "baseUrl=" + this.baseUrl;
	}

	HttpAnswer send(SessionsOperation operation, @Nullable String sessionId, @Nullable ChannelType channel,
			String authorization, byte @Nullable [] body) {
		RestClient.RequestBodySpec request = this.restClient.method(HttpMethod.valueOf(operation.httpMethod()))
			.uri(operation.uriTemplate(), (sessionId != null) ? new Object[] { sessionId } : new Object[0])
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.header(HttpHeaders.USER_AGENT, ClientVersion.USER_AGENT)
			.accept(MediaType.APPLICATION_JSON);
		if (channel != null) {
			request.header(CHANNEL_HEADER, channel.value());
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		long sentAt = System.nanoTime();
		DeadlineAlarm.Armed alarm = this.deadlineAlarm.arm();
		try {
			HttpAnswer answer = request.exchange((req, response) -> read(response, sentAt), true);
			alarm.ended();
			return answer;
		}
		catch (RuntimeException ex) {
			RuntimeException failure = alarm.failed(operation.request(), ex);
			if (failure instanceof RestClientException transport) {
				throw TransportFailures.classify(operation.request(), transport);
			}
			throw failure;
		}
	}

	/**
	 * Opens a connection to the API host (TLS handshake included) and leaves it in the
	 * pool the calls use, for the warm-up. A {@code HEAD} of the base URL through the
	 * calls' own {@link RestClient}, hence their own pool: HTTP clients offer no portable
	 * "connect only", and a real request is what makes the pool keep the connection. It
	 * carries no {@code Authorization} header and names no session, so it cannot create
	 * anything nor spend the account's API budget (nor the client's rate limiter, which
	 * sits in {@link CallExecutor}); whatever Checkout.com answers (typically 401 or 404,
	 * without a body) is ignored.
	 * @return the status of the answer
	 * @throws CheckoutTransportException when the host could not be reached
	 */
	int openConnection() {
		String request = "HEAD " + this.baseUrl + " (warm-up)";
		DeadlineAlarm.Armed alarm = this.deadlineAlarm.arm();
		try {
			int status = this.restClient.head()
				.uri(this.baseUrl)
				.header(HttpHeaders.USER_AGENT, ClientVersion.USER_AGENT)
				.exchange((req, response) -> response.getStatusCode().value(), true);
			alarm.ended();
			return status;
		}
		catch (RuntimeException ex) {
			RuntimeException failure = alarm.failed(request, ex);
			if (failure instanceof RestClientException transport) {
				throw TransportFailures.ofProbe(request, transport);
			}
			throw failure;
		}
	}

	private HttpAnswer read(ClientHttpResponse response, long sentAt) throws IOException {
		HttpHeaders headers = response.getHeaders();
		int status = response.getStatusCode().value();
		String requestId = headers.getFirst(REQUEST_ID_HEADER);
		long declaredLength = headers.getContentLength();
		byte[] body = this.bodyReader.read(response.getBody(), declaredLength, sentAt);
		if (body == null) {
			throw tooLarge(status, requestId, (declaredLength > this.maxResponseBytes) ? declaredLength + " bytes"
					: "more than " + this.maxResponseBytes + " bytes");
		}
		return new HttpAnswer(status, requestId, contentType(headers),
				retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER)), body);
	}

	private CheckoutResponseException tooLarge(int status, @Nullable String requestId, String size) {
		return new CheckoutResponseException(
				"Checkout.com answered HTTP " + status + " with a body of " + size + ", above the client's limit of "
						+ this.maxResponseBytes + " bytes; no session is that large, "
						+ "so the answer was refused (raise maxResponseSize only if you know why)",
				status, requestId, null);
	}

	private static @Nullable MediaType contentType(HttpHeaders headers) {
		try {
			return headers.getContentType();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static @Nullable Duration retryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			long seconds = Long.parseLong(trimmed);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException notSeconds) {
			try {
				Duration until = Duration.between(java.time.Instant.now(),
						ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				return until.isNegative() ? Duration.ZERO : until;
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

}
