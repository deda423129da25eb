package dev.checkoutsessions.client;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * The request factory the client builds when the caller gives none: always with connect and read
 * timeouts, never following redirects (a redirect must not carry the Authorization header elsewhere),
 * and without the HTTP library's own retries (they would multiply the client's attempts).
 */
final class DefaultRequestFactories {

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder", DefaultRequestFactories.class.getClassLoader());

	private DefaultRequestFactories() {
	}

	static ClientHttpRequestFactory create(Duration connectTimeout, Duration readTimeout) {
		return HTTP_COMPONENTS_PRESENT ? HttpComponentsFactory.create(connectTimeout, readTimeout)
				: jdk(connectTimeout, readTimeout);
	}

	static ClientHttpRequestFactory jdk(Duration connectTimeout, Duration readTimeout) {
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(readTimeout);
		return factory;
	}

}
