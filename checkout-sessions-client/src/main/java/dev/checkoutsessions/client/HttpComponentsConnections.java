package dev.checkoutsessions.client;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.jspecify.annotations.Nullable;

/**
 * Apache HttpClient 5 connections that never log what crosses the wire. HttpClient's own
 * {@code org.apache.hc.client5.http.wire} and {@code .headers} loggers print every byte and header at DEBUG,
 * which for this client means bearer tokens, session secrets and card numbers; an application that turns
 * debug logging on for troubleshooting must not leak them. Everything else about the connection is
 * HttpClient's default ({@link DefaultManagedHttpClientConnection}).
 *
 * <p>Install with {@code PoolingHttpClientConnectionManagerBuilder.setConnectionFactory(connectionFactory())};
 * the client's own HttpClient 5 factory and the Spring Boot starter do. Loaded only when HttpClient 5 is present.
 */
public final class HttpComponentsConnections {

	private static final AtomicLong COUNTER = new AtomicLong();

	private HttpComponentsConnections() {
	}

	/**
	 * A connection factory whose connections do not log the wire or headers.
	 * @return the factory
	 */
	public static HttpConnectionFactory<ManagedHttpClientConnection> connectionFactory() {
		return new HttpConnectionFactory<>() {

			@Override
			public ManagedHttpClientConnection createConnection(@Nullable Socket socket) throws IOException {
				QuietConnection connection = new QuietConnection("checkout-" + COUNTER.getAndIncrement());
				if (socket != null) {
					connection.bind(socket);
				}
				return connection;
			}

		};
	}

	/** Binds plain socket holders (never the logging ones) and skips the header log hooks. */
	private static final class QuietConnection extends DefaultManagedHttpClientConnection {

		QuietConnection(String id) {
			super(id);
		}

		@Override
		public void bind(Socket socket) throws IOException {
			bind(new SocketHolder(socket));
		}

		@Override
		public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
			bind(new SocketHolder(sslSocket, socket));
		}

		@Override
		protected void onRequestSubmitted(ClassicHttpRequest request) {
			// Deliberately silent: the superclass logs every request header, Authorization included.
		}

		@Override
		protected void onResponseReceived(ClassicHttpResponse response) {
			// Deliberately silent, like requests.
		}

	}

}
