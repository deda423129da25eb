package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The built standalone jar, started as a process the way a front-end developer or a
 * compose file starts it, driven the way a client not written for the JVM drives it:
 * hand-written JSON over plain HTTP, every endpoint, the errors, the signed webhooks it
 * sends to the receiver named on its command line, and two more accounts given with
 * {@code --account}.
 */
class StandaloneJarIT {

	private static final String CHANNEL = "pc_standalonechannel000000000";

	private static final String WEBHOOK_KEY = "standalone-webhook-key";

	private static final String FRICTIONLESS_CARD = "4485040371536584";

	private static final Map<String, String> settings = new HashMap<>();

	private static final List<String> output = new CopyOnWriteArrayList<>();

	private static final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private static Process process;

	private static HttpServer receiver;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startJar() throws Exception {
		receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		receiver.createContext("/hooks", (exchange) -> {
			deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("Cko-Signature"),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		receiver.start();
		Path jar = Path.of(System.getProperty("emulator.standalone-jar"));
		assertThat(jar).exists();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0", "--client-id",
				"ack_standalone", "--client-secret", "standalone-secret", "--processing-channel-id", CHANNEL,
				"--webhook-url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks", "--webhook-key",
				WEBHOOK_KEY, "--account", "eu", "--account", "us:ack_us:us-secret")
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		String line;
		// The last account's settings are printed last.
		while (!settings.containsKey("checkout.accounts.us.processing-channel-id") && (line = out.readLine()) != null) {
			output.add(line);
			int equals = line.indexOf('=');
			if (line.startsWith("checkout.") && equals > 0) {
				settings.put(line.substring(0, equals), line.substring(equals + 1));
			}
			assertThat(System.nanoTime()).as("settings printed in time").isLessThan(deadline);
		}
		// Keep draining the output so the process never blocks on a full pipe.
		Thread drain = new Thread(() -> out.lines().forEach(output::add), "standalone-output");
		drain.setDaemon(true);
		drain.start();
	}

	@AfterAll
	static void stopJar() throws Exception {
		if (process != null) {
			process.destroy();
			assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
		}
		if (receiver != null) {
			receiver.stop(0);
		}
	}

	@Test
	void printsTheSettingsToPasteAndNoLoggingWarnings() {
		assertThat(settings.get("checkout.base-url")).startsWith("http://127.0.0.1:");
		assertThat(settings.get("checkout.oauth.token-url"))
			.isEqualTo(settings.get("checkout.base-url") + "/connect/token");
		assertThat(settings).containsEntry("checkout.oauth.client-id", "ack_standalone")
			.containsEntry("checkout.oauth.client-secret", "standalone-secret")
			.containsEntry("checkout.processing-channel-id", CHANNEL);
		assertThat(output).noneMatch((line) -> line.startsWith("SLF4J"))
			.noneMatch((line) -> line.contains(WEBHOOK_KEY));
	}

	@Test
	void printsEachAccountsSettingsUnderItsName() {
		for (String account : List.of("eu", "us")) {
			String prefix = "checkout.accounts." + account + ".";
			assertThat(settings).as(account)
				.containsEntry(prefix + "base-url", settings.get("checkout.base-url"))
				.containsEntry(prefix + "oauth.token-url", settings.get("checkout.oauth.token-url"))
				.containsKeys(prefix + "oauth.client-id", prefix + "oauth.client-secret");
			assertThat(settings.get(prefix + "processing-channel-id")).as(account)
				.matches("pc_[a-z2-7]{26}")
				.isNotEqualTo(CHANNEL);
		}
		assertThat(settings.get("checkout.accounts.eu.oauth.client-id")).matches("ack_[a-z2-7]{26}");
		assertThat(settings).containsEntry("checkout.accounts.us.oauth.client-id", "ack_us")
			.containsEntry("checkout.accounts.us.oauth.client-secret", "us-secret");
	}

	@Test
	void servesBothAccountsAndKeepsTheirSessionsApart() throws Exception {
		String eu = accountBearer("eu");
		String us = accountBearer("us");
		HttpResponse<String> created = call("POST", "/sessions", eu,
				sessionRequest("").replace(CHANNEL, settings.get("checkout.accounts.eu.processing-channel-id")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
		String id = json(created).get("id").stringValue();

		assertThat(call("GET", "/sessions/" + id, eu, null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/sessions/" + id, us, null).statusCode()).isEqualTo(404);
		String usSession = json(call("POST", "/sessions", us,
				sessionRequest("").replace(CHANNEL, settings.get("checkout.accounts.us.processing-channel-id"))))
			.get("id")
			.stringValue();
		assertThat(call("GET", "/sessions/" + usSession, us, null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/sessions/" + usSession, eu, null).statusCode()).isEqualTo(404);
	}

	@Test
	void aFullFlowOverPlainHttpAndJson() throws Exception {
		String bearer = "Bearer " + json(token("standalone-secret", 200)).get("access_token").stringValue();

		HttpResponse<String> created = call("POST", "/sessions", bearer, sessionRequest(""));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
		JsonNode pending = json(created);
		String id = pending.get("id").stringValue();
		String secret = pending.get("session_secret").stringValue();
		assertThat(id).matches("sid_[a-z2-7]{26}");
		assertThat(pending.get("status").stringValue()).isEqualTo("pending");
		assertThat(actions(pending)).containsExactly("collect_channel_data", "issuer_fingerprint");

		HttpResponse<String> got = call("GET", "/sessions/" + id, secret, null);
		assertThat(got.statusCode()).isEqualTo(200);
		assertThat(json(got).has("session_secret")).as("hidden from session-secret reads").isFalse();

		HttpResponse<String> fingerprinted = call("PUT", "/sessions/" + id + "/issuer-fingerprint", secret,
				"{\"three_ds_method_completion\":\"Y\"}");
		assertThat(fingerprinted.statusCode()).as(fingerprinted.body()).isEqualTo(200);
		assertThat(actions(json(fingerprinted))).containsExactly("collect_channel_data");

		HttpResponse<String> collected = call("PUT", "/sessions/" + id + "/collect-data", secret, BROWSER);
		assertThat(collected.statusCode()).as(collected.body()).isEqualTo(200);
		assertThat(json(collected).get("status").stringValue()).isEqualTo("approved");
		assertThat(actions(json(collected))).containsExactly("complete");

		assertThat(call("POST", "/sessions/" + id + "/complete", bearer, null).statusCode()).isEqualTo(204);
		JsonNode completed = json(call("GET", "/sessions/" + id, bearer, null));
		assertThat(completed.get("completed").booleanValue()).isTrue();
		assertThat(completed.get("cryptogram")).isNotNull();

		List<String> events = awaitWebhooks(id, 2);
		assertThat(events).containsExactly("authentication_started", "authentication_approved");
		assertThat(requestLines()).anyMatch((line) -> line.matches(".*POST /sessions 202 \\d+ ms"))
			.anyMatch((line) -> line.matches(".*POST /sessions/" + id + "/complete 204 \\d+ ms"))
			.noneMatch((line) -> line.contains("standalone-secret") || line.contains(FRICTIONLESS_CARD)
					|| line.contains(secret) || line.contains(bearer.substring(7)));
	}

	/**
	 * Browser data on the create already ran the authentication; the issuer fingerprint
	 * still answers 200 with the session, as the sandbox does for the official Node SDK.
	 */
	@Test
	void issuerFingerprintAfterACreateWithBrowserData() throws Exception {
		String bearer = "Bearer " + json(token("standalone-secret", 200)).get("access_token").stringValue();

		HttpResponse<String> created = call("POST", "/sessions", bearer,
				sessionRequest(",\"channel_data\":" + BROWSER));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json(created).get("id").stringValue();

		HttpResponse<String> fingerprinted = call("PUT", "/sessions/" + id + "/issuer-fingerprint", bearer,
				"{\"three_ds_method_completion\":\"U\"}");
		assertThat(fingerprinted.statusCode()).as(fingerprinted.body()).isEqualTo(200);
		assertThat(json(fingerprinted).get("id").stringValue()).isEqualTo(id);
		assertThat(json(fingerprinted).get("status").stringValue()).isEqualTo("approved");
	}

	@Test
	void errorsAsTheApiAnswersThem() throws Exception {
		JsonNode refused = json(token("wrong", 400));
		assertThat(refused.get("error").stringValue()).isEqualTo("invalid_client");
		String bearer = "Bearer " + json(token("standalone-secret", 200)).get("access_token").stringValue();

		assertThat(call("GET", "/sessions/sid_aaaaaaaaaaaaaaaaaaaaaaaaaa", null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> unknown = call("GET", "/sessions/sid_aaaaaaaaaaaaaaaaaaaaaaaaaa", bearer, null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Cko-Request-Id")).isPresent();

		HttpResponse<String> invalid = call("POST", "/sessions", bearer, "{\"amount\":-1}");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(json(invalid).get("error_type").stringValue()).isEqualTo("unprocessable_entity");
		assertThat(json(invalid).get("error_codes").size()).isPositive();

		String id = json(call("POST", "/sessions", bearer, sessionRequest(""))).get("id").stringValue();
		HttpResponse<String> early = call("POST", "/sessions/" + id + "/complete", bearer, null);
		assertThat(early.statusCode()).isEqualTo(403);
		assertThat(json(early).get("error_codes").get(0).stringValue()).isEqualTo("update_not_allowed_due_to_state");

		assertThat(send(HttpRequest.newBuilder(URI.create(settings.get("checkout.base-url") + "/__admin/mappings")))
			.statusCode()).as("WireMock's admin API").isEqualTo(404);
	}

	private static final String BROWSER = """
			{"channel":"browser","accept_header":"text/html","java_enabled":false,"javascript_enabled":true,
			 "language":"en-GB","color_depth":"24","screen_height":"1080","screen_width":"1920","timezone":"60",
			 "user_agent":"Mozilla/5.0","ip_address":"192.0.2.10"}""";

	private static String sessionRequest(String more) {
		return """
				{"source":{"type":"card","number":"%s","expiry_month":1,"expiry_year":2030},
				 "amount":100,"currency":"USD","processing_channel_id":"%s",
				 "completion":{"type":"non_hosted","callback_url":"https://shop.example/sessions/callback"}%s}"""
			.formatted(FRICTIONLESS_CARD, CHANNEL, more);
	}

	private HttpResponse<String> token(String clientSecret, int expectedStatus) throws Exception {
		HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(settings.get("checkout.oauth.token-url")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=client_credentials&client_id=ack_standalone&client_secret=" + clientSecret)));
		assertThat(token.statusCode()).as(token.body()).isEqualTo(expectedStatus);
		return token;
	}

	/** A bearer token for an account, with the credentials the jar printed for it. */
	private String accountBearer(String account) throws Exception {
		String prefix = "checkout.accounts." + account + ".";
		HttpResponse<String> token = send(
				HttpRequest.newBuilder(URI.create(settings.get(prefix + "oauth.token-url")))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
							+ RawApi.encode(settings.get(prefix + "oauth.client-id")) + "&client_secret="
							+ RawApi.encode(settings.get(prefix + "oauth.client-secret")))));
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		return "Bearer " + json(token).get("access_token").stringValue();
	}

	private HttpResponse<String> call(String method, String path, String authorization, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.get("checkout.base-url") + path))
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return RawApi.MAPPER.readTree(response.body());
	}

	private static List<String> actions(JsonNode session) {
		List<String> actions = new ArrayList<>();
		session.get("next_actions").forEach((action) -> actions.add(action.stringValue()));
		return actions;
	}

	private static List<String> requestLines() {
		return output.stream().filter((line) -> line.contains(" INFO requests - ")).toList();
	}

	/** The event types delivered for one session, each checked against its signature. */
	private static List<String> awaitWebhooks(String sessionId, int count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> deliveries.stream()
				.filter((delivery) -> delivery.body().contains(sessionId))
				.count() >= count);
		return deliveries.stream().filter((delivery) -> delivery.body().contains(sessionId)).map((delivery) -> {
			assertThat(delivery.signature())
				.isEqualTo(Webhooks.sign(WEBHOOK_KEY, delivery.body().getBytes(StandardCharsets.UTF_8)));
			return RawApi.MAPPER.readTree(delivery.body()).get("type").stringValue();
		}).toList();
	}

	private record Delivery(String signature, String body) {
	}

}
