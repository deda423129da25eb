package dev.checkoutsessions.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.apache.hc.core5.util.VersionInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Apache HttpClient 5 connections that never log what crosses the wire. HttpClient's own
 * connections print every byte ({@code org.apache.hc.client5.http.wire}) and every header
 * ({@code org.apache.hc.client5.http.headers}) at DEBUG, which for this client means
 * bearer tokens, session secrets and card numbers; an application that turns debug
 * logging on for troubleshooting must not leak them.
 *
 * <p>
 * The connection wraps HttpCore's {@link DefaultBHttpClientConnection}, the HTTP/1.1
 * codec HttpClient's own connection is built on, which has no logging; it does not extend
 * HttpClient's connection class, which is package-private and final before HttpClient
 * 5.6. It therefore works on every HttpClient 5 from 5.4 (HttpCore 5.3) on; an older one
 * is refused when the factory is created, with the version needed, not at the first call.
 *
 * <p>
 * Install with
 * {@code PoolingHttpClientConnectionManagerBuilder.setConnectionFactory(connectionFactory())};
 * the client's own HttpClient 5 factory and the Spring Boot starter do. Loaded only when
 * HttpClient 5 is present.
 *
 * <p>
 * {@link #applyCallDeadlines} makes a request factory honour each call's deadline
 * ({@code checkout.call-timeout}) for the parts only HttpClient itself can bound: the
 * wait for a pooled connection, connecting, and the wait for the answer.
 * {@link #applyIdleLimits} and {@link #evictIdleConnections} keep a pooled connection
 * from being used after a load balancer or the server closed it for idleness
 * ({@code checkout.http.max-idle-time} and
 * {@code checkout.http.validate-after-inactivity}).
 *
 * @since 0.1.0
 */
public final class HttpComponentsConnections {

	/**
	 * The oldest HttpClient 5 accepted: the connections need 5.4 (HttpCore 5.3), and
	 * 5.4.0 to 5.4.2 have a published vulnerability (CVE-2025-27820, domain checks of TLS
	 * certificates could be bypassed).
	 */
	static final String MINIMUM_VERSION = "5.4.3";

	private static final AtomicLong COUNTER = new AtomicLong();

	// HttpClient 5.6 can refuse, when leasing, a connection idle for too long; before it
	// only the background sweep closes them.
	private static final boolean IDLE_TIMEOUT_ON_LEASE = ClassUtils.hasMethod(ConnectionConfig.Builder.class,
			"setIdleTimeout", Timeout.class);

	private HttpComponentsConnections() {
	}

	/**
	 * A connection factory whose connections do not log the wire or headers.
	 * @return the factory
	 * @throws IllegalStateException when the HttpClient 5 on the classpath is older than
	 * 5.4
	 */
	public static HttpConnectionFactory<ManagedHttpClientConnection> connectionFactory() {
		requireSupportedVersion(HttpComponentsConnections.class.getClassLoader());
		return (socket) -> {
			QuietConnection connection = new QuietConnection("checkout-" + COUNTER.getAndIncrement());
			if (socket != null) {
				connection.bind(socket);
			}
			return connection;
		};
	}

	/**
	 * Makes an HttpClient bound every request sent within a Sessions call by what is left
	 * of the call's deadline: the wait for a pooled connection (so running out of
	 * connections is a prompt, typed failure rather than a queue) and connecting, before
	 * the connection is leased; the response timeout once it is, so the time spent
	 * waiting for the pool is not granted twice and the last attempt's read timeout
	 * shrinks to what is left. Requests sent outside a call keep the client's own
	 * settings.
	 * @param builder the HttpClient builder
	 * @param connectTimeout the connect timeout the client's connections are configured
	 * with
	 * @param readTimeout the read timeout the client's connections are configured with
	 * @return the builder
	 */
	public static HttpClientBuilder applyCallDeadlines(HttpClientBuilder builder, Duration connectTimeout,
			Duration readTimeout) {
		long connectMillis = connectTimeout.toMillis();
		long readMillis = readTimeout.toMillis();
		return builder.addExecInterceptorBefore(ChainElement.CONNECT.name(), "checkout-call-deadline-lease",
				(request, scope, chain) -> {
					CallDeadline deadline = CallDeadline.current();
					if (deadline != null) {
						long remaining = deadline.remainingMillisAtLeastOne();
						// A connection leased later than this would leave no time to use
						// it: stop waiting then, rather than connect and give up.
						long lease = Math.max(1, remaining - CallDeadline.MIN_ATTEMPT_MILLIS);
						withConfig(scope.clientContext,
								(config) -> config.setConnectionRequestTimeout(Timeout.ofMilliseconds(lease))
									.setConnectTimeout(Timeout.ofMilliseconds(Math.min(connectMillis, remaining))));
					}
					return chain.proceed(request, scope);
				})
			.addExecInterceptorAfter(ChainElement.CONNECT.name(), "checkout-call-deadline-response",
					(request, scope, chain) -> {
						CallDeadline deadline = CallDeadline.current();
						if (deadline != null) {
							if (!deadline.leavesTimeForAnAttempt()) {
								// The connection came too late to be worth sending on:
								// nothing was sent.
								throw new ConnectionRequestTimeoutException(
										"the call's deadline passed while waiting " + "for a pooled connection");
							}
							long remaining = deadline.remainingMillisAtLeastOne();
							withConfig(scope.clientContext, (config) -> config
								.setResponseTimeout(Timeout.ofMilliseconds(Math.min(readMillis, remaining))));
						}
						return chain.proceed(request, scope);
					});
	}

	/**
	 * Keeps pooled connections from being used after the other end may have closed them
	 * for idleness: a connection idle for {@code validateAfterInactivity} is checked for
	 * a close before it is used again, and on HttpClient 5.6 or later one idle for
	 * {@code maxIdleTime} is not used at all. Without this a request can be written to a
	 * connection a load balancer has just closed: it fails without an answer, and a
	 * {@code POST} that fails so may have been processed, so it is not retried.
	 * @param config the connection configuration of the pool
	 * @param maxIdleTime how long a connection may sit idle in the pool
	 * @param validateAfterInactivity how long a connection may sit idle before it is
	 * checked; zero checks it before every request
	 * @return the configuration builder
	 */
	public static ConnectionConfig.Builder applyIdleLimits(ConnectionConfig.Builder config, Duration maxIdleTime,
			Duration validateAfterInactivity) {
		config.setValidateAfterInactivity(TimeValue.ofMilliseconds(validateAfterInactivity.toMillis()));
		if (IDLE_TIMEOUT_ON_LEASE) {
			config.setIdleTimeout(Timeout.ofMilliseconds(atLeastOneMilli(maxIdleTime)));
		}
		return config;
	}

	/**
	 * Closes pooled connections idle for {@code maxIdleTime} in the background, so that
	 * the client, not a load balancer, ends them: the sweep runs every tenth of
	 * {@code maxIdleTime} but at most once a second from HttpClient 5.6, every
	 * {@code maxIdleTime} before. Its thread ends when the HttpClient is closed.
	 * @param builder the HttpClient builder
	 * @param maxIdleTime how long a connection may sit idle in the pool
	 * @return the builder
	 */
	public static HttpClientBuilder evictIdleConnections(HttpClientBuilder builder, Duration maxIdleTime) {
		return builder.evictIdleConnections(TimeValue.ofMilliseconds(atLeastOneMilli(maxIdleTime)));
	}

	// HttpClient reads zero as "never".
	private static long atLeastOneMilli(Duration duration) {
		return Math.max(1, duration.toMillis());
	}

	private static void withConfig(HttpClientContext context, Consumer<RequestConfig.Builder> change) {
		RequestConfig.Builder config = RequestConfig.copy(context.getRequestConfigOrDefault());
		change.accept(config);
		context.setRequestConfig(config.build());
	}

	/**
	 * Fails when HttpCore lacks what the connections call (binding a TLS socket over its
	 * network socket came with HttpCore 5.3, the one HttpClient 5.4 needs): better at
	 * startup than at the first HTTPS call.
	 */
	static void requireSupportedVersion(@Nullable ClassLoader classLoader) {
		String client = release("org.apache.hc.client5", classLoader);
		if (!ClassUtils.hasMethod(DefaultBHttpClientConnection.class, "bind", SSLSocket.class, Socket.class)
				|| !atLeast(client, MINIMUM_VERSION)) {
			throw new IllegalStateException("The Checkout.com Sessions client needs Apache HttpClient "
					+ MINIMUM_VERSION + " or later (org.apache.httpcomponents.client5:httpclient5, with httpcore5 "
					+ "5.3 or later); found httpclient5 " + client + " and httpcore5 "
					+ release("org.apache.hc.core5", classLoader) + ". Before " + MINIMUM_VERSION
					+ " it lacks what the client's connections need or has CVE-2025-27820 (TLS host names not always"
					+ " checked). Upgrade them (let Spring Boot manage their versions), or remove httpclient5 so the"
					+ " JDK HttpClient is used.");
		}
	}

	/**
	 * Whether a release such as {@code 5.4.2} is at least {@code minimum}. A missing part
	 * counts as 0 ({@code 5.4} is 5.4.0) and a pre-release part ({@code 5.4-beta1}) as
	 * below; an unknown release passes (the method check still applies).
	 */
	static boolean atLeast(String release, String minimum) {
		if (!release.matches("\\d.*")) {
			return true;
		}
		String[] have = release.split("[.-]");
		String[] need = minimum.split("\\.");
		for (int i = 0; i < need.length; i++) {
			int wanted = Integer.parseInt(need[i]);
			int found;
			if (i >= have.length) {
				found = 0;
			}
			else if (have[i].matches("\\d{1,6}")) {
				found = Integer.parseInt(have[i]);
			}
			else {
				return false;
			}
			if (found != wanted) {
				return found > wanted;
			}
		}
		return true;
	}

	private static String release(String module, @Nullable ClassLoader classLoader) {
		VersionInfo info = VersionInfo.loadVersionInfo(module, classLoader);
		return (info != null) ? info.getRelease() : "(unknown version)";
	}

	/**
	 * HttpClient's managed connection without its loggers: the HTTP/1.1 work is
	 * HttpCore's, this adds what HttpClient's pool expects of a managed connection (the
	 * socket, idle mode, closing once).
	 */
	static final class QuietConnection implements ManagedHttpClientConnection, Identifiable {

		private final String id;

		private final DefaultBHttpClientConnection codec = new DefaultBHttpClientConnection(Http1Config.DEFAULT);

		private final AtomicBoolean closed = new AtomicBoolean();

		private volatile @Nullable Socket socket;

		// The timeout in use before the pool parks the connection, restored when it
		// leases it again.
		private volatile Timeout socketTimeout = Timeout.DISABLED;

		QuietConnection(String id) {
			this.id = id;
		}

		@Override
		public String getId() {
			return this.id;
		}

		@Override
		public void bind(Socket socket) throws IOException {
			refuseWhenClosed(socket);
			this.codec.bind(socket);
			bound(socket, socket);
		}

		@Override
		public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
			refuseWhenClosed(sslSocket);
			this.codec.bind(sslSocket, socket);
			bound(sslSocket, sslSocket);
		}

		private void refuseWhenClosed(Socket socket) throws IOException {
			if (this.closed.get()) {
				socket.close();
				throw new InterruptedIOException("Connection already shut down");
			}
		}

		private void bound(Socket socket, Socket timeoutSource) throws IOException {
			this.socket = socket;
			this.socketTimeout = Timeout.ofMilliseconds(timeoutSource.getSoTimeout());
		}

		@Override
		public @Nullable Socket getSocket() {
			return this.socket;
		}

		@Override
		public @Nullable SSLSession getSSLSession() {
			return (this.socket instanceof SSLSocket sslSocket) ? sslSocket.getSession() : null;
		}

		@Override
		public void passivate() {
			this.codec.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
		}

		@Override
		public void activate() {
			this.codec.setSocketTimeout(this.socketTimeout);
		}

		@Override
		public void setSocketTimeout(Timeout timeout) {
			this.codec.setSocketTimeout(timeout);
			this.socketTimeout = timeout;
		}

		@Override
		public Timeout getSocketTimeout() {
			return this.codec.getSocketTimeout();
		}

		@Override
		public void close() throws IOException {
			if (this.closed.compareAndSet(false, true)) {
				this.codec.close();
			}
		}

		@Override
		public void close(CloseMode closeMode) {
			if (this.closed.compareAndSet(false, true)) {
				this.codec.close(closeMode);
			}
		}

		@Override
		public boolean isOpen() {
			return this.codec.isOpen();
		}

		@Override
		public boolean isConsistent() {
			return this.codec.isConsistent();
		}

		@Override
		public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
			this.codec.sendRequestHeader(request);
		}

		@Override
		public void terminateRequest(ClassicHttpRequest request) throws HttpException, IOException {
			this.codec.terminateRequest(request);
		}

		@Override
		public void sendRequestEntity(ClassicHttpRequest request) throws HttpException, IOException {
			this.codec.sendRequestEntity(request);
		}

		@Override
		public ClassicHttpResponse receiveResponseHeader() throws HttpException, IOException {
			return this.codec.receiveResponseHeader();
		}

		@Override
		public void receiveResponseEntity(ClassicHttpResponse response) throws HttpException, IOException {
			this.codec.receiveResponseEntity(response);
		}

		@Override
		public boolean isDataAvailable(Timeout timeout) throws IOException {
			return this.codec.isDataAvailable(timeout);
		}

		@Override
		public boolean isStale() throws IOException {
			return this.codec.isStale();
		}

		@Override
		public void flush() throws IOException {
			this.codec.flush();
		}

		@Override
		public @Nullable EndpointDetails getEndpointDetails() {
			return this.codec.getEndpointDetails();
		}

		@Override
		public @Nullable SocketAddress getLocalAddress() {
			return this.codec.getLocalAddress();
		}

		@Override
		public @Nullable SocketAddress getRemoteAddress() {
			return this.codec.getRemoteAddress();
		}

		@Override
		public ProtocolVersion getProtocolVersion() {
			return this.codec.getProtocolVersion();
		}

		@Override
		public String toString() {
			return this.id;
		}

	}

}
