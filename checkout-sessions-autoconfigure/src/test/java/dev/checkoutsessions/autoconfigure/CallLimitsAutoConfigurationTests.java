package dev.checkoutsessions.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.netty.http.HttpResources;
import reactor.netty.resources.ConnectionProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.test.util.ReflectionTestUtils;

import dev.checkoutsessions.client.CheckoutDeadlineExceededException;
import dev.checkoutsessions.client.RateLimiter;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code checkout.call-timeout}, {@code checkout.http.max-connections} and
 * {@code checkout.rate-limit.*} (local store) through the auto-configuration, against a
 * token endpoint on WireMock and an API that never answers.
 */
class CallLimitsAutoConfigurationTests {

	private static WireMockServer tokens;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
						SslAutoConfiguration.class, RestClientAutoConfiguration.class,
						CheckoutRateLimitAutoConfiguration.class, SessionsClientAutoConfiguration.class))
		.withPropertyValues("checkout.oauth.client-id=ack_test", "checkout.oauth.client-secret=s3cr3t-value");

	@BeforeAll
	static void startTokenEndpoint() {
		tokens = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		tokens.start();
		tokens.stubFor(post("/connect/token")
			.willReturn(okJson("{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
	}

	@AfterAll
	static void stopTokenEndpoint() {
		tokens.stop();
	}

	@Test
	void callTimeoutAndMaxConnectionsReachTheClient() {
		this.contextRunner.withPropertyValues("checkout.call-timeout=3s", "checkout.http.max-connections=50")
			.run((context) -> assertThat(limits(context.getBean(SessionsClient.class)))
				.containsEntry("callTimeout", "PT3S")
				.containsEntry("maxConnections", 50)
				.doesNotContainKey("rateLimit"));
	}

	@Test
	void defaultsAreTwentySecondsAndTwoHundredConnections() {
		this.contextRunner.run((context) -> assertThat(limits(context.getBean(SessionsClient.class)))
			.containsEntry("callTimeout", "PT20S")
			.containsEntry("maxConnections", 200));
	}

	@Test
	void invalidLimitsFailAtStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("checkout.http.max-connections=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'checkout.http.max-connections' must be 1 or more, was 0"));
		this.contextRunner.withPropertyValues("checkout.call-timeout=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'checkout.call-timeout' must be a positive duration"));
		this.contextRunner
			.withPropertyValues("checkout.rate-limit.enabled=true", "checkout.rate-limit.writes-per-second=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'checkout.rate-limit.writes-per-second' must be 1 or more, was 0"));
		this.contextRunner.withPropertyValues("checkout.http.max-idle-time=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'checkout.http.max-idle-time' must be a positive duration, was PT0S"));
		this.contextRunner.withPropertyValues("checkout.http.validate-after-inactivity=-1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'checkout.http.validate-after-inactivity' must not be negative, was PT-1S"));
	}

	@Test
	void rateLimitIsOffByDefault() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(RateLimiter.class));
	}

	@Test
	void localRateLimitWhenEnabled() {
		this.contextRunner
			.withPropertyValues("checkout.rate-limit.enabled=true", "checkout.rate-limit.writes-per-second=50",
					"checkout.rate-limit.max-wait=250ms")
			.run((context) -> {
				// The top-level account's local limiter, from the application's local
				// store.
				assertThat(context.getBean(RateLimiter.class).describe()).containsEntry("writesPerSecond", 50);
				assertThat(context.getBean(RateLimiter.class))
					.hasToString("LocalRateLimiter{reads=100/s, writes=50/s}");
				assertThat(limits(context.getBean(SessionsClient.class))).extractingByKey("rateLimit")
					.asString()
					.contains("store=local", "readsPerSecond=100", "writesPerSecond=50", "maxWait=PT0.25S");
			});
	}

	@Test
	void backsOffWhenUserDefinesRateLimiter() {
		RateLimiter own = RateLimiter.local(7, 7);
		this.contextRunner.withPropertyValues("checkout.rate-limit.enabled=true")
			.withBean(RateLimiter.class, () -> own)
			.run((context) -> assertThat(context).getBean(RateLimiter.class).isSameAs(own));
	}

	@Test
	void jettyPoolIsSizedByMaxConnections() {
		this.contextRunner
			.withPropertyValues("spring.http.clients.imperative.factory=jetty", "checkout.http.max-connections=42")
			.run((context) -> {
				JettyClientHttpRequestFactory factory = (JettyClientHttpRequestFactory) context
					.getBean(SessionsClientAutoConfiguration.CheckoutRequestFactory.class)
					.get();
				HttpClient jetty = (HttpClient) ReflectionTestUtils.getField(factory, "httpClient");
				assertThat(jetty.getMaxConnectionsPerDestination()).isEqualTo(42);
				assertThat(limits(context.getBean(SessionsClient.class))).containsEntry("maxConnections", 42);
			});
	}

	@Test
	void reactorNettyGetsAConnectionProviderOfItsOwnSizedByMaxConnections() {
		AtomicReference<ConnectionProvider> provider = new AtomicReference<>();
		this.contextRunner
			.withPropertyValues("spring.http.clients.imperative.factory=reactor", "checkout.http.max-connections=42")
			.run((context) -> {
				ReactorClientHttpRequestFactory factory = (ReactorClientHttpRequestFactory) context
					.getBean(SessionsClientAutoConfiguration.CheckoutRequestFactory.class)
					.get();
				reactor.netty.http.client.HttpClient reactor = (reactor.netty.http.client.HttpClient) ReflectionTestUtils
					.getField(factory, "httpClient");
				provider.set(reactor.configuration().connectionProvider());
				assertThat(provider.get().maxConnections()).isEqualTo(42);
				assertThat(provider.get()).isNotSameAs(HttpResources.get());
				assertThat(limits(context.getBean(SessionsClient.class))).containsEntry("maxConnections", 42);
			});
		assertThat(provider.get().isDisposed()).as("the client's own provider is disposed with the context").isTrue();
	}

	@Test
	void jdkClientHasNoPoolToSize() {
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jdk")
			.run((context) -> assertThat(limits(context.getBean(SessionsClient.class)))
				.doesNotContainKey("maxConnections"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http-components", "jdk", "jetty", "reactor" })
	void everyDetectedTransportEndsAStalledCallAtTheCallTimeout(String factory) throws Exception {
		try (Stalling api = new Stalling()) {
			assertStalledCallEndsAtTheCallTimeout(factory, api.baseUrl(), tokens.baseUrl(),
					CheckoutDeadlineExceededException.Phase.RESPONSE, true);
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http-components", "jdk", "jetty", "reactor" })
	void everyDetectedTransportEndsAStalledTokenRequestAtTheCallTimeout(String factory) throws Exception {
		try (Stalling tokenEndpoint = new Stalling()) {
			assertStalledCallEndsAtTheCallTimeout(factory, tokens.baseUrl(), tokenEndpoint.baseUrl(),
					CheckoutDeadlineExceededException.Phase.OAUTH_TOKEN, false);
		}
	}

	/**
	 * One call with a 1 s call timeout and a 30 s read timeout on {@code factory} ends
	 * typed at the call timeout (well before the read timeout) and leaves no interrupt on
	 * the calling thread.
	 */
	private void assertStalledCallEndsAtTheCallTimeout(String factory, String apiUrl, String tokenBaseUrl,
			CheckoutDeadlineExceededException.Phase phase, boolean requestSent) {
		this.contextRunner
			.withPropertyValues("spring.http.clients.imperative.factory=" + factory, "checkout.base-url=" + apiUrl,
					"checkout.oauth.token-url=" + tokenBaseUrl + "/connect/token", "checkout.call-timeout=1s",
					"checkout.http.read-timeout=30s")
			.run((context) -> {
				SessionsClient client = context.getBean(SessionsClient.class);
				// The API call needs a token first; a stalled token endpoint is reached
				// by the call itself.
				if (phase == CheckoutDeadlineExceededException.Phase.RESPONSE) {
					((SessionsClientDiagnostics) client).obtainOAuthToken(Duration.ofSeconds(5));
				}
				long began = System.nanoTime();
				assertThatExceptionOfType(CheckoutDeadlineExceededException.class)
					.isThrownBy(() -> client.getSessionDetails("sid_y3oqhf46pyzuxjbcn2giaqnb44"))
					.satisfies((ex) -> {
						assertThat(ex.getPhase()).isEqualTo(phase);
						assertThat(ex.isRequestSent()).isEqualTo(requestSent);
					});
				// Ended by the 1 s call timeout, not the 30 s read timeout; the margin is
				// for a busy build machine, where 100 ms of scheduling delay is common.
				assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(3));
				assertThat(Thread.currentThread().isInterrupted()).as("no interrupt left on the caller's thread")
					.isFalse();
			});
	}

	private static Map<String, Object> limits(SessionsClient client) {
		return ((SessionsClientDiagnostics) client).limits();
	}

	/** Accepts connections and never answers. */
	static final class Stalling implements AutoCloseable {

		private final ServerSocket server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());

		private final List<Socket> sockets = new CopyOnWriteArrayList<>();

		Stalling() throws IOException {
			Thread acceptor = new Thread(() -> {
				while (!this.server.isClosed()) {
					try {
						this.sockets.add(this.server.accept());
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "stalling-api");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		String baseUrl() {
			return "http://127.0.0.1:" + this.server.getLocalPort();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
			for (Socket socket : this.sockets) {
				socket.close();
			}
		}

	}

}
