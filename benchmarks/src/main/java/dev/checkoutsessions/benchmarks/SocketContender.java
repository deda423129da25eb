package dev.checkoutsessions.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not a client: the server's ceiling. Each benchmark thread writes pre-built request
 * bytes on its own keep-alive socket and reads the answer by its Content-Length. If this
 * is far above the floor, the server is not what limits the contenders.
 */
final class SocketContender implements Contender {

	private final String host;

	private final int port;

	private final byte[] post;

	private final byte[] get;

	private final Map<Thread, Connection> connections = new ConcurrentHashMap<>();

	SocketContender(String baseUrl) {
		URI uri = URI.create(baseUrl);
		this.host = uri.getHost();
		this.port = uri.getPort();
		String authority = this.host + ":" + this.port;
		byte[] body = Fixtures.bytes(Fixtures.REQUEST);
		byte[] head = ("POST /sessions HTTP/1.1\r\nHost: " + authority
				+ "\r\nAuthorization: Bearer bench-token-3600\r\n"
				+ "Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
				+ "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		this.post = new byte[head.length + body.length];
		System.arraycopy(head, 0, this.post, 0, head.length);
		System.arraycopy(body, 0, this.post, head.length, body.length);
		this.get = ("GET /sessions/" + Fixtures.SESSION_ID + " HTTP/1.1\r\nHost: " + authority
				+ "\r\nAuthorization: Bearer bench-token-3600\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	@Override
	public Object requestSession() throws IOException {
		return connection().exchange(this.post);
	}

	@Override
	public Object getSessionDetails() throws IOException {
		return connection().exchange(this.get);
	}

	private Connection connection() {
		return this.connections.computeIfAbsent(Thread.currentThread(), (thread) -> {
			try {
				return new Connection(new Socket(this.host, this.port));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Override
	public String sessionId(Object answer) {
		return FloorContender.field(new String((byte[]) answer, StandardCharsets.UTF_8), "id");
	}

	@Override
	public void close() throws IOException {
		for (Connection connection : this.connections.values()) {
			connection.socket.close();
		}
	}

	private static final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		Connection(Socket socket) throws IOException {
			socket.setTcpNoDelay(true);
			this.socket = socket;
			this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
			this.out = socket.getOutputStream();
		}

		byte[] exchange(byte[] request) throws IOException {
			this.out.write(request);
			int contentLength = -1;
			StringBuilder line = new StringBuilder(128);
			while (true) {
				line.setLength(0);
				int b;
				while ((b = this.in.read()) != '\n') {
					if (b == -1) {
						throw new IOException("connection closed by the server");
					}
					if (b != '\r') {
						line.append((char) b);
					}
				}
				if (line.length() == 0) {
					break;
				}
				String header = line.toString();
				if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
					contentLength = Integer.parseInt(header.substring(15).trim());
				}
			}
			return this.in.readNBytes(contentLength);
		}

	}

}
