package dev.checkoutsessions.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.util.ClassUtils;

/**
 * The request factory the client builds when the caller gives none: always with connect
 * and read timeouts, never following redirects (a redirect must not carry the
 * Authorization header elsewhere), and without the HTTP library's own retries (they would
 * multiply the client's attempts).
 */
final class DefaultRequestFactories {

	/** Whether Apache HttpClient 5 is on the classpath. */
	static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder",
			DefaultRequestFactories.class.getClassLoader());

	private DefaultRequestFactories() {
	}

	/**
	 * Whether the default factory has a pool of its own (HttpClient 5), whose size is
	 * {@code maxConnections}.
	 */
	static boolean hasPool() {
		return HTTP_COMPONENTS_PRESENT;
	}

	/**
	 * The default factory. The pool size and idle limits apply to HttpClient 5; the JDK
	 * client has no pool limit (it opens a connection per concurrent HTTP/1.1 exchange
	 * and keeps idle ones for reuse, as long as
	 * {@code jdk.httpclient.keepalive.timeout}).
	 * @param settings the client's settings
	 */
	static ClientHttpRequestFactory create(ClientSettings settings) {
		return HTTP_COMPONENTS_PRESENT ? HttpComponentsFactory.create(settings)
				: jdk(settings.connectTimeout(), settings.readTimeout());
	}

	/**
	 * The JDK client's factory. Its read timeout (the JDK's request timeout, which
	 * connecting counts against) shrinks to what is left of the call's deadline when that
	 * is shorter.
	 */
	static ClientHttpRequestFactory jdk(Duration connectTimeout, Duration readTimeout) {
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		// What JdkClientHttpRequestFactory(HttpClient) would create, shared by the
		// per-deadline factories.
		Executor executor = httpClient.executor().orElseGet(SimpleAsyncTaskExecutor::new);
		JdkClientHttpRequestFactory standard = jdkFactory(httpClient, executor, readTimeout);
		return (uri, method) -> {
			CallDeadline deadline = CallDeadline.current();
			if (deadline == null || deadline.remaining().compareTo(readTimeout) >= 0) {
				return standard.createRequest(uri, method);
			}
			// A factory is two references and a duration: cheaper than any per-request
			// hook would be.
			return jdkFactory(httpClient, executor, Duration.ofMillis(deadline.remainingMillisAtLeastOne()))
				.createRequest(uri, method);
		};
	}

	private static JdkClientHttpRequestFactory jdkFactory(HttpClient httpClient, Executor executor,
			Duration readTimeout) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient, executor);
		factory.setReadTimeout(readTimeout);
		return factory;
	}

}
