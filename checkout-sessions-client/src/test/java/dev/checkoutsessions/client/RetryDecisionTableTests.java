package dev.checkoutsessions.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Walks the whole retry decision table ({@link RetryDecision}): for every operation and
 * every kind of failure, the exact number of requests the server received and the
 * exception the caller got. The server fails every request, so a retryable failure shows
 * as 1 + maxRetries requests.
 */
class RetryDecisionTableTests {

	private static final int MAX_RETRIES = 3;

	private static final Duration CLIENT_READ_TIMEOUT = Duration.ofMillis(600);

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	enum Failure {

		RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), CheckoutTransportException.class,
				Retry.IF_IDEMPOTENT),

		EMPTY_RESPONSE(aResponse().withFault(Fault.EMPTY_RESPONSE), CheckoutTransportException.class,
				Retry.IF_IDEMPOTENT),

		READ_TIMEOUT(ApiStubs.json(200, "{}").withFixedDelay((int) CLIENT_READ_TIMEOUT.toMillis() * 2),
				CheckoutTransportException.class, Retry.IF_IDEMPOTENT),

		CONNECTION_REFUSED(null, CheckoutTransportException.class, Retry.ALWAYS),

		HTTP_429_WITH_RETRY_AFTER(aResponse().withStatus(429).withHeader("Retry-After", "0"),
				CheckoutApiException.class, Retry.ALWAYS),

		HTTP_429(aResponse().withStatus(429), CheckoutApiException.class, Retry.ALWAYS),

		HTTP_401(aResponse().withStatus(401), CheckoutApiException.class, Retry.REFRESH_TOKEN_ONCE),

		HTTP_500(
				ApiStubs.json(500,
						"{\"error_type\":\"internal_server_error\",\"error_codes\":[\"session_persistence_failed\"]}"),
				CheckoutApiException.class, Retry.IF_IDEMPOTENT),

		HTTP_502(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody("<html>Bad gateway</html>"), CheckoutApiException.class, Retry.IF_IDEMPOTENT),

		HTTP_503(ApiStubs.json(503, "{\"error_type\":\"service_not_available\"}"), CheckoutApiException.class,
				Retry.ALWAYS),

		HTTP_504(aResponse().withStatus(504), CheckoutApiException.class, Retry.IF_IDEMPOTENT),

		HTTP_422(
				ApiStubs.json(422, "{\"error_type\":\"unprocessable_entity\",\"error_codes\":[\"currency_required\"]}"),
				CheckoutApiException.class, Retry.NEVER);

		final ResponseDefinitionBuilder response;

		final Class<? extends CheckoutException> exception;

		final Retry retry;

		Failure(ResponseDefinitionBuilder response, Class<? extends CheckoutException> exception, Retry retry) {
			this.response = response;
			this.exception = exception;
			this.retry = retry;
		}

	}

	enum Retry {

		ALWAYS, IF_IDEMPOTENT, NEVER, REFRESH_TOKEN_ONCE;

		int expectedRequests(SessionsOperation operation) {
			return switch (this) {
				case ALWAYS -> 1 + MAX_RETRIES;
				case IF_IDEMPOTENT -> operation.isIdempotent() ? 1 + MAX_RETRIES : 1;
				case NEVER -> 1;
				case REFRESH_TOKEN_ONCE -> 2;
			};
		}

	}

	/**
	 * Each HTTP library reports the same failure differently; the table must hold for all
	 * of them.
	 */
	enum Transport {

		JDK, HTTP_COMPONENTS;

		org.springframework.http.client.ClientHttpRequestFactory factory() {
			Duration connect = Duration.ofSeconds(2);
			return (this == JDK) ? DefaultRequestFactories.jdk(connect, CLIENT_READ_TIMEOUT)
					: HttpComponentsFactory.create(connect, CLIENT_READ_TIMEOUT);
		}

	}

	static Stream<Arguments> table() {
		return Arrays.stream(Transport.values())
			.flatMap((transport) -> Arrays.stream(SessionsOperation.values())
				.flatMap((operation) -> Arrays.stream(Failure.values())
					.map((failure) -> Arguments.of(transport, operation, failure))));
	}

	@BeforeEach
	void stubToken() {
		ApiStubs.stubToken(api, ApiStubs.ACCESS_TOKEN, 3600);
	}

	@ParameterizedTest(name = "{0}: {1} on {2}")
	@MethodSource("table")
	void retriesExactlyWhatTheDecisionTableAllows(Transport transport, SessionsOperation operation, Failure failure)
			throws Exception {
		String baseUrl = api.baseUrl();
		if (failure.response != null) {
			api.stubFor(any(urlPathMatching("/sessions.*")).willReturn(failure.response));
		}
		else {
			baseUrl = "http://127.0.0.1:" + freePort();
		}
		SessionsClientBuilder builder = ApiStubs.clientFor(api)
			.baseUrl(baseUrl)
			.requestFactory(transport.factory())
			.retry(ApiStubs.FAST_RETRY.withMaxRetries(MAX_RETRIES));
		api.resetRequests();
		Throwable thrown;
		try (AutoCloseable closeable = (AutoCloseable) builder.build()) {
			// The table is about the API call: take the token fetch (same server, same
			// timeouts) out of it.
			((SessionsClientDiagnostics) closeable).obtainOAuthToken(Duration.ofSeconds(5));
			thrown = catchThrowable(() -> call((SessionsClient) closeable).accept(operation));
		}

		int expected = failure.retry.expectedRequests(operation);
		assertThat(thrown).isInstanceOf(failure.exception);
		CheckoutException checkout = (CheckoutException) thrown;
		assertThat(checkout.getAttempts()).as("attempts reported by: %s", checkout.getMessage())
			.isEqualTo(expected == 2 && failure == Failure.HTTP_401 ? 1 : expected);
		if (failure.response != null) {
			awaitJournal(expected);
			assertThat(api.findAll(anyRequestedFor(urlPathMatching("/sessions.*")))).as(checkout.getMessage())
				.hasSize(expected);
		}
		if (expected == 1 && failure.retry == Retry.IF_IDEMPOTENT) {
			assertThat(checkout).hasMessageContaining("may already have been processed and repeating it is not safe");
		}
		if (expected > 2) {
			assertThat(checkout.getAttemptFailures()).hasSize(expected);
			assertThat(checkout).hasMessageContaining(expected + " attempts")
				.hasMessageContaining("gave up after 3 retries");
			assertThat(checkout.getSuppressed()).hasSize(expected - 1);
		}
	}

	private static Consumer<SessionsOperation> call(SessionsClient client) {
		return (operation) -> {
			switch (operation) {
				case REQUEST_SESSION -> client.requestSession(SessionsClientWireTests.minimalRequest());
				case GET_SESSION_DETAILS -> client.getSessionDetails(SESSION_ID);
				case UPDATE_SESSION -> client.updateSession(SESSION_ID, SessionsClientWireTests.browserData());
				case COMPLETE_SESSION -> client.completeSession(SESSION_ID);
				case UPDATE_3DS_METHOD_COMPLETION_INDICATOR -> client.update3dsMethodCompletionIndicator(SESSION_ID,
						ThreeDsMethodCompletionRequest.builder()
							.threeDsMethodCompletion(ThreeDsMethodCompletion.Y)
							.build());
			}
		};
	}

	/**
	 * WireMock journals a request after writing its answer, so the last one can lag
	 * behind the client by a moment; wait for the expected count (a surplus still fails
	 * the verification below).
	 */
	private static void awaitJournal(int expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (api.findAll(anyRequestedFor(urlPathMatching("/sessions.*"))).size() < expected
				&& System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
