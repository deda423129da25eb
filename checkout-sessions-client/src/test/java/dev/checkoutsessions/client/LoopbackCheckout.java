package dev.checkoutsessions.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Checkout.com's token endpoint and {@code GET /sessions/{id}} on one
 * loopback host, keeping connections alive as HTTP/1.1 does, and counting what many
 * accounts' clients did to it: the TCP connections it accepted (each seen by its client
 * address and port), the client IDs that asked for a token, and the token each session
 * request carried. Its handler threads are started up front, so that a test counting the
 * JVM's threads sees only the client's.
 */
final class LoopbackCheckout implements AutoCloseable {

	static {
		// The JDK server writes an answer's head and body apart: without TCP_NODELAY the
		// body waits for the client's delayed ACK of the head, some 40 ms an answer.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;

	private final ThreadPoolExecutor handlers;

	private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();

	private final List<String> tokenClientIds = new CopyOnWriteArrayList<>();

	private final Map<String, String> authorizationBySession = new ConcurrentHashMap<>();

	private final Map<String, CountDownLatch> heldAnswers = new ConcurrentHashMap<>();

	private final byte[] sessionBody = ApiStubs.fixture("get-sessions-200-pending.json")
		.getBytes(StandardCharsets.UTF_8);

	LoopbackCheckout(int handlerThreads) throws IOException {
		AtomicInteger count = new AtomicInteger();
		this.handlers = new ThreadPoolExecutor(handlerThreads, handlerThreads, 1, TimeUnit.MINUTES,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "loopback-checkout-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.handlers.prestartAllCoreThreads();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
		this.server.setExecutor(this.handlers);
		this.server.createContext("/connect/token", this::token);
		this.server.createContext("/sessions/", this::session);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	String tokenUrl() {
		return baseUrl() + "/connect/token";
	}

	/**
	 * {@return the TCP connections accepted so far}
	 */
	int connections() {
		return this.connections.size();
	}

	List<String> tokenClientIds() {
		return this.tokenClientIds;
	}

	Map<String, String> authorizationBySession() {
		return this.authorizationBySession;
	}

	/**
	 * The answer to {@code GET /sessions/{sessionId}} waits until {@code release} is
	 * counted down; {@link #asked} tells when the request arrived.
	 */
	void holdAnswer(String sessionId, CountDownLatch release) {
		this.heldAnswers.put(sessionId, release);
	}

	boolean asked(String sessionId) {
		return this.authorizationBySession.containsKey(sessionId);
	}

	private void token(HttpExchange exchange) throws IOException {
		this.connections.add(exchange.getRemoteAddress());
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String clientId = "";
		for (String pair : form.split("&")) {
			if (pair.startsWith("client_id=")) {
				clientId = URLDecoder.decode(pair.substring(10), StandardCharsets.UTF_8);
			}
		}
		this.tokenClientIds.add(clientId);
		answer(exchange,
				("{\"access_token\":\"" + tokenOf(clientId)
						+ "\",\"expires_in\":3600,\"token_type\":\"Bearer\",\"scope\":\"sessions:browser\"}")
					.getBytes(StandardCharsets.UTF_8));
	}

	static String tokenOf(String clientId) {
		return "token-of-" + clientId;
	}

	private void session(HttpExchange exchange) throws IOException {
		this.connections.add(exchange.getRemoteAddress());
		exchange.getRequestBody().readAllBytes();
		String path = exchange.getRequestURI().getPath();
		String sessionId = path.substring(path.lastIndexOf('/') + 1);
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		this.authorizationBySession.put(sessionId, (authorization != null) ? authorization : "");
		CountDownLatch release = this.heldAnswers.get(sessionId);
		if (release != null) {
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		answer(exchange, this.sessionBody);
	}

	private static void answer(HttpExchange exchange, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("Cko-Request-Id", "req-loopback");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.handlers.shutdownNow();
	}

}
