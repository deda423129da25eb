package dev.checkoutsessions.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy to Redis that a test can cut: {@link #cut()} closes every
 * connection and refuses new ones, which is Redis going away as the application sees it,
 * without stopping the Redis other tests use. {@link #interrupt()} and {@link #restore()}
 * make it flap on the same port.
 */
final class TcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean interrupted;

	TcpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "redis-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** Redis disappears: connections reset, new ones refused. */
	void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

	/**
	 * Redis goes away until {@link #restore()}: connections reset, and new ones are
	 * closed as soon as they are accepted (a reconnect fails, as against a Redis that is
	 * restarting), while the port stays the same for the reconnects after it.
	 */
	void interrupt() throws IOException {
		this.interrupted = true;
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

	/** Redis is back: new connections reach it again. */
	void restore() {
		this.interrupted = false;
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (this.interrupted) {
					client.close();
					continue;
				}
				Socket redis = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.sockets.add(client);
				this.sockets.add(redis);
				pipe(client, redis);
				pipe(redis, client);
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// One side went away: the other goes too.
			}
			try {
				from.close();
				to.close();
			}
			catch (IOException ex) {
				// Already closed.
			}
			// A flapping run opens hundreds: only the open ones are kept to be cut.
			this.sockets.remove(from);
			this.sockets.remove(to);
		}, "redis-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

}
