package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built standalone jar, started as a process the way a front-end developer would
 * start it, answers a token request and a full flow over plain HTTP with the credentials
 * given on its command line.
 */
class StandaloneJarIT {

	private static final String CHANNEL = "pc_standalonechannel000000000";

	private static Process process;

	private static final Map<String, String> settings = new HashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startJar() throws Exception {
		Path jar = Path.of(System.getProperty("emulator.standalone-jar"));
		assertThat(jar).exists();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0", "--client-id",
				"ack_standalone", "--client-secret", "standalone-secret", "--processing-channel-id", CHANNEL)
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		String line;
		while (!settings.containsKey("checkout.processing-channel-id") && (line = out.readLine()) != null) {
			int equals = line.indexOf('=');
			if (line.startsWith("checkout.") && equals > 0) {
				settings.put(line.substring(0, equals), line.substring(equals + 1));
			}
			assertThat(System.nanoTime()).as("settings printed in time").isLessThan(deadline);
		}
		// Keep draining the output so the process never blocks on a full pipe.
		Thread drain = new Thread(() -> out.lines().forEach(ignored -> {
		}), "standalone-output");
		drain.setDaemon(true);
		drain.start();
	}

	@AfterAll
	static void stopJar() throws Exception {
		if (process != null) {
			process.destroy();
			assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
		}
	}

	@Test
	void printsTheSettingsToPaste() {
		assertThat(settings.get("checkout.base-url")).startsWith("http://127.0.0.1:");
		assertThat(settings.get("checkout.oauth.token-url"))
			.isEqualTo(settings.get("checkout.base-url") + "/connect/token");
		assertThat(settings).containsEntry("checkout.oauth.client-id", "ack_standalone")
			.containsEntry("checkout.oauth.client-secret", "standalone-secret")
			.containsEntry("checkout.processing-channel-id", CHANNEL);
	}

	@Test
	void tokenRequestAndAFullFlowOverPlainHttp() throws Exception {
		HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(settings.get("checkout.oauth.token-url")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=client_credentials&client_id=ack_standalone&client_secret=wrong")));
		assertThat(wrong.statusCode()).isEqualTo(400);

		HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(settings.get("checkout.oauth.token-url")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=client_credentials&client_id=ack_standalone&client_secret=standalone-secret")));
		assertThat(token.statusCode()).isEqualTo(200);
		String bearer = "Bearer " + RawApi.MAPPER.readTree(token.body()).get("access_token").stringValue();

		ObjectNode request = RawApi.nonHosted("4485040371536584");
		request.put("processing_channel_id", CHANNEL);
		HttpResponse<String> created = call("POST", "/sessions", bearer, request.toString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
		JsonNode session = RawApi.MAPPER.readTree(created.body());
		String id = session.get("id").stringValue();

		HttpResponse<String> collected = call("PUT", "/sessions/" + id + "/collect-data",
				session.get("session_secret").stringValue(), RawApi.browserChannelData().toString());
		assertThat(collected.statusCode()).isEqualTo(200);
		assertThat(RawApi.MAPPER.readTree(collected.body()).get("status").stringValue()).isEqualTo("approved");

		assertThat(call("POST", "/sessions/" + id + "/complete", bearer, null).statusCode()).isEqualTo(204);
		JsonNode completed = RawApi.MAPPER.readTree(call("GET", "/sessions/" + id, bearer, null).body());
		assertThat(completed.get("completed").booleanValue()).isTrue();
	}

	private HttpResponse<String> call(String method, String path, String authorization, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.get("checkout.base-url") + path))
			.header("Authorization", authorization)
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
