package dev.checkoutsessions.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP/1.1 server on loopback for answers WireMock cannot give cheaply: endless or
 * huge bodies streamed from a small buffer, and bodies that drip. It answers one request
 * per connection and tells when the client gave up on a connection (the write failed), so
 * tests can prove a read was stopped rather than drained.
 */
final class RawHttpServer implements AutoCloseable {

	/**
	 * Writes the answer to one request; throws {@link IOException} when the client goes
	 * away.
	 */
	@FunctionalInterface
	interface Handler {

		void answer(String requestHead, OutputStream out) throws IOException;

	}

	private final ServerSocket serverSocket;

	private final Handler handler;

	private final List<String> requestHeads = new CopyOnWriteArrayList<>();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final AtomicLong bytesWritten = new AtomicLong();

	private final CountDownLatch clientGaveUp = new CountDownLatch(1);

	RawHttpServer(Handler handler) throws IOException {
		this.handler = handler;
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptLoop, "raw-http-acceptor");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
	}

	List<String> requestHeads() {
		return this.requestHeads;
	}

	long bytesWritten() {
		return this.bytesWritten.get();
	}

	/**
	 * Whether a write to a client failed (it closed or reset the connection) within
	 * {@code millis}.
	 */
	boolean clientGaveUpWithin(long millis) throws InterruptedException {
		return this.clientGaveUp.await(millis, TimeUnit.MILLISECONDS);
	}

	private void acceptLoop() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				this.sockets.add(socket);
				Thread worker = new Thread(() -> serve(socket), "raw-http-worker");
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
			InputStream in = socket.getInputStream();
			String head = readHead(in);
			int length = contentLength(head);
			in.readNBytes(length);
			this.requestHeads.add(head);
			this.handler.answer(head, new CountingOutputStream(socket.getOutputStream()));
			socket.getOutputStream().flush();
		}
		catch (IOException ex) {
			this.clientGaveUp.countDown();
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < 4) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("client closed before sending a request");
			}
			head.write(next);
			matched = (next == end[matched]) ? matched + 1 : ((next == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
				return Integer.parseInt(line.substring(15).trim());
			}
		}
		return 0;
	}

	static void writeHead(OutputStream out, String statusLine, String... headers) throws IOException {
		StringBuilder head = new StringBuilder("HTTP/1.1 ").append(statusLine).append("\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		head.append("\r\n");
		out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

	private final class CountingOutputStream extends OutputStream {

		private final OutputStream delegate;

		CountingOutputStream(OutputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(int b) throws IOException {
			this.delegate.write(b);
			RawHttpServer.this.bytesWritten.incrementAndGet();
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.delegate.write(bytes, offset, length);
			RawHttpServer.this.bytesWritten.addAndGet(length);
		}

		@Override
		public void flush() throws IOException {
			this.delegate.flush();
		}

	}

}
