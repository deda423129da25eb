package dev.checkoutsessions.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on loopback that accepts every connection and never answers: the request bytes
 * sit in the socket buffer. The worst an API can do to a client, and what a deadline must
 * survive.
 */
final class StallingServer implements AutoCloseable {

	private final ServerSocket serverSocket;

	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	StallingServer() throws IOException {
		// A backlog large enough that connecting never waits for the accept loop.
		this.serverSocket = new ServerSocket(0, 2000, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.serverSocket.isClosed()) {
				try {
					this.connections.add(this.serverSocket.accept());
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "stalling-acceptor");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
	}

	/** Connections accepted so far. */
	int connections() {
		return this.connections.size();
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.connections) {
			socket.close();
		}
	}

}
