package dev.checkoutsessions.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged sample application, AOT-processed at build time
 * ({@code spring-boot:process-aot}), started on the JVM with
 * {@code -Dspring.aot.enabled=true} as a separate process: it becomes healthy on the
 * embedded emulator and serves a whole 3-D Secure flow over HTTP. Starting with AOT
 * enabled fails when the generated initializer is missing, so this also proves the build
 * produced it.
 */
class AotProcessedApplicationIT {

	private static final Duration STARTUP = Duration.ofSeconds(90);

	private static final String BROWSER = """
			{"language":"en-GB","color_depth":"24","screen_height":"1080","screen_width":"1920","timezone":"-60",
			 "java_enabled":false,"javascript_enabled":true}""";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Process application;

	private static Path output;

	private static String baseUrl;

	@BeforeAll
	static void startAotProcessedJar() throws Exception {
		Path jar = Path.of(System.getProperty("sample.jar", "target/sample-app.jar"));
		assertThat(jar).as("the packaged sample application").isRegularFile();
		int port = freePort();
		baseUrl = "http://127.0.0.1:" + port;
		output = Files.createTempFile("sample-app-aot", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		application = new ProcessBuilder(List.of(java, "-Dspring.aot.enabled=true", "-jar", jar.toString(),
				"--server.port=" + port, "--server.address=127.0.0.1"))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		awaitHealthUp();
	}

	@AfterAll
	static void stop() throws Exception {
		if (application != null) {
			application.destroy();
			if (!application.waitFor(20, TimeUnit.SECONDS)) {
				application.destroyForcibly();
			}
		}
	}

	@Test
	void startedFromTheAotProcessedContext() throws IOException {
		assertThat(log()).contains("Starting AOT-processed SampleApplication");
	}

	@Test
	void healthIsUpWithTheCheckoutComponent() throws Exception {
		HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
		assertThat(health.statusCode()).isEqualTo(200);
		// UNKNOWN until the first call (health makes none of its own), UP after it.
		assertThat((String) JsonPath.read(health.body(), "$.components.checkout.status")).isIn("UP", "UNKNOWN");
		assertThat((String) JsonPath.read(health.body(), "$.components.checkout.details.tokenStatus")).isIn("VALID",
				"NONE");
	}

	@Test
	void frictionlessFlowOverHttp() throws Exception {
		HttpResponse<String> created = send(json("/api/sessions", "POST", "{\"card\":\"frictionless\"}"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$.step.sessionId");

		HttpResponse<String> collected = send(json("/api/sessions/" + id, "PUT", BROWSER));
		assertThat(collected.statusCode()).as(collected.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(collected.body(), "$.call.status")).isEqualTo("approved");

		HttpResponse<String> completed = send(json("/api/sessions/" + id + "/complete", "POST", ""));
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);

		HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/sessions/" + id)).GET());
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(read.body(), "$.step.step")).isEqualTo("authorise");
		assertThat((Boolean) JsonPath.read(read.body(), "$.result.completed")).isTrue();
		assertThat((String) JsonPath.read(read.body(), "$.call.auth")).isEqualTo("oauth");

		HttpResponse<String> prometheus = send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET());
		assertThat(prometheus.body()).contains("operation=\"complete_session\"");
	}

	private static void awaitHealthUp() throws Exception {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(application.isAlive()).as("the application exited early:%n%s", log()).isTrue();
			try {
				HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
				if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new AssertionError("not healthy within " + STARTUP + ":\n" + log());
	}

	private static HttpRequest.Builder json(String path, String method, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static URI uri(String path) {
		return URI.create(baseUrl + path);
	}

	private static String log() throws IOException {
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
