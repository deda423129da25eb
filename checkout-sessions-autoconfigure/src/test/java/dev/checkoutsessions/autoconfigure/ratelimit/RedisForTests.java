package dev.checkoutsessions.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Redis the shared-limit tests run against: Debian's {@code redis-server},
 * started on loopback by {@code .ci/run}, which passes its port in
 * {@code CHECKOUT_TEST_REDIS_PORT} (or the system property
 * {@code checkout.test.redis.port}). Outside CI a missing Redis skips these tests, saying
 * how to run them; in CI ({@code CI=true}) it fails them.
 */
final class RedisForTests {

	private RedisForTests() {
	}

	/** The port of a Redis that answers PING, or the test is skipped (failed in CI). */
	static int port() {
		String configured = System.getProperty("checkout.test.redis.port", System.getenv("CHECKOUT_TEST_REDIS_PORT"));
		String problem;
		if (configured == null || configured.isBlank()) {
			problem = "no Redis configured (CHECKOUT_TEST_REDIS_PORT)";
		}
		else {
			int port = Integer.parseInt(configured.trim());
			problem = ping(port);
			if (problem == null) {
				return port;
			}
		}
		String message = "Redis tests need a redis-server on loopback: " + problem
				+ "; run .ci/run, or start 'redis-server --port 6390 --save \"\"' and set CHECKOUT_TEST_REDIS_PORT=6390";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(message);
		}
		Assumptions.abort(message);
		throw new IllegalStateException(message);
	}

	/**
	 * How many clients with the given name the Redis at {@code port} holds, as the server
	 * counts them ({@code CLIENT LIST}): each is one connection it keeps open.
	 */
	static long clients(int port, String name) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("CLIENT LIST\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder header = new StringBuilder();
			int next;
			while ((next = in.read()) != '\n' && next >= 0) {
				header.append((char) next);
			}
			if (header.charAt(0) != '$') {
				throw new IOException("CLIENT LIST answered '" + header.toString().trim() + "'");
			}
			int length = Integer.parseInt(header.substring(1).trim());
			String list = new String(in.readNBytes(length), StandardCharsets.UTF_8);
			return list.lines().filter((line) -> line.contains(" name=" + name + " ")).count();
		}
	}

	private static String ping(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			byte[] answer = new byte[7];
			InputStream in = socket.getInputStream();
			int read = in.readNBytes(answer, 0, 7);
			String text = new String(answer, 0, read, StandardCharsets.US_ASCII);
			return text.startsWith("+PONG") ? null : "Redis on port " + port + " answered '" + text.trim() + "'";
		}
		catch (IOException ex) {
			return "nothing answers on 127.0.0.1:" + port + " (" + ex.getMessage() + ")";
		}
	}

}
