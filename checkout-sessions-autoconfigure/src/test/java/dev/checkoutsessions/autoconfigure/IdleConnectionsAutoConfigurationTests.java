package dev.checkoutsessions.autoconfigure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.checkoutsessions.client.SessionsClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code checkout.http.max-idle-time} and {@code checkout.http.validate-after-inactivity}
 * reach the pool Spring Boot builds, against an API that keeps connections alive and
 * closes idle ones without a word, as a load balancer does.
 */
class IdleConnectionsAutoConfigurationTests {

	private static final String SESSION_ID = "sid_y3oqhf46pyzuxjbcn2giaqnb44";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class,
				RestClientAutoConfiguration.class, SessionsClientAutoConfiguration.class))
		.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t-value",
				"checkout.warm-up.enabled=false");

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http-components", "reactor" })
	void theClientClosesConnectionsIdleForMaxIdleTimeBeforeTheServerDoes(String factory) throws Exception {
		try (IdleClosingApi api = new IdleClosingApi(Duration.ofSeconds(30))) {
			this.contextRunner.withPropertyValues(api.properties())
				.withPropertyValues("spring.http.clients.imperative.factory=" + factory,
						"checkout.http.max-idle-time=200ms")
				.run((context) -> {
					context.getBean(SessionsClient.class).getSessionDetails(SESSION_ID);

					awaitTrue(() -> api.closedByClient() == api.connections(),
							"the client closed every connection it opened");
					assertThat(api.closedForIdleness()).isZero();
				});
		}
	}

	@Test
	void aConnectionTheServerClosedIsCheckedAndReplacedBeforeItIsUsed() throws Exception {
		// Long enough that a busy machine's new connection is not closed as idle before
		// its request arrives; the test waits for the close anyway.
		try (IdleClosingApi api = new IdleClosingApi(Duration.ofMillis(500))) {
			this.contextRunner.withPropertyValues(api.properties())
				// A GET that broke would be retried on a new connection: without retries
				// only the check saves the call.
				.withPropertyValues("checkout.http.validate-after-inactivity=0s", "checkout.retry.enabled=false")
				.run((context) -> {
					SessionsClient client = context.getBean(SessionsClient.class);
					client.getSessionDetails(SESSION_ID);
					awaitTrue(() -> api.closedForIdleness() == api.connections(),
							"the server closed every idle connection");

					client.getSessionDetails(SESSION_ID);

					assertThat(api.sessionsAnswered()).isEqualTo(2);
				});
		}
	}

	@Test
	void theThreadThatEvictsIdleConnectionsEndsWithTheContext() throws Exception {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		List<Thread> evictors = new ArrayList<>();
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=http-components")
			.run((context) -> {
				assertThat(context).hasSingleBean(SessionsClient.class);
				Thread.getAllStackTraces()
					.keySet()
					.stream()
					.filter((thread) -> !before.contains(thread))
					.filter((thread) -> thread.getName().startsWith("idle-connection-evictor"))
					.forEach(evictors::add);
			});
		assertThat(evictors).as("the client's evictor thread").hasSize(1);
		evictors.get(0).join(5_000);
		assertThat(evictors.get(0).isAlive()).as("evictor thread alive after the context closed").isFalse();
	}

	private static void awaitTrue(BooleanSupplier condition, String what) {
		Awaitility.await("waiting until " + what).atMost(Duration.ofSeconds(5)).until(condition::getAsBoolean);
	}

	/**
	 * The token endpoint and {@code GET /sessions/{id}} on loopback, keeping connections
	 * alive and closing any idle longer than its idle timeout with a bare FIN.
	 */
	static final class IdleClosingApi implements AutoCloseable {

		private final ServerSocket serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final int idleTimeoutMillis;

		private final byte[] session;

		private final List<Socket> sockets = new CopyOnWriteArrayList<>();

		private final AtomicInteger sessionsAnswered = new AtomicInteger();

		private final AtomicInteger closedForIdleness = new AtomicInteger();

		private final AtomicInteger closedByClient = new AtomicInteger();

		IdleClosingApi(Duration idleTimeout) throws IOException {
			this.idleTimeoutMillis = Math.toIntExact(idleTimeout.toMillis());
			this.session = Files.readAllBytes(Path.of("..", "fixtures", "get-sessions-200-pending.json"));
			Thread acceptor = new Thread(() -> {
				while (!this.serverSocket.isClosed()) {
					try {
						Socket socket = this.serverSocket.accept();
						this.sockets.add(socket);
						Thread worker = new Thread(() -> serve(socket), "idle-closing-api");
						worker.setDaemon(true);
						worker.start();
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "idle-closing-api-acceptor");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		String[] properties() {
			String baseUrl = "http://127.0.0.1:" + this.serverSocket.getLocalPort();
			return new String[] { "checkout.base-url=" + baseUrl,
					"checkout.oauth.token-url=" + baseUrl + "/connect/token" };
		}

		int connections() {
			return this.sockets.size();
		}

		int sessionsAnswered() {
			return this.sessionsAnswered.get();
		}

		int closedForIdleness() {
			return this.closedForIdleness.get();
		}

		int closedByClient() {
			return this.closedByClient.get();
		}

		private void serve(Socket socket) {
			try (socket) {
				InputStream in = new BufferedInputStream(socket.getInputStream());
				OutputStream out = socket.getOutputStream();
				while (true) {
					socket.setSoTimeout(this.idleTimeoutMillis);
					in.mark(1);
					try {
						if (in.read() < 0) {
							this.closedByClient.incrementAndGet();
							return;
						}
					}
					catch (SocketTimeoutException ex) {
						this.closedForIdleness.incrementAndGet();
						return;
					}
					in.reset();
					socket.setSoTimeout(10_000);
					String head = readHead(in);
					readBody(head, in);
					boolean token = head.startsWith("POST /connect/token ");
					byte[] body = token ? "{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
						.getBytes(StandardCharsets.UTF_8) : this.session;
					if (!token) {
						// Counted before the answer leaves, so a caller that has it sees
						// the count.
						this.sessionsAnswered.incrementAndGet();
					}
					out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
							+ "\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
					out.write(body);
					out.flush();
				}
			}
			catch (IOException ex) {
				// The client went away mid-exchange, or the server was closed.
			}
		}

		private static String readHead(InputStream in) throws IOException {
			StringBuilder head = new StringBuilder();
			while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
				int next = in.read();
				if (next < 0) {
					throw new IOException("client closed in the middle of a request");
				}
				head.append((char) next);
			}
			return head.toString();
		}

		// Reactor Netty streams a body of unknown length in chunks.
		private static void readBody(String head, InputStream in) throws IOException {
			for (String line : head.split("\r\n")) {
				if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
					in.readNBytes(Integer.parseInt(line.substring(15).trim()));
				}
				else if (line.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) {
					int size;
					do {
						size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16);
						in.readNBytes(size);
						readLine(in);
					}
					while (size > 0);
				}
			}
		}

		private static String readLine(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			int next;
			while ((next = in.read()) >= 0 && next != '\n') {
				if (next != '\r') {
					line.append((char) next);
				}
			}
			return line.toString();
		}

		@Override
		public void close() throws IOException {
			this.serverSocket.close();
			for (Socket socket : this.sockets) {
				socket.close();
			}
		}

	}

}
