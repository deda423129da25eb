package dev.checkoutsessions.client;

import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.util.VersionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's quiet HttpClient 5 connections on the HttpClient 5 the build put on the
 * classpath: the Boot-managed one, and again the oldest supported line (5.5, whose
 * connection class is final) in a second Surefire execution.
 */
class HttpComponentsCompatibilityTests {

	private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.tls-compatibility-token";

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1"))
		.build();

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureEverything() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.previousLevel = root.getLevel();
		root.setLevel(Level.TRACE);
		this.logs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
		this.logs.start();
		root.addAppender(this.logs);
	}

	@AfterEach
	void restore() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.logs);
		root.setLevel(this.previousLevel);
	}

	@Test
	void runsOnTheHttpClientTheBuildChose() {
		VersionInfo loaded = VersionInfo.loadVersionInfo("org.apache.hc.client5", getClass().getClassLoader());
		String[] release = loaded.getRelease().split("\\.");
		assertThat(Integer.parseInt(release[0]) * 100 + Integer.parseInt(release[1])).as(loaded.getRelease())
			.isGreaterThanOrEqualTo(504);
		// The legacy execution names the version it swapped in; the default one runs what
		// Boot manages.
		String expected = System.getProperty("httpclient5.expected-version");
		if (expected != null) {
			assertThat(loaded.getRelease()).isEqualTo(expected);
		}
	}

	@Test
	void acceptsThisHttpClient() {
		HttpComponentsConnections.requireSupportedVersion(getClass().getClassLoader());
	}

	@Test
	void exchangesOverTlsWithoutLoggingHeadersOrWire() throws Exception {
		api.stubFor(get("/sessions/sid_tls").willReturn(okJson("{\"id\":\"sid_tls\"}")));
		SSLContext trustAll = SSLContextBuilder.create().loadTrustMaterial(TrustAllStrategy.INSTANCE).build();
		PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
			.setTlsSocketStrategy(new DefaultClientTlsStrategy(trustAll,
					// WireMock's own certificate names no host: trusted blindly, on
					// loopback only.
					HostnameVerificationPolicy.CLIENT, NoopHostnameVerifier.INSTANCE))
			.setConnectionFactory(HttpComponentsConnections.connectionFactory())
			.build();
		try (CloseableHttpClient client = HttpClients.custom().setConnectionManager(pool).build()) {
			for (int i = 0; i < 2; i++) {
				HttpGet request = new HttpGet("https://127.0.0.1:" + api.getHttpsPort() + "/sessions/sid_tls");
				request.setHeader("Authorization", "Bearer " + TOKEN);
				String body = client.execute(request, (response) -> EntityUtils.toString(response.getEntity()));
				assertThat(body).contains("sid_tls");
			}
		}
		api.verify(2, getRequestedFor(urlEqualTo("/sessions/sid_tls")).withHeader("Authorization",
				equalTo("Bearer " + TOKEN)));
		assertThat(captured()).as("HttpClient logged the exchange at DEBUG").isNotEmpty();
		assertThat(captured()).extracting(ILoggingEvent::getLoggerName)
			.doesNotContain("org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");
		assertThat(captured()).extracting(ILoggingEvent::getFormattedMessage)
			.noneSatisfy((line) -> assertThat(line).contains(TOKEN));
	}

	/**
	 * What was logged so far. WireMock's and the pool's threads go on logging while the
	 * test reads, and the appender adds under its own lock: copy under it.
	 */
	private List<ILoggingEvent> captured() {
		synchronized (this.logs) {
			return new ArrayList<>(this.logs.list);
		}
	}

}
