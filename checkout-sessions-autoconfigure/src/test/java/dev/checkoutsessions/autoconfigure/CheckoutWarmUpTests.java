package dev.checkoutsessions.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import dev.checkoutsessions.autoconfigure.health.CheckoutHealthIndicator;
import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The warm start ({@code checkout.warm-up.*}): the token, a pooled connection and the
 * JSON mapping are prepared once the application is ready, in the background, and never
 * during the context refresh.
 */
class CheckoutWarmUpTests {

	private static final String MISSING_SESSION = "sid_doesnotexist0000000000000";

	private static SessionsEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = SessionsEmulator.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void resetCounts() {
		emulator.resetCountsAndFaults();
	}

	@Test
	void refreshAloneSendsNothingAndTheReadyEventStartsTheWarmUp() {
		contextRunner().run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(CheckoutWarmUp.class);
			SessionsClientDiagnostics client = (SessionsClientDiagnostics) context.getBean(SessionsClient.class);
			assertThat(emulator.requestCount(Endpoint.TOKEN)).isZero();
			assertThat(client.warmUpState()).isNull();

			context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
					context.getSourceApplicationContext(), Duration.ZERO));

			await().atMost(Duration.ofSeconds(20)).until(() -> "done".equals(client.warmUpState()));
			assertThat(emulator.requestCount(Endpoint.TOKEN)).isEqualTo(1);
		});
	}

	@Test
	void warmUpFetchesTheTokenOnceAfterReadyAndTheFirstCallNeedsNoTokenRequest() {
		try (ConfigurableApplicationContext context = runApplication(emulator.baseUrl(), emulator.tokenUrl())) {
			SessionsClient client = context.getBean(SessionsClient.class);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> "done".equals(((SessionsClientDiagnostics) client).warmUpState()));
			assertThat(emulator.requestCount(Endpoint.TOKEN)).isEqualTo(1);
			assertThat(health(context).getDetails()).containsEntry("warmUp", "done");

			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> client.getSessionDetails(MISSING_SESSION))
				.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
			assertThat(emulator.requestCount(Endpoint.TOKEN)).as("the first call used the warmed-up token")
				.isEqualTo(1);
		}
	}

	@Test
	void warmUpOffSendsNoRequestBeforeTheFirstCall() throws Exception {
		try (ConfigurableApplicationContext context = runApplication(emulator.baseUrl(), emulator.tokenUrl(),
				"--checkout.warm-up.enabled=false")) {
			assertThat(context.getBeansOfType(CheckoutWarmUp.class)).isEmpty();
			SessionsClient client = context.getBean(SessionsClient.class);
			// No listener, so nothing can start one after the ready event that has
			// passed.
			assertThat(emulator.requestCount(Endpoint.TOKEN)).isZero();
			assertThat(((SessionsClientDiagnostics) client).warmUpState()).isNull();
			assertThat(health(context).getDetails()).doesNotContainKey("warmUp");

			assertThatExceptionOfType(CheckoutApiException.class)
				.isThrownBy(() -> client.getSessionDetails(MISSING_SESSION));
			assertThat(emulator.requestCount(Endpoint.TOKEN)).isEqualTo(1);
		}
	}

	@Test
	void unreachableTokenEndpointFailsTheWarmUpNotTheStartupAndHealthSaysSo() throws Exception {
		int closedPort = closedLoopbackPort();
		try (ConfigurableApplicationContext context = runApplication("http://127.0.0.1:" + closedPort,
				"http://127.0.0.1:" + closedPort + "/connect/token", "--checkout.warm-up.timeout=3s")) {
			assertThat(context.isActive()).isTrue();
			SessionsClientDiagnostics client = (SessionsClientDiagnostics) context.getBean(SessionsClient.class);
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				String state = client.warmUpState();
				return state != null && state.startsWith("failed");
			});
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(CheckoutHealthIndicator.CHECKOUT_DOWN);
			assertThat(health.getDetails().get("warmUp")).asString()
				.startsWith("failed: no OAuth token")
				.doesNotContain(emulator.clientSecret())
				.doesNotContain("application-yml-secret");
		}
	}

	/**
	 * A CDS training run ({@code -Dspring.context.exit=onRefresh}) halts the JVM right
	 * after the refresh, so it runs in a JVM of its own ({@link TrainingRunApplication}),
	 * pointed at a loopback port that counts every connection: the starter must open none
	 * (no token, no API host, no Redis), warm-up on or not.
	 */
	@Test
	void trainingRunRefreshesOfflineWithoutAnyConnection() throws Exception {
		String output = trainingRunConnectingNowhere();
		assertThat(output).contains(TrainingRunApplication.REFRESHED + " clients: 1 warm-up listener: true");
	}

	/**
	 * The shared rate limit is a client of the application's Redis: a training run
	 * refreshes it without connecting, so with Redis at the counting port nothing reaches
	 * it either.
	 */
	@Test
	void trainingRunWithTheRateLimitSharedOnRedisRefreshesWithoutConnectingToRedis() throws Exception {
		String output = trainingRunConnectingNowhere("--checkout.rate-limit.enabled=true",
				"--checkout.rate-limit.store=redis");
		assertThat(output).contains(TrainingRunApplication.REFRESHED + " clients: 1 warm-up listener: true",
				"rate limit: [RedisRateLimiter]");
	}

	/**
	 * Runs {@link TrainingRunApplication} with every remote service (token, API host,
	 * Redis) at one loopback port that counts connections, and asserts that none reached
	 * it.
	 * @param args more arguments of the application
	 * @return what the training run printed
	 */
	private static String trainingRunConnectingNowhere(String... args) throws Exception {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			// The client ports of what was accepted, in the order the backlog held them.
			List<Integer> accepted = new CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						Socket socket = server.accept();
						accepted.add(socket.getPort());
						socket.close();
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "training-run-acceptor");
			acceptor.setDaemon(true);
			acceptor.start();
			String url = "http://127.0.0.1:" + server.getLocalPort();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.add("-Dspring.context.exit=onRefresh");
			command.add("-cp");
			command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
			command.add(TrainingRunApplication.class.getName());
			command.add("--checkout.base-url=" + url);
			command.add("--checkout.oauth.token-url=" + url + "/connect/token");
			command.add("--spring.data.redis.url=redis://127.0.0.1:" + server.getLocalPort());
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			assertThat(output).contains(TrainingRunApplication.REFRESHED);
			// A connection opened before the halt sits in the backlog ahead of this one:
			// once this one is accepted, so is anything the training run opened.
			try (Socket last = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
				await().atMost(Duration.ofSeconds(10)).until(() -> accepted.contains(last.getLocalPort()));
				assertThat(accepted).as(output).containsExactly(last.getLocalPort());
			}
			return output;
		}
	}

	/** The client's auto-configuration on the emulator, refreshed but never "ready". */
	private static ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					SessionsClientAutoConfiguration.class))
			.withPropertyValues("checkout.base-url=" + emulator.baseUrl(),
					"checkout.oauth.token-url=" + emulator.tokenUrl(),
					"checkout.oauth.client-id=" + emulator.clientId(),
					"checkout.oauth.client-secret=" + emulator.clientSecret());
	}

	private static Health health(ConfigurableApplicationContext context) {
		Health health = context.getBean(CheckoutHealthIndicator.class).health(true);
		assertThat(health).isNotNull();
		return health;
	}

	private static ConfigurableApplicationContext runApplication(String baseUrl, String tokenUrl, String... more) {
		List<String> args = new ArrayList<>(List.of("--checkout.base-url=" + baseUrl,
				"--checkout.oauth.token-url=" + tokenUrl, "--checkout.oauth.client-id=" + emulator.clientId(),
				"--checkout.oauth.client-secret=" + emulator.clientSecret()));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(WarmUpApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	private static int closedLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class WarmUpApplication {

	}

}
