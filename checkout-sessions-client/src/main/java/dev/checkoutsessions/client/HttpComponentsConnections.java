package dev.checkoutsessions.client;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Timeout;
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
 *
 * <p>{@link #applyCallDeadlines} makes a request factory honour each call's deadline
 * ({@code checkout.call-timeout}) for the parts only HttpClient itself can bound: the wait for a pooled
 * connection, connecting, and the wait for the answer.
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

	/**
	 * Makes an HttpClient bound every request sent within a Sessions call by what is left of the call's deadline:
	 * the wait for a pooled connection (so running out of connections is a prompt, typed failure rather than a
	 * queue) and connecting, before the connection is leased; the response timeout once it is, so the time spent
	 * waiting for the pool is not granted twice and the last attempt's read timeout shrinks to what is left.
	 * Requests sent outside a call keep the client's own settings.
	 * @param builder the HttpClient builder
	 * @param connectTimeout the connect timeout the client's connections are configured with
	 * @param readTimeout the read timeout the client's connections are configured with
	 * @return the builder
	 */
	public static HttpClientBuilder applyCallDeadlines(HttpClientBuilder builder, Duration connectTimeout,
			Duration readTimeout) {
		long connectMillis = connectTimeout.toMillis();
		long readMillis = readTimeout.toMillis();
		return builder
			.addExecInterceptorBefore(ChainElement.CONNECT.name(), "checkout-call-deadline-lease",
					(request, scope, chain) -> {
						CallDeadline deadline = CallDeadline.current();
						if (deadline != null) {
							long remaining = deadline.remainingMillisAtLeastOne();
							// A connection leased later than this would leave no time to use it: stop waiting then,
							// rather than connect and give up.
							long lease = Math.max(1, remaining - CallDeadline.MIN_ATTEMPT_MILLIS);
							withConfig(scope.clientContext, (config) -> config
								.setConnectionRequestTimeout(Timeout.ofMilliseconds(lease))
								.setConnectTimeout(Timeout.ofMilliseconds(Math.min(connectMillis, remaining))));
						}
						return chain.proceed(request, scope);
					})
			.addExecInterceptorAfter(ChainElement.CONNECT.name(), "checkout-call-deadline-response",
					(request, scope, chain) -> {
						CallDeadline deadline = CallDeadline.current();
						if (deadline != null) {
							if (!deadline.leavesTimeForAnAttempt()) {
								// The connection came too late to be worth sending on: nothing was sent.
								throw new ConnectionRequestTimeoutException("the call's deadline passed while waiting "
										+ "for a pooled connection");
							}
							long remaining = deadline.remainingMillisAtLeastOne();
							withConfig(scope.clientContext, (config) -> config
								.setResponseTimeout(Timeout.ofMilliseconds(Math.min(readMillis, remaining))));
						}
						return chain.proceed(request, scope);
					});
	}

	private static void withConfig(HttpClientContext context, Consumer<RequestConfig.Builder> change) {
		RequestConfig.Builder config = RequestConfig.copy(context.getRequestConfigOrDefault());
		change.accept(config);
		context.setRequestConfig(config.build());
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
