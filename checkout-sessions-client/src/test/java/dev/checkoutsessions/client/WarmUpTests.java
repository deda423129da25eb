package dev.checkoutsessions.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SessionsClientDiagnostics#warmUp(Duration)} of the built client: a token, one
 * unauthenticated {@code HEAD} to the API host, nothing else, and never longer than its
 * budget, the {@code HEAD} included.
 */
class WarmUpTests {

	private static final byte[] TOKEN = """
			{"access_token": "warm-up-token", "expires_in": 3600, "token_type": "Bearer"}"""
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void warmUpFetchesATokenAndSendsTheApiHostOneHeadWithoutCredentials() throws Exception {
		try (RawHttpServer server = new RawHttpServer(WarmUpTests::tokenOr401);
				SessionsClient client = client(server)) {
			SessionsClientDiagnostics diagnostics = (SessionsClientDiagnostics) client;
			assertThat(diagnostics.warmUpState()).isNull();

			assertThat(diagnostics.warmUp(Duration.ofSeconds(10))).isEqualTo("done");

			assertThat(diagnostics.warmUpState()).isEqualTo("done");
			assertThat(diagnostics.oauthTokenState().status()).isEqualTo(OAuthTokenState.Status.VALID);
			assertThat(server.requestHeads()).hasSize(2);
			assertThat(server.requestHeads().get(0)).startsWith("POST /connect/token ");
			assertThat(server.requestHeads().get(1)).startsWith("HEAD ");
			assertThat(server.requestHeads().get(1).toLowerCase(Locale.ROOT)).doesNotContain("authorization")
				.doesNotContain("warm-up-token");
			assertThat(diagnostics.recentCalls()).as("the HEAD is not a call").isEmpty();
		}
	}

	@Test
	void apiHostThatNeverAnswersFailsTheWarmUpWithinItsBudget() throws Exception {
		// The HEAD is held unanswered until the test has its outcome.
		CountDownLatch testOver = new CountDownLatch(1);
		try (RawHttpServer server = new RawHttpServer((head, out) -> {
			if (head.startsWith("POST")) {
				tokenOr401(head, out);
			}
			else {
				awaitQuietly(testOver);
			}
		}); SessionsClient client = client(server)) {
			try {
				long start = System.nanoTime();

				String outcome = ((SessionsClientDiagnostics) client).warmUp(Duration.ofMillis(1500));

				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
				assertThat(outcome).isEqualTo("failed: the API host did not answer within PT1.5S");
			}
			finally {
				testOver.countDown();
			}
		}
	}

	@Test
	void anApiHostThatDropsTheConnectionFailsTheWarmUpWithoutSayingAnythingWasProcessed() throws Exception {
		// The HEAD creates nothing: the calls' "may have processed" advice would send an
		// operator looking for a session that cannot exist.
		try (RawHttpServer server = new RawHttpServer((head, out) -> {
			if (head.startsWith("POST")) {
				tokenOr401(head, out);
			}
		}); SessionsClient client = client(server)) {
			String outcome = ((SessionsClientDiagnostics) client).warmUp(Duration.ofSeconds(10));

			assertThat(outcome).startsWith("failed: HEAD " + server.baseUrl() + " (warm-up) failed (CONNECTION_BROKEN")
				.contains("it creates nothing")
				.doesNotContain("processed");
		}
	}

	@Test
	void headToASilentApiHostEndsWithTheBudgetNotTheReadTimeout() throws Exception {
		try (RawHttpServer tokens = new RawHttpServer(WarmUpTests::tokenOr401);
				ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			// Accepts the HEAD, never answers, and times how long the client keeps the
			// connection open: until it closes or resets it.
			CompletableFuture<Duration> closedAfter = CompletableFuture.supplyAsync(() -> {
				try (Socket socket = silent.accept()) {
					long accepted = System.nanoTime();
					InputStream in = socket.getInputStream();
					try {
						while (in.read() != -1) {
							// The request head: read and ignored.
						}
					}
					catch (SocketException reset) {
						// Closed too, only abruptly.
					}
					return Duration.ofNanos(System.nanoTime() - accepted);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			try (SessionsClient client = SessionsClient.builder()
				.baseUrl("http://127.0.0.1:" + silent.getLocalPort())
				.tokenUrl(tokens.baseUrl() + "/connect/token")
				.clientCredentials("ack_warmupwarmupwarmupwarmupwarm", "warm-up-secret")
				.retry(ClientSettings.Retry.disabled())
				.build()) {
				String outcome = ((SessionsClientDiagnostics) client).warmUp(Duration.ofMillis(1500));

				assertThat(outcome).isEqualTo("failed: the API host did not answer within PT1.5S");
				// Not the read timeout's 30 s: the HEAD's deadline is the warm-up's
				// budget.
				assertThat(closedAfter.get(10, TimeUnit.SECONDS)).isLessThan(Duration.ofSeconds(5));
			}
		}
	}

	@Test
	void rejectedCredentialsFailTheWarmUpWithoutTheSecret() throws Exception {
		try (RawHttpServer server = new RawHttpServer((head, out) -> RawHttpServer.writeHead(out, "401 Unauthorized",
				"Content-Type: application/json", "Content-Length: 0")); SessionsClient client = client(server)) {
			String outcome = ((SessionsClientDiagnostics) client).warmUp(Duration.ofSeconds(10));

			assertThat(outcome).startsWith("failed: no OAuth token").doesNotContain("warm-up-secret");
			assertThat(server.requestHeads()).as("no HEAD without a token").hasSize(1);
		}
	}

	private static SessionsClient client(RawHttpServer server) {
		return SessionsClient.builder()
			.baseUrl(server.baseUrl())
			.tokenUrl(server.baseUrl() + "/connect/token")
			.clientCredentials("ack_warmupwarmupwarmupwarmupwarm", "warm-up-secret")
			.retry(ClientSettings.Retry.disabled())
			.build();
	}

	private static void tokenOr401(String head, OutputStream out) throws IOException {
		if (head.startsWith("POST /connect/token")) {
			// The server answers one request per connection: it says so, or the pool
			// would reuse the closed connection for the HEAD.
			RawHttpServer.writeHead(out, "200 OK", "Content-Type: application/json", "Connection: close",
					"Content-Length: " + TOKEN.length);
			out.write(TOKEN);
		}
		else {
			RawHttpServer.writeHead(out, "401 Unauthorized", "Content-Length: 0");
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
