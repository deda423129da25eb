package dev.checkoutsessions.client;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.client.ClientHttpRequestFactory;

import dev.checkoutsessions.client.model.GetSessionResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Answers no real Checkout.com would give, streamed by a raw socket server so that a 50
 * MB or endless body costs the test nothing: each must end in a typed exception, quickly,
 * with memory bounded by the client's limit, the read stopped (not drained) and the
 * connection given back. Both transports the client builds itself are covered because
 * they differ exactly here (how a response is closed, what the read timeout bounds).
 * Parse errors, HTML pages and empty bodies served by WireMock are in
 * {@link ApiErrorsTests}.
 */
class HostileResponsesTests {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

	// Generous for a loopback call that must fail fast, far below what a drained or
	// dripping body would take.
	private static final Duration QUICKLY = Duration.ofSeconds(4);

	@RegisterExtension
	static WireMockExtension tokens = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	enum Transport {

		JDK, HTTP_COMPONENTS

	}

	@BeforeEach
	void stubToken() {
		ApiStubs.stubToken(tokens, ApiStubs.ACCESS_TOKEN, 3600);
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void fiftyMegabyteDeclaredBodyIsRefusedWithoutReadingIt(Transport transport) throws Exception {
		long fiftyMegabytes = 50L * 1024 * 1024;
		try (RawHttpServer server = firstAnswer((head, out) -> {
			RawHttpServer.writeHead(out, "200 OK", "Content-Type: application/json",
					"Content-Length: " + fiftyMegabytes);
			stream(out, fiftyMegabytes, Duration.ZERO);
		}); TestClient client = TestClient.of(transport, server.baseUrl(), ClientSettings.Retry.disabled())) {
			Throwable failure = timed(() -> client.sessions().getSessionDetails(SESSION_ID));

			assertThat(failure).isInstanceOf(CheckoutResponseException.class)
				.hasMessageContaining("HTTP 200 with a body of " + fiftyMegabytes + " bytes")
				.hasMessageContaining("above the client's limit of 1048576 bytes");
			assertReadStoppedAndConnectionReleased(server, client);
		}
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void endlessChunkedBodyIsCutAtTheLimit(Transport transport) throws Exception {
		try (RawHttpServer server = firstAnswer((head, out) -> {
			RawHttpServer.writeHead(out, "200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked");
			byte[] chunk = chunk(64 * 1024);
			while (true) {
				out.write(chunk);
			}
		}); TestClient client = TestClient.of(transport, server.baseUrl(), ClientSettings.Retry.disabled())) {
			Throwable failure = timed(() -> client.sessions().getSessionDetails(SESSION_ID));

			assertThat(failure).isInstanceOf(CheckoutResponseException.class)
				.hasMessageContaining("more than 1048576 bytes");
			assertReadStoppedAndConnectionReleased(server, client);
		}
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void slowDripBodyEndsAtTheReadTimeout(Transport transport) throws Exception {
		// One byte every 50 ms never trips a per-read socket timeout of 1 s, yet would
		// take 10 s in all.
		try (RawHttpServer server = firstAnswer((head, out) -> {
			RawHttpServer.writeHead(out, "200 OK", "Content-Type: application/json", "Content-Length: 200");
			stream(out, 200, Duration.ofMillis(50));
		}); TestClient client = TestClient.of(transport, server.baseUrl(), ClientSettings.Retry.disabled())) {
			Throwable failure = timed(() -> client.sessions().getSessionDetails(SESSION_ID));

			assertThat(failure).isInstanceOf(CheckoutTransportException.class)
				.hasMessageContaining("no answer within the read timeout");
			assertThat(((CheckoutTransportException) failure).getKind())
				.isEqualTo(CheckoutTransportException.Kind.READ_TIMEOUT);
			assertReadStoppedAndConnectionReleased(server, client);
		}
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void bodyThatStallsAfterTheHeadersEndsAtTheReadTimeout(Transport transport) throws Exception {
		try (RawHttpServer server = firstAnswer((head, out) -> {
			RawHttpServer.writeHead(out, "200 OK", "Content-Type: application/json", "Content-Length: 500");
			out.write("{\"id\":\"".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			sleep(Duration.ofSeconds(10));
		}); TestClient client = TestClient.of(transport, server.baseUrl(), ClientSettings.Retry.disabled())) {
			Throwable failure = timed(() -> client.sessions().getSessionDetails(SESSION_ID));

			assertThat(failure).isInstanceOf(CheckoutTransportException.class);
			assertThat(((CheckoutTransportException) failure).getKind())
				.isEqualTo(CheckoutTransportException.Kind.READ_TIMEOUT);
			assertThat(client.sessions().getSessionDetails(SESSION_ID).getId()).isEqualTo(SESSION_ID);
			client.assertNoLeasedConnection();
		}
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void createAnsweredWithAWrongContentTypeIsAResponseException(Transport transport) throws Exception {
		// A valid session document labelled as XML: the label is what a proxy in between
		// would change.
		try (RawHttpServer server = firstAnswer((head, out) -> {
			byte[] body = ApiStubs.fixture("post-sessions-201-approved.json").getBytes(StandardCharsets.UTF_8);
			RawHttpServer.writeHead(out, "201 Created", "Content-Type: application/xml",
					"Content-Length: " + body.length, "Connection: close");
			out.write(body);
		}); TestClient client = TestClient.of(transport, server.baseUrl(), ClientSettings.Retry.disabled())) {
			Throwable failure = timed(() -> client.sessions().requestSession(SessionsClientWireTests.minimalRequest()));

			assertThat(failure).isInstanceOf(CheckoutResponseException.class)
				.hasMessageContaining("HTTP 201 with a application/xml body")
				.hasMessageContaining("where a JSON session was expected");
			client.assertNoLeasedConnection();
		}
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void tokenEndpointThatNeverAnswersFailsAtTheReadTimeout(Transport transport) throws Exception {
		try (RawHttpServer tokenServer = new RawHttpServer((head, out) -> sleep(Duration.ofSeconds(10)));
				TestClient client = TestClient.of(transport, tokens.baseUrl(), tokenServer.baseUrl() + "/connect/token",
						ClientSettings.Retry.disabled())) {
			Throwable failure = timed(() -> client.sessions().getSessionDetails(SESSION_ID));

			assertThat(failure).isInstanceOf(CheckoutAuthenticationException.class)
				.hasMessageContaining("Could not obtain a Checkout.com OAuth token")
				.hasMessageContaining("read timeout");
			assertThat(((CheckoutAuthenticationException) failure).isTransient()).isTrue();
			assertThat(tokenServer.requestHeads()).hasSize(1);
			client.assertNoLeasedConnection();
		}
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void tokenEndpointWithAnEndlessBodyIsCutOff(Transport transport) throws Exception {
		try (RawHttpServer tokenServer = new RawHttpServer((head, out) -> {
			RawHttpServer.writeHead(out, "200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked");
			byte[] chunk = chunk(64 * 1024);
			while (true) {
				out.write(chunk);
			}
		});
				TestClient client = TestClient.of(transport, tokens.baseUrl(), tokenServer.baseUrl() + "/connect/token",
						ClientSettings.Retry.disabled())) {
			Throwable failure = timed(() -> client.sessions().getSessionDetails(SESSION_ID));

			assertThat(failure).isInstanceOf(CheckoutAuthenticationException.class)
				.hasMessageContaining("token endpoint");
			assertThat(tokenServer.clientGaveUpWithin(QUICKLY.toMillis())).isTrue();
			client.assertNoLeasedConnection();
		}
	}

	@Test
	void tokenEndpointThatNeverAnswersIsRetriedWithinTheBudgetOnly() throws Exception {
		// A budget far above 3 attempts, so the attempt count does not depend on how
		// loaded the machine is.
		ClientSettings.Retry retry = ApiStubs.FAST_RETRY.withMaxRetries(2);
		try (RawHttpServer tokenServer = new RawHttpServer((head, out) -> sleep(Duration.ofSeconds(10)));
				TestClient client = TestClient.of(Transport.JDK, tokens.baseUrl(),
						tokenServer.baseUrl() + "/connect/token", retry)) {
			long start = System.nanoTime();
			Throwable failure = catchThrowable(() -> client.sessions().getSessionDetails(SESSION_ID));
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(failure).isInstanceOf(CheckoutAuthenticationException.class);
			assertThat(tokenServer.requestHeads()).hasSize(3);
			assertThat(took).isLessThan(READ_TIMEOUT.multipliedBy(3).plus(QUICKLY));
		}
	}

	/** Fails unless the call ends within {@link #QUICKLY}; returns what it threw. */
	private static Throwable timed(Runnable call) {
		return assertTimeoutPreemptively(QUICKLY, () -> catchThrowable(call::run));
	}

	/**
	 * The server saw its writes fail (the client closed the connection instead of
	 * draining the body), and the client is still usable: its next call succeeds and no
	 * pooled connection stays leased.
	 */
	private static void assertReadStoppedAndConnectionReleased(RawHttpServer server, TestClient client)
			throws InterruptedException {
		assertThat(server.clientGaveUpWithin(QUICKLY.toMillis())).as("client stopped reading").isTrue();
		assertThat(server.bytesWritten()).as("bytes the server managed to send").isLessThan(20L * 1024 * 1024);
		GetSessionResponse next = client.sessions().getSessionDetails(SESSION_ID);
		assertThat(next.getId()).isEqualTo(SESSION_ID);
		client.assertNoLeasedConnection();
	}

	/**
	 * A server whose first request gets the hostile answer and every later one a valid
	 * session.
	 */
	private static RawHttpServer firstAnswer(RawHttpServer.Handler hostile) throws IOException {
		AtomicInteger requests = new AtomicInteger();
		byte[] valid = ApiStubs.fixture("get-sessions-200-pending.json")
			.replaceAll("sid_[a-z0-9]{26}", SESSION_ID)
			.getBytes(StandardCharsets.UTF_8);
		return new RawHttpServer((head, out) -> {
			if (requests.incrementAndGet() == 1) {
				hostile.answer(head, out);
				return;
			}
			RawHttpServer.writeHead(out, "200 OK", "Content-Type: application/json", "Content-Length: " + valid.length,
					"Connection: close");
			out.write(valid);
		});
	}

	private static void stream(OutputStream out, long length, Duration pause) throws IOException {
		byte[] chunk = new byte[pause.isZero() ? 64 * 1024 : 1];
		Arrays.fill(chunk, (byte) ' ');
		for (long sent = 0; sent < length; sent += chunk.length) {
			out.write(chunk, 0, (int) Math.min(chunk.length, length - sent));
			if (!pause.isZero()) {
				out.flush();
				sleep(pause);
			}
		}
	}

	private static byte[] chunk(int size) {
		byte[] head = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] chunk = new byte[head.length + size + 2];
		System.arraycopy(head, 0, chunk, 0, head.length);
		Arrays.fill(chunk, head.length, head.length + size, (byte) ' ');
		chunk[chunk.length - 2] = '\r';
		chunk[chunk.length - 1] = '\n';
		return chunk;
	}

	private static void sleep(Duration duration) throws IOException {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/**
	 * A client on one of the two built-in transports, with the HttpClient 5 pool kept for
	 * inspection.
	 */
	record TestClient(SessionsClient sessions, ClientHttpRequestFactory factory,
			@Nullable PoolingHttpClientConnectionManager pool) implements AutoCloseable {

		static TestClient of(Transport transport, String baseUrl, ClientSettings.Retry retry) {
			return of(transport, baseUrl, tokens.baseUrl() + "/connect/token", retry);
		}

		static TestClient of(Transport transport, String baseUrl, String tokenUrl, ClientSettings.Retry retry) {
			Duration connectTimeout = Duration.ofMillis(500);
			PoolingHttpClientConnectionManager pool = (transport == Transport.HTTP_COMPONENTS)
					? HttpComponentsFactory.connectionManager(connectTimeout, READ_TIMEOUT, 4) : null;
			ClientHttpRequestFactory factory = (pool != null) ? HttpComponentsFactory.create(pool, READ_TIMEOUT)
					: DefaultRequestFactories.jdk(connectTimeout, READ_TIMEOUT);
			SessionsClient client = SessionsClient.builder()
				.baseUrl(baseUrl)
				.tokenUrl(tokenUrl)
				.clientCredentials(ApiStubs.CLIENT_ID, ApiStubs.CLIENT_SECRET)
				.requestFactory(factory)
				// Bounds the body read whatever the factory does; the factory bounds
				// connect and headers.
				.readTimeout(READ_TIMEOUT)
				.retry(retry)
				.build();
			return new TestClient(client, factory, pool);
		}

		void assertNoLeasedConnection() {
			if (this.pool != null) {
				assertThat(this.pool.getTotalStats().getLeased()).as("leased connections").isZero();
			}
		}

		@Override
		public void close() throws Exception {
			((AutoCloseable) this.sessions).close();
			if (this.factory instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}

	}

}
