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
 * would queue concurrent calls), and every request within a call is bounded by the call's
 * deadline ({@link HttpComponentsConnections#applyCallDeadlines}).
 */
final class HttpComponentsFactory {

	private HttpComponentsFactory() {
	}

	static ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout) {
		return create(connectTimeout, readTimeout, ClientSettings.defaults().maxConnections());
	}

	static ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout, int maxConnections) {
		return create(connectionManager(connectTimeout, readTimeout, maxConnections), connectTimeout, readTimeout);
	}

	// Split from create() so tests can hold the pool and prove that no connection stays
	// leased.
	static PoolingHttpClientConnectionManager connectionManager(Duration connectTimeout, Duration readTimeout,
			int maxConnections) {
		ConnectionConfig connectionConfig = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(connectTimeout.toMillis(), TimeUnit.MILLISECONDS))
			.setSocketTimeout(Timeout.of(readTimeout.toMillis(), TimeUnit.MILLISECONDS))
			.build();
		return PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(maxConnections)
			.setMaxConnPerRoute(maxConnections)
			.setDefaultConnectionConfig(connectionConfig)
			.setConnectionFactory(HttpComponentsConnections.connectionFactory())
			.build();
	}

	static HttpComponentsClientHttpRequestFactory create(PoolingHttpClientConnectionManager connectionManager,
			Duration readTimeout) {
		return create(connectionManager, ClientSettings.defaults().connectTimeout(), readTimeout);
	}

	static HttpComponentsClientHttpRequestFactory create(PoolingHttpClientConnectionManager connectionManager,
			Duration connectTimeout, Duration readTimeout) {
		CloseableHttpClient httpClient = HttpComponentsConnections
			.applyCallDeadlines(HttpClients.custom(), connectTimeout, readTimeout)
			.setConnectionManager(connectionManager)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			// Session bodies are a few KiB: decompression would cost more CPU than it
			// saves, and the API sets no cookies worth keeping.
			.disableContentCompression()
			.disableCookieManagement()
			.build();
		HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(readTimeout);
		return factory;
	}

}
