package dev.checkoutsessions.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the checkout page hears over server-sent events, without a browser: the embedded
 * emulator's signed authentication webhooks and the completion the starter publishes
 * after the callback, carrying the OAuth read.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionOutcomeEventsTests {

	private static final String BROWSER = """
			{"language":"en-GB","color_depth":"24","screen_height":"1080","screen_width":"1920",
			 "timezone":"0","java_enabled":false,"javascript_enabled":true,"three_ds_method_completion":"Y"}""";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsEmulator emulator;

	@Test
	void theStreamCarriesTheWebhooksThenTheCompletedSessionReadWithOAuth() throws Exception {
		String created = post("/api/sessions", "{\"card\":\"no-3ds-method\"}");
		String id = JsonPath.read(created, "$.step.sessionId");
		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture<HttpResponse<Stream<String>>> stream = http
			.sendAsync(HttpRequest.newBuilder(URI.create(url("/api/sessions/" + id + "/events")))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofLines());
		long readsBefore = emulator.requestCount(Endpoint.GET_SESSION);

		put("/api/sessions/" + id, BROWSER);
		post("/api/sessions/" + id + "/complete", "");

		// The stream ends after the completion event.
		stream.get(10, TimeUnit.SECONDS).body().forEach(lines::add);
		String events = String.join("\n", lines);
		assertThat(events).contains("event:authentication")
			.contains("\"type\":\"authentication_started\"")
			.contains("\"type\":\"authentication_approved\"")
			.contains("event:completed");
		String completed = lines.get(lines.indexOf("event:completed") + 1).substring("data:".length());
		assertThat((String) JsonPath.read(completed, "$.step.sessionId")).isEqualTo(id);
		assertThat((String) JsonPath.read(completed, "$.step.step")).isEqualTo("authorise");
		assertThat((String) JsonPath.read(completed, "$.result.status")).isEqualTo("approved");
		// Only an OAuth read has the cryptogram: the event carries what the starter read,
		// masked for the page.
		assertThat((String) JsonPath.read(completed, "$.result.cryptogram")).matches(".{4}\\*{4}");
		assertThat(emulator.requestCount(Endpoint.GET_SESSION) - readsBefore).isEqualTo(1);
		assertThat(emulator.callbacks())
			.anyMatch((callback) -> callback.sessionId().equals(id) && callback.delivered());
	}

	@Test
	void aSubscriberArrivingAfterTheCompletionGetsItReplayedAndTheStreamEnds() throws Exception {
		String created = post("/api/sessions", "{\"card\":\"declined\"}");
		String id = JsonPath.read(created, "$.step.sessionId");
		put("/api/sessions/" + id, BROWSER);
		post("/api/sessions/" + id + "/complete", "");
		Thread.sleep(500);

		HttpResponse<String> replay = http
			.send(HttpRequest.newBuilder(URI.create(url("/api/sessions/" + id + "/events")))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(replay.body()).contains("\"type\":\"authentication_failed\"")
			.contains("event:completed")
			.contains("\"status\":\"declined\"");
	}

	@Test
	void aStreamForSomethingThatIsNotASessionIdIsRefused() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(url("/api/sessions/x/events"))).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
	}

	private String post(String path, String json) throws Exception {
		return send("POST", path, json);
	}

	private String put(String path, String json) throws Exception {
		return send("PUT", path, json);
	}

	private String send(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return response.body();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
