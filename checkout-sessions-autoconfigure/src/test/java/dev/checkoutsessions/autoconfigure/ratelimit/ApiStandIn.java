package dev.checkoutsessions.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback stand-in for the Sessions API and its token endpoint that answers at once
 * and notes when each {@code POST /sessions} arrived, so a test can count what the fleet
 * sent per second.
 */
final class ApiStandIn implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(32);

	private final ConcurrentLinkedQueue<Long> sessionRequests = new ConcurrentLinkedQueue<>();

	private final byte[] session;

	ApiStandIn() throws IOException {
		this.session = Files.readAllBytes(Path.of("..", "fixtures", "post-sessions-201-approved.json"));
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
		this.server.setExecutor(this.executor);
		this.server.createContext("/connect/token",
				(exchange) -> answer(exchange, 200,
						"{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
							.getBytes(StandardCharsets.UTF_8)));
		this.server.createContext("/sessions", (exchange) -> {
			this.sessionRequests.add(System.nanoTime());
			answer(exchange, 201, this.session);
		});
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** {@link System#nanoTime()} of every {@code POST /sessions} received. */
	List<Long> sessionRequests() {
		return List.copyOf(this.sessionRequests);
	}

	private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.readAllBytes();
		}
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
