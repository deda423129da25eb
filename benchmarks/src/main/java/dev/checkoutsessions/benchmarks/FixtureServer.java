package dev.checkoutsessions.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * The one loopback server every contender talks to: HTTP/1.1 with keep-alive, fixed
 * answers built once from the fixtures, one blocking thread per connection. That is the
 * cheapest design for a few dozen keep-alive connections: no selector, no parsing beyond
 * the request line and the two headers that say how long the body is. Answers:
 * <ul>
 * <li>{@code POST /connect/token} a token valid for an hour; {@code POST
 * /connect/token/expires-in/{n}} one valid for {@code n} seconds (0 makes the official
 * SDK fetch a token on every call);</li>
 * <li>{@code POST /sessions} 201 with {@value Fixtures#CREATED};</li>
 * <li>{@code GET /sessions/{id}} 200 with {@value Fixtures#DETAILS};</li>
 * <li>{@code GET /stats} the requests served and this process's CPU time, to show the
 * server is cheap.</li>
 * </ul>
 * Plain HTTP unless given an {@link SSLContext}: then every connection starts with a TLS
 * handshake, as Checkout.com's hosts do (the cold-start benchmark, where the handshakes
 * are part of what a first call pays).
 */
public final class FixtureServer implements AutoCloseable {

	private static final byte[] CREATED = response(201, "Created", Fixtures.bytes(Fixtures.CREATED));

	private static final byte[] DETAILS = response(200, "OK", Fixtures.bytes(Fixtures.DETAILS));

	private static final byte[] NOT_FOUND = response(404, "Not Found", new byte[0]);

	private final ServerSocket serverSocket;

	private final ExecutorService connections = Executors.newCachedThreadPool((runnable) -> {
		Thread thread = new Thread(runnable, "fixture-server");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, byte[]> tokens = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	private final Map<Socket, Boolean> open = new ConcurrentHashMap<>();

	// Time every session answer takes, like the real API talking to directory servers (0
	// for none).
	private final long thinkMillis;

	// Never answer a session request (the stall case); the token endpoint still answers.
	private final boolean stall;

	private final boolean tls;

	// Told about every TLS handshake and every request, or null: the other benchmarks
	// pay nothing for it.
	private final Consumer<String> events;

	/** Listens on {@code port} of the loopback interface (0 picks a free port). */
	public FixtureServer(int port) throws IOException {
		this(port, 0, false);
	}

	/**
	 * A server whose session answers take {@code thinkMillis}, or never come when
	 * {@code stall}. Thread per connection, so its capacity is connections / think time:
	 * above any load a client can put on it.
	 */
	public FixtureServer(int port, long thinkMillis, boolean stall) throws IOException {
		this(port, thinkMillis, stall, null, null);
	}

	/**
	 * A server like {@link #FixtureServer(int, long, boolean)} that speaks TLS with the
	 * key of {@code tls} when given one, and tells {@code events} (when given) about each
	 * handshake ({@code handshake <protocol> <cipher suite>}) and each request
	 * ({@code <method> <path>}).
	 */
	FixtureServer(int port, long thinkMillis, boolean stall, SSLContext tls, Consumer<String> events)
			throws IOException {
		this.thinkMillis = thinkMillis;
		this.stall = stall;
		this.tls = tls != null;
		this.events = events;
		InetAddress loopback = InetAddress.getLoopbackAddress();
		// A backlog for a thousand callers connecting at once.
		this.serverSocket = (tls != null) ? tls.getServerSocketFactory().createServerSocket(port, 4096, loopback)
				: new ServerSocket(port, 4096, loopback);
		Thread acceptor = new Thread(this::accept, "fixture-server-acceptor");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.serverSocket.getLocalPort();
	}

	public String baseUrl() {
		return (this.tls ? "https" : "http") + "://127.0.0.1:" + port();
	}

	public long requests() {
		return this.requests.get();
	}

	/**
	 * Runs the server alone: {@code FixtureServer <port> <port-file> [think-ms] [stall]};
	 * CPU and request totals go to stdout at exit.
	 */
	public static void main(String[] args) throws Exception {
		FixtureServer server = new FixtureServer(Integer.parseInt(args[0]),
				(args.length > 2) ? Long.parseLong(args[2]) : 0, args.length > 3 && args[3].equals("stall"));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(server.stats())));
		Files.writeString(Path.of(args[1]), Integer.toString(server.port()));
		Thread.currentThread().join();
	}

	/** One line of JSON: requests served and the CPU this process used for them. */
	String stats() {
		return "{\"requests\":" + this.requests.get() + ",\"cpu_ns\":" + processCpuNanos() + "}";
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				socket.setTcpNoDelay(true);
				this.open.put(socket, Boolean.TRUE);
				this.connections.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			if (socket instanceof SSLSocket tlsSocket) {
				// Now rather than on the first read, so that it is seen and can be told.
				tlsSocket.startHandshake();
				if (this.events != null) {
					SSLSession session = tlsSocket.getSession();
					this.events.accept("handshake " + session.getProtocol() + " " + session.getCipherSuite());
				}
			}
			InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
			OutputStream out = socket.getOutputStream();
			RequestHead head = new RequestHead();
			while (head.read(in)) {
				head.skipBody(in);
				this.requests.incrementAndGet();
				if (this.events != null) {
					this.events.accept(head.method + " " + head.path);
				}
				if (head.path.startsWith("/sessions")) {
					think();
				}
				out.write(answer(head));
				if (head.close) {
					return;
				}
			}
		}
		catch (SocketException ex) {
			// The client closed its pooled connection: nothing to do.
		}
		catch (IOException ex) {
			System.err.println("fixture server: " + ex);
		}
		finally {
			this.open.remove(socket);
		}
	}

	private void think() throws IOException {
		try {
			if (this.stall) {
				Thread.sleep(Long.MAX_VALUE);
			}
			if (this.thinkMillis > 0) {
				Thread.sleep(this.thinkMillis);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SocketException("server stopping");
		}
	}

	private byte[] answer(RequestHead head) {
		String path = head.path;
		if (head.method.equals("POST") && path.startsWith("/connect/token")) {
			String lifetime = path.startsWith("/connect/token/expires-in/")
					? path.substring("/connect/token/expires-in/".length()) : "3600";
			return this.tokens.computeIfAbsent(lifetime, FixtureServer::token);
		}
		if (head.method.equals("POST") && path.equals("/sessions")) {
			return CREATED;
		}
		if (head.method.equals("GET") && path.startsWith("/sessions/")) {
			return DETAILS;
		}
		if (head.method.equals("GET") && path.equals("/stats")) {
			return response(200, "OK", stats().getBytes(StandardCharsets.UTF_8));
		}
		return NOT_FOUND;
	}

	private static byte[] token(String expiresIn) {
		String body = "{\"access_token\":\"bench-token-" + expiresIn + "\",\"expires_in\":" + expiresIn
				+ ",\"token_type\":\"Bearer\",\"scope\":\"sessions:app sessions:browser\"}";
		return response(200, "OK", body.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] response(int status, String reason, byte[] body) {
		byte[] head = ("HTTP/1.1 " + status + " " + reason + "\r\n"
				+ "Content-Type: application/json; charset=utf-8\r\n" + "Content-Length: " + body.length + "\r\n"
				+ "Cko-Request-Id: 0HMB3BD5LKVJN:00000001\r\n" + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] whole = new byte[head.length + body.length];
		System.arraycopy(head, 0, whole, 0, head.length);
		System.arraycopy(body, 0, whole, head.length, body.length);
		return whole;
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.open.keySet()) {
			socket.close();
		}
		this.connections.shutdownNow();
	}

	/**
	 * The parts of a request head the server needs; reused for every request on a
	 * connection.
	 */
	private static final class RequestHead {

		private final StringBuilder line = new StringBuilder(256);

		String method = "";

		String path = "";

		long contentLength;

		boolean chunked;

		boolean close;

		/**
		 * Reads the request line and headers; false at end of stream (the client closed
		 * the connection).
		 */
		boolean read(InputStream in) throws IOException {
			if (!readLine(in)) {
				return false;
			}
			String requestLine = this.line.toString();
			int firstSpace = requestLine.indexOf(' ');
			int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
			this.method = requestLine.substring(0, firstSpace);
			this.path = requestLine.substring(firstSpace + 1, secondSpace);
			int query = this.path.indexOf('?');
			if (query >= 0) {
				this.path = this.path.substring(0, query);
			}
			this.contentLength = 0;
			this.chunked = false;
			this.close = false;
			while (readLine(in) && this.line.length() > 0) {
				String header = this.line.toString();
				int colon = header.indexOf(':');
				String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(colon + 1).trim();
				switch (name) {
					case "content-length" -> this.contentLength = Long.parseLong(value);
					case "transfer-encoding" -> this.chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> this.close = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			return true;
		}

		void skipBody(InputStream in) throws IOException {
			if (this.chunked) {
				while (true) {
					readLine(in);
					int size = Integer.parseInt(this.line.toString().split(";", 2)[0].trim(), 16);
					if (size == 0) {
						while (readLine(in) && this.line.length() > 0) {
							// trailers
						}
						return;
					}
					in.skipNBytes(size);
					readLine(in);
				}
			}
			in.skipNBytes(this.contentLength);
		}

		private boolean readLine(InputStream in) throws IOException {
			this.line.setLength(0);
			int b;
			while ((b = in.read()) != -1) {
				if (b == '\n') {
					int last = this.line.length() - 1;
					if (last >= 0 && this.line.charAt(last) == '\r') {
						this.line.setLength(last);
					}
					return true;
				}
				this.line.append((char) b);
			}
			return false;
		}

	}

}
