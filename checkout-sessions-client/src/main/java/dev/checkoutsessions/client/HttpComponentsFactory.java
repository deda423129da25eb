package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Apache HttpClient 5 factory, loaded only when HttpClient 5 is on the classpath. Its
 * pool holds {@code maxConnections} (HttpClient's default of 5 connections per route
 * would queue concurrent calls), every request within a call is bounded by the call's
 * deadline ({@link HttpComponentsConnections#applyCallDeadlines}), and idle connections
 * are closed before a load balancer does and checked before reuse
 * ({@link HttpComponentsConnections#applyIdleLimits}).
 */
final class HttpComponentsFactory {

	private HttpComponentsFactory() {
	}

	static ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout) {
		return create(timeouts(connectTimeout, readTimeout));
	}

	static ClientHttpRequestFactory create(ClientSettings settings) {
		return create(connectionManager(settings), settings);
	}

	// Split from create() so tests can hold the pool and prove that no connection stays
	// leased.
	static PoolingHttpClientConnectionManager connectionManager(Duration connectTimeout, Duration readTimeout,
			int maxConnections) {
		return connectionManager(timeouts(connectTimeout, readTimeout).withMaxConnections(maxConnections));
	}

	static PoolingHttpClientConnectionManager connectionManager(ClientSettings settings) {
		ConnectionConfig.Builder connectionConfig = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
			.setSocketTimeout(Timeout.of(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
		HttpComponentsConnections.applyIdleLimits(connectionConfig, settings.maxIdleTime(),
				settings.validateAfterInactivity());
		return PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(settings.maxConnections())
			.setMaxConnPerRoute(settings.maxConnections())
			.setDefaultConnectionConfig(connectionConfig.build())
			.setConnectionFactory(HttpComponentsConnections.connectionFactory())
			.build();
	}

	static HttpComponentsClientHttpRequestFactory create(PoolingHttpClientConnectionManager connectionManager,
			Duration readTimeout) {
		return create(connectionManager, ClientSettings.defaults().withReadTimeout(readTimeout));
	}

	static HttpComponentsClientHttpRequestFactory create(PoolingHttpClientConnectionManager connectionManager,
			Duration connectTimeout, Duration readTimeout) {
		return create(connectionManager, timeouts(connectTimeout, readTimeout));
	}

	/**
	 * The factory over {@code connectionManager}; destroying it closes the HttpClient,
	 * the pool and the thread that evicts idle connections.
	 */
	static HttpComponentsClientHttpRequestFactory create(PoolingHttpClientConnectionManager connectionManager,
			ClientSettings settings) {
		CloseableHttpClient httpClient = HttpComponentsConnections
			.evictIdleConnections(HttpComponentsConnections.applyCallDeadlines(HttpClients.custom(),
					settings.connectTimeout(), settings.readTimeout()), settings.maxIdleTime())
			.setConnectionManager(connectionManager)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			// Session bodies are a few KiB: decompression would cost more CPU than it
			// saves, and the API sets no cookies worth keeping.
			.disableContentCompression()
			.disableCookieManagement()
			.build();
		HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(settings.readTimeout());
		return factory;
	}

	private static ClientSettings timeouts(Duration connectTimeout, Duration readTimeout) {
		return ClientSettings.defaults().withConnectTimeout(connectTimeout).withReadTimeout(readTimeout);
	}

}
