package dev.checkoutsessions.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plain {@link HttpClient} calls against an emulator, as a client that knows only the
 * wire format would make.
 */
final class RawApi {

	static final String PROCESSING_CHANNEL = "pc_zs5fqhybzc2e3jmq3efvybybpq";

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Path FIXTURES = locateFixtures();

	final SessionsEmulator emulator;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	RawApi(SessionsEmulator emulator) {
		this.emulator = emulator;
	}

	/** An emulator accepting the processing channel the fixtures use. */
	static SessionsEmulator.Builder emulatorBuilder() {
		return SessionsEmulator.builder().processingChannelId(PROCESSING_CHANNEL);
	}

	Reply token(String... scopes) {
		return token(emulator.account(SessionsEmulator.DEFAULT_ACCOUNT), scopes);
	}

	Reply token(EmulatorAccount account, String... scopes) {
		String form = "grant_type=client_credentials&client_id=" + encode(account.clientId()) + "&client_secret="
				+ encode(account.clientSecret())
				+ (scopes.length == 0 ? "" : "&scope=" + encode(String.join(" ", scopes)));
		return form(emulator.tokenUrl(), form, Map.of());
	}

	String bearer(String... scopes) {
		return bearer(emulator.account(SessionsEmulator.DEFAULT_ACCOUNT), scopes);
	}

	String bearer(EmulatorAccount account, String... scopes) {
		Reply reply = token(account, scopes);
		if (reply.status() != 200) {
			throw new IllegalStateException("token request failed: " + reply.status());
		}
		return "Bearer " + reply.json().get("access_token").stringValue();
	}

	Reply form(String url, String form, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		headers.forEach(request::header);
		return send(request);
	}

	Reply get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	Reply call(String method, String path, String authorization, String json) {
		return call(method, path, authorization, json, Map.of());
	}

	Reply call(String method, String path, String authorization, String json, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
			.timeout(Duration.ofSeconds(20))
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		headers.forEach(request::header);
		return send(request);
	}

	Reply create(String authorization, ObjectNode body) {
		return call("POST", "/sessions", authorization, body.toString());
	}

	Reply getSession(String authorization, String id) {
		return call("GET", "/sessions/" + id, authorization, null);
	}

	Reply collectData(String authorization, String id, ObjectNode data) {
		return call("PUT", "/sessions/" + id + "/collect-data", authorization, data.toString());
	}

	Reply issuerFingerprint(String authorization, String id, String indicator) {
		return call("PUT", "/sessions/" + id + "/issuer-fingerprint", authorization,
				"{\"three_ds_method_completion\":\"" + indicator + "\"}");
	}

	Reply complete(String authorization, String id) {
		return call("POST", "/sessions/" + id + "/complete", authorization, null);
	}

	/** Submits the ACS page's form as a browser would. */
	Reply submitChallenge(String id, String password, String action) {
		String form = "password=" + encode(password) + "&action=" + action;
		return form(emulator.baseUrl() + "/emulator/acs/" + id + "/submit", form, Map.of());
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers()
				.map()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue().get(0), (a, b) -> a)),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static ObjectNode fixture(String name) {
		try {
			return (ObjectNode) MAPPER.readTree(Files.readString(FIXTURES.resolve(name)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path fixtures() {
		return FIXTURES;
	}

	/** A non-hosted request (fixture) for a card, without channel data. */
	static ObjectNode nonHosted(String card) {
		ObjectNode request = fixture("post-sessions-request-non-hosted.json");
		((ObjectNode) request.get("source")).put("number", card);
		return request;
	}

	/**
	 * A non-hosted request (fixture) for a card, with browser channel data so
	 * authentication runs at once.
	 */
	static ObjectNode nonHostedBrowser(String card) {
		ObjectNode request = fixture("post-sessions-request-non-hosted-browser-channel.json");
		((ObjectNode) request.get("source")).put("number", card);
		return request;
	}

	static ObjectNode hosted(String card) {
		ObjectNode request = fixture("post-sessions-request-hosted.json");
		((ObjectNode) request.get("source")).put("number", card);
		return request;
	}

	static ObjectNode browserChannelData() {
		return fixture("put-sessions-collect-data-request-browser.json");
	}

	static ObjectNode appChannelData() {
		return (ObjectNode) MAPPER.readTree("""
				{"channel":"app","sdk_app_id":"dbd64fcb-c19a-4728-8849-e3d50bfdde39","sdk_max_timeout":5,
				 "sdk_encrypted_data":"{}","sdk_ephem_pub_key":{"kty":"EC","crv":"P-256",
				 "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
				 "sdk_reference_number":"3DS_LOA_SDK_PPFU_020100_00007",
				 "sdk_transaction_id":"b2385523-a66c-4907-ac3c-91848e8c0067","sdk_interface_type":"both",
				 "sdk_ui_elements":["single_select","html_other"]}""");
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Path locateFixtures() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("fixtures");
			if (Files.isRegularFile(candidate.resolve("post-sessions-201-approved.json"))) {
				return candidate;
			}
		}
		throw new IllegalStateException(
				"the repository's fixtures/ directory was not found above " + Path.of("").toAbsolutePath());
	}

	/** One HTTP answer; header names are lower-cased. */
	record Reply(int status, Map<String, String> headers, String body) {

		JsonNode json() {
			return MAPPER.readTree(body);
		}

		String text(String field) {
			return json().get(field).stringValue();
		}

		String header(String name) {
			return headers.get(name.toLowerCase());
		}
	}

}
