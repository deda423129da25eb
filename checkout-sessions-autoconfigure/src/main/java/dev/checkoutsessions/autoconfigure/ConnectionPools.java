package dev.checkoutsessions.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.eclipse.jetty.client.HttpClient;
import org.jspecify.annotations.Nullable;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JettyClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;
import org.springframework.util.ClassUtils;

import dev.checkoutsessions.client.HttpComponentsConnections;
import dev.checkoutsessions.client.ClientSettings;

/**
 * Sizes the client's own connection pool ({@code checkout.http.max-connections}) on
 * whichever transport Spring Boot detected, and tunes it for the client:
 * <ul>
 * <li>HttpClient 5 (the starter's): pool size, waits bounded by each call's deadline
 * (pool lease, connect, response), idle connections closed after
 * {@code checkout.http.max-idle-time} and checked before reuse after
 * {@code checkout.http.validate-after-inactivity}, no automatic retries, no compression
 * or cookies, no wire logging.</li>
 * <li>Jetty: connections per destination; a call's wait for one is bounded by the read
 * timeout. Its idle timeout is left alone: Jetty applies it to requests waiting for an
 * answer too.</li>
 * <li>JDK HttpClient and {@code HttpURLConnection}: no pool limit exists to set; each
 * concurrent call opens a connection.</li>
 * <li>Reactor Netty: a connection provider of the client's own (the shared one's 500
 * connections serve every other client of the application too), disposed with the
 * context; a wait for a connection is bounded by the read timeout; idle connections are
 * closed after {@code checkout.http.max-idle-time}.</li>
 * </ul>
 * Each library is referenced only from its own nested class, so none of them is needed on
 * the classpath.
 */
final class ConnectionPools {

	private static final Log logger = LogFactory.getLog(ConnectionPools.class);

	private static final ClassLoader CLASS_LOADER = ConnectionPools.class.getClassLoader();

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils
		.isPresent("org.apache.hc.client5.http.impl.classic.HttpClientBuilder", CLASS_LOADER);

	private static final boolean JETTY_PRESENT = ClassUtils.isPresent("org.eclipse.jetty.client.HttpClient",
			CLASS_LOADER);

	private static final boolean REACTOR_NETTY_PRESENT = ClassUtils
		.isPresent("reactor.netty.resources.ConnectionProvider", CLASS_LOADER);

	private ConnectionPools() {
	}

	/**
	 * The builder with its pool sized.
	 *
	 * @param builder the builder to build the client's request factory with
	 * @param pooled whether a pool limit was applied
	 * @param pool what to close with the request factory: a pool the builder does not
	 * own, if any
	 */
	record Sized(ClientHttpRequestFactoryBuilder<?> builder, boolean pooled, @Nullable AutoCloseable pool) {

		Sized(ClientHttpRequestFactoryBuilder<?> builder, boolean pooled) {
			this(builder, pooled, null);
		}

	}

	static Sized size(ClientHttpRequestFactoryBuilder<?> builder, ClientSettings settings) {
		int maxConnections = settings.maxConnections();
		if (HTTP_COMPONENTS_PRESENT
				&& builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return new Sized(HttpComponents.apply(httpComponents, maxConnections, settings), true);
		}
		if (JETTY_PRESENT && builder instanceof JettyClientHttpRequestFactoryBuilder jetty) {
			return new Sized(Jetty.apply(jetty, maxConnections), true);
		}
		if (REACTOR_NETTY_PRESENT && builder instanceof ReactorClientHttpRequestFactoryBuilder reactor) {
			return ReactorNetty.apply(reactor, maxConnections, settings);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("checkout.http.max-connections (" + maxConnections + ") is not applied: "
					+ builder.getClass().getSimpleName() + " has no connection limit to set; every concurrent call "
					+ "opens its own connection");
		}
		return new Sized(builder, false);
	}

	private static final class HttpComponents {

		static ClientHttpRequestFactoryBuilder<?> apply(HttpComponentsClientHttpRequestFactoryBuilder builder,
				int maxConnections, ClientSettings settings) {
			return builder
				// The client retries by operation; HttpClient's own retries would
				// multiply its attempts.
				.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
				// Session bodies are a few KiB: decompressing costs more CPU than it
				// saves; no cookies to keep.
				.withHttpClientCustomizer((client) -> client.disableContentCompression().disableCookieManagement())
				// The pool lease, connect and response waits of a call end with the
				// call's deadline.
				.withHttpClientCustomizer((client) -> HttpComponentsConnections.applyCallDeadlines(client,
						settings.connectTimeout(), settings.readTimeout()))
				// A load balancer closes idle connections without a word: the client
				// closes them first and checks those that sat idle before writing to
				// them. The evictor's thread is closed with the HttpClient, which the
				// request factory closes when the context does.
				.withHttpClientCustomizer(
						(client) -> HttpComponentsConnections.evictIdleConnections(client, settings.maxIdleTime()))
				.withConnectionConfigCustomizer((config) -> HttpComponentsConnections.applyIdleLimits(config,
						settings.maxIdleTime(), settings.validateAfterInactivity()))
				.withConnectionManagerCustomizer((pool) -> pool.setMaxConnPerRoute(maxConnections)
					.setMaxConnTotal(maxConnections)
					// HttpClient's wire and header loggers would print tokens and card
					// numbers at DEBUG.
					.setConnectionFactory(HttpComponentsConnections.connectionFactory()));
		}

	}

	private static final class Jetty {

		static ClientHttpRequestFactoryBuilder<?> apply(JettyClientHttpRequestFactoryBuilder builder,
				int maxConnections) {
			return builder.withHttpClientCustomizer(
					(HttpClient client) -> client.setMaxConnectionsPerDestination(maxConnections));
		}

	}

	private static final class ReactorNetty {

		static Sized apply(ReactorClientHttpRequestFactoryBuilder builder, int maxConnections,
				ClientSettings settings) {
			ConnectionProvider provider = ConnectionProvider.builder("checkout-sessions")
				.maxConnections(maxConnections)
				// Every caller may queue (Reactor's default refuses beyond twice the pool
				// at once), each for at most the read timeout, as on the other
				// transports.
				.pendingAcquireMaxCount(-1)
				.pendingAcquireTimeout(settings.readTimeout())
				// Checked when a connection is acquired, and swept in the background so
				// that the client, not a load balancer, closes idle connections.
				.maxIdleTime(settings.maxIdleTime())
				.evictInBackground(settings.maxIdleTime())
				.build();
			// Boot applies the timeouts, redirects and SSL of the settings to the client
			// this factory creates.
			ReactorClientHttpRequestFactoryBuilder sized = builder
				.withHttpClientFactory(() -> reactor.netty.http.client.HttpClient.create(provider));
			return new Sized(sized, true, provider::dispose);
		}

	}

}
