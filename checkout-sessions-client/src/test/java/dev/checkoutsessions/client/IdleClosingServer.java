package dev.checkoutsessions.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for the token endpoint and {@code POST /sessions} that keeps
 * connections alive, as the API does, and closes any connection idle longer than its idle
 * timeout without telling the client, as a load balancer does: no
 * {@code Connection: close}, no {@code Keep-Alive: timeout}, just a FIN. A request the
 * client writes to such a connection gets no answer.
 */
final class IdleClosingServer implements AutoCloseable {

	private static final byte[] TOKEN = ("{\"access_token\":\"" + ApiStubs.ACCESS_TOKEN
			+ "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] SESSION = ApiStubs.fixture("post-sessions-201-approved.json")
		.getBytes(StandardCharsets.UTF_8);

	private final ServerSocket serverSocket;

	private final int idleTimeoutMillis;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicInteger sessionsCreated = new AtomicInteger();

	private final AtomicInteger closedForIdleness = new AtomicInteger();

	private final AtomicInteger closedByClient = new AtomicInteger();

	IdleClosingServer(Duration idleTimeout) throws IOException {
		this.idleTimeoutMillis = Math.toIntExact(idleTimeout.toMillis());
		this.serverSocket = new ServerSocket(0, 500, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptLoop, "idle-closing-acceptor");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
	}

	/** Connections opened so far. */
	int connections() {
		return this.sockets.size();
	}

	/** {@code POST /sessions} answered with a 201. */
	int sessionsCreated() {
		return this.sessionsCreated.get();
	}

	/** Connections this server closed because they sat idle past its idle timeout. */
	int closedForIdleness() {
		return this.closedForIdleness.get();
	}

	/** Connections the client closed between two requests. */
	int closedByClient() {
		return this.closedByClient.get();
	}

	private void acceptLoop() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				this.sockets.add(socket);
				Thread worker = new Thread(() -> serve(socket), "idle-closing-worker");
				worker.setDaemon(true);
				worker.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			while (true) {
				socket.setSoTimeout(this.idleTimeoutMillis);
				in.mark(1);
				int first;
				try {
					first = in.read();
				}
				catch (SocketTimeoutException ex) {
					this.closedForIdleness.incrementAndGet();
					return;
				}
				if (first < 0) {
					this.closedByClient.incrementAndGet();
					return;
				}
				in.reset();
				// Once a request has begun it is read whole, however slow.
				socket.setSoTimeout(10_000);
				String head = readHead(in);
				in.readNBytes(contentLength(head));
				answer(head, out);
			}
		}
		catch (IOException ex) {
			// The client went away mid-exchange, or the server was closed.
		}
	}

	private void answer(String head, OutputStream out) throws IOException {
		if (head.startsWith("POST /connect/token ")) {
			write(out, "200 OK", TOKEN);
		}
		else if (head.startsWith("POST /sessions ")) {
			// Counted before the answer leaves, so a caller that has it sees the count.
			this.sessionsCreated.incrementAndGet();
			write(out, "201 Created", SESSION);
		}
		else {
			write(out, "404 Not Found", "{}".getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void write(OutputStream out, String status, byte[] body) throws IOException {
		RawHttpServer.writeHead(out, status, "Content-Type: application/json", "Content-Length: " + body.length,
				"Cko-Request-Id: idle-closing");
		out.write(body);
		out.flush();
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

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
				return Integer.parseInt(line.substring(15).trim());
			}
		}
		return 0;
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

}
