package dev.checkoutsessions.client;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.client.ClientHttpRequestFactory;

import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Authorization header (bearer token or session secret) goes to the configured API
 * host and nowhere else: redirects are never followed, {@code _links} are handed back and
 * never called, TLS is verified by default, and user input cannot add headers. "Another
 * host" is a second server on another port, reached through {@code localhost} while the
 * API is {@code 127.0.0.1}.
 */
class CredentialBoundariesTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension elsewhere = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().dynamicHttpsPort())
		.build();

	@BeforeEach
	void setUp() {
		ApiStubs.stubToken(api, ApiStubs.ACCESS_TOKEN, 3600);
		elsewhere.stubFor(any(anyUrl()).willReturn(ok("{}")));
	}

	@ParameterizedTest(name = "{0} {1} answered {2}")
	@CsvSource({ "JDK, GET, 301", "JDK, GET, 302", "JDK, GET, 307", "JDK, POST, 302", "JDK, POST, 307", "JDK, PUT, 308",
			"HTTP_COMPONENTS, GET, 302", "HTTP_COMPONENTS, GET, 307", "HTTP_COMPONENTS, POST, 303",
			"HTTP_COMPONENTS, POST, 307", "HTTP_COMPONENTS, PUT, 307" })
	void redirectsAreNeverFollowed(HostileResponsesTests.Transport transport, String method, int status)
			throws Exception {
		String target = "http://localhost:" + elsewhere.getPort() + "/steal";
		api.stubFor(anyRequest(method).willReturn(aResponse().withStatus(status).withHeader("Location", target)));
		try (AutoCloseable closeable = (AutoCloseable) client(transport)) {
			SessionsClient client = (SessionsClient) closeable;
			assertThatExceptionOfType(CheckoutApiException.class).isThrownBy(() -> call(client, method))
				.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(status))
				.withMessageContaining("HTTP " + status);
		}
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
		// 3xx is not retried: exactly one request reached the API.
		api.verify(1, anyRequestedFor(urlPathEqualTo(path(method))));
	}

	@Test
	void linksAreReturnedButNeverFollowed() throws Exception {
		String foreign = "http://localhost:" + elsewhere.getPort();
		String body = ApiStubs.fixture("post-sessions-202-pending.json")
			.replace("https://123456789.api.sandbox.checkout.com", foreign)
			.replace("https://3ds2-sandbox.ckotech.co", foreign)
			.replace("https://example.com", foreign);
		api.stubFor(post("/sessions").willReturn(ApiStubs.json(202, body)));
		api.stubFor(
				get(urlPathEqualTo("/sessions/sid_jlfm4ithpgpefdxgzzdnc3xrc4")).willReturn(ApiStubs.json(200, body)));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api).build()) {
			SessionsClient client = (SessionsClient) closeable;
			SessionResponse created = client.requestSession(SessionsClientWireTests.minimalRequest());
			GetSessionResponse session = created.getSession();
			assertThat(session.getLinks()).isNotEmpty();
			assertThat(session.getLinks().values())
				.allSatisfy((link) -> assertThat(link.getHref()).startsWith(foreign));
			client.getSessionDetails(session.getId());
			client.withSessionSecret(ApiStubs.SESSION_SECRET).getSessionDetails(session.getId());
		}
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
		api.verify(2, getRequestedFor(urlPathEqualTo("/sessions/sid_jlfm4ithpgpefdxgzzdnc3xrc4")));
	}

	@Test
	void tlsCertificatesAreVerifiedByDefault() throws Exception {
		// The second server's certificate is self-signed: a client that trusted anything
		// would reach it.
		String untrusted = "https://localhost:" + elsewhere.getHttpsPort();
		// The handshake fails as soon as the certificate is read; the timeouts only bound
		// a
		// hung server, generously, so that a busy machine's slow handshake is not a
		// read timeout.
		for (ClientHttpRequestFactory factory : new ClientHttpRequestFactory[] {
				DefaultRequestFactories.jdk(Duration.ofSeconds(10), Duration.ofSeconds(10)),
				HttpComponentsFactory.create(Duration.ofSeconds(10), Duration.ofSeconds(10)) }) {
			try (AutoCloseable closeable = (AutoCloseable) SessionsClient.builder()
				.baseUrl(untrusted)
				.tokenUrl(untrusted + "/connect/token")
				.clientCredentials(ApiStubs.CLIENT_ID, ApiStubs.CLIENT_SECRET)
				.requestFactory(factory)
				.retry(ClientSettings.Retry.disabled())
				.build()) {
				assertThatExceptionOfType(CheckoutAuthenticationException.class)
					.isThrownBy(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID))
					.satisfies((ex) -> assertThat(TransportFailures.kindOf(ex.getCause()))
						.isEqualTo(CheckoutTransportException.Kind.TLS_HANDSHAKE_FAILED))
					.withMessageContaining("tls handshake failed");
			}
			finally {
				if (factory instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
		}
		elsewhere.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void referenceAndProcessingChannelCannotInjectHeaders() throws Exception {
		String hostile = "ref\r\nX-Injected: 1\r\n\r\nGET /steal HTTP/1.1";
		api.stubFor(post("/sessions").willReturn(ApiStubs.fixtureResponse(201, "post-sessions-201-approved.json")));
		try (AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
			.processingChannelId("pc_x\r\nX-Channel-Injected: 1")
			.build()) {
			((SessionsClient) closeable)
				.requestSession(SessionsClientWireTests.minimalRequest().toBuilder().reference(hostile).build());
		}
		// Both travel only inside the JSON body, escaped; no header appeared and no
		// second request was smuggled.
		api.verify(1, postRequestedFor(urlPathEqualTo("/sessions"))
			.withRequestBody(equalToJson("{\"reference\":\"ref\\r\\nX-Injected: 1\\r\\n\\r\\nGET /steal HTTP/1.1\","
					+ "\"processing_channel_id\":\"pc_x\\r\\nX-Channel-Injected: 1\"}", true, true))
			.withoutHeader("X-Injected")
			.withoutHeader("X-Channel-Injected"));
		api.verify(0, anyRequestedFor(urlPathEqualTo("/steal")));
	}

	private static SessionsClient client(HostileResponsesTests.Transport transport) {
		SessionsClientBuilder builder = ApiStubs.clientFor(api);
		// The built-in default is HttpClient 5 (on this classpath); the JDK one is what
		// runs without it.
		if (transport == HostileResponsesTests.Transport.JDK) {
			builder.requestFactory(DefaultRequestFactories.jdk(Duration.ofMillis(500), Duration.ofMillis(800)));
		}
		return builder.build();
	}

	private static MappingBuilder anyRequest(String method) {
		return switch (method) {
			case "GET" -> get(urlPathEqualTo(path(method)));
			case "POST" -> post(urlPathEqualTo(path(method)));
			default -> put(urlPathEqualTo(path(method)));
		};
	}

	private static String path(String method) {
		return switch (method) {
			case "GET" -> "/sessions/" + SESSION_ID;
			case "POST" -> "/sessions";
			default -> "/sessions/" + SESSION_ID + "/collect-data";
		};
	}

	private static void call(SessionsClient client, String method) {
		switch (method) {
			case "GET" -> client.getSessionDetails(SESSION_ID);
			case "POST" -> client.requestSession(SessionsClientWireTests.minimalRequest());
			default -> client.updateSession(SESSION_ID, SessionsClientWireTests.browserData());
		}
	}

}
