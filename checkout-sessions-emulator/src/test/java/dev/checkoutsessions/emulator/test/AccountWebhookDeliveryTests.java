package dev.checkoutsessions.emulator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import dev.checkoutsessions.emulator.EmulatorAccount;
import dev.checkoutsessions.emulator.SessionsEmulator;

/**
 * With {@code webhooks = true}, every configured account's events reach the application's
 * receiver for that account, {@code <checkout.webhooks.path>/<name>}, signed with that
 * account's first key: its own, or one generated and set as
 * {@code checkout.accounts.<name>.webhooks.signature-keys[0]}. This application has no
 * top-level account, so nothing is sent to {@code <checkout.webhooks.path>} and no key is
 * made up for it. A small HTTP server stands in for the application's web server.
 */
@SpringJUnitConfig(AccountWebhookDeliveryTests.ReceivingApplication.class)
@TestPropertySource(
		properties = { "checkout.webhooks.path=/hooks", "checkout.accounts.eu.oauth.client-id=${CHECKOUT_EU_CLIENT_ID}",
				"checkout.accounts.us.webhooks.signature-keys[0]=us-own-key",
				"checkout.accounts.us.webhooks.signature-keys[1]=us-previous-key",
				"checkout.accounts.us.webhooks.authorization-header=Bearer us-hook" })
@AutoConfigureSessionsEmulator(webhooks = true)
class AccountWebhookDeliveryTests {

	private static final String FRICTIONLESS_CARD = "4485040371536584";

	@Autowired
	SessionsEmulator emulator;

	@Autowired
	Environment environment;

	@Autowired
	Receiver receiver;

	@Test
	void anAccountWithoutKeysGetsAGeneratedOneAndOneWithKeysSignsWithItsFirst() {
		assertThat(environment.getProperty("checkout.accounts.eu.webhooks.signature-keys[0]")).matches("[0-9a-f]{64}")
			.isEqualTo(emulator.account("eu").signatureKey());
		assertThat(emulator.account("us").signatureKey()).isEqualTo("us-own-key");
		assertThat(environment.containsProperty("checkout.webhooks.signature-key")).isFalse();
	}

	@Test
	void eachAccountsEventsReachItsOwnReceiverSignedWithItsKey() throws Exception {
		String eu = authenticatedSession(emulator.account("eu"));
		String us = authenticatedSession(emulator.account("us"));

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received.size() >= 4);

		assertDelivered(eu, "/hooks/eu", environment.getProperty("checkout.accounts.eu.webhooks.signature-keys[0]"));
		assertDelivered(us, "/hooks/us", "us-own-key");
		assertThat(receiver.received).extracting(Received::path).containsOnly("/hooks/eu", "/hooks/us");
		assertThat(receiver.received).filteredOn((webhook) -> webhook.body().contains(us))
			.allSatisfy((webhook) -> assertThat(webhook.authorization()).isEqualTo("Bearer us-hook"));
	}

	private void assertDelivered(String sessionId, String path, String key) {
		assertThat(receiver.received).filteredOn((webhook) -> webhook.body().contains(sessionId))
			.hasSize(2)
			.allSatisfy((webhook) -> {
				assertThat(webhook.path()).isEqualTo(path);
				assertThat(webhook.signature()).isEqualTo(hmac(key, webhook.body()));
			});
	}

	/** A session created and authenticated at once (browser data on the create). */
	private String authenticatedSession(EmulatorAccount account) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String form = "grant_type=client_credentials&client_id=" + encode(account.clientId()) + "&client_secret="
				+ encode(account.clientSecret());
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(emulator.tokenUrl()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String bearer = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
		String request = """
				{"source":{"type":"card","number":"%s","expiry_month":1,"expiry_year":2030},
				 "amount":100,"currency":"USD","processing_channel_id":"%s",
				 "completion":{"type":"non_hosted"},
				 "channel_data":{"channel":"browser","accept_header":"text/html","java_enabled":false,
				  "javascript_enabled":true,"language":"en-GB","color_depth":"24","screen_height":"1080",
				  "screen_width":"1920","timezone":"60","user_agent":"Mozilla/5.0","ip_address":"192.0.2.10"}}"""
			.formatted(FRICTIONLESS_CARD, account.processingChannelId());
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/sessions"))
			.header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(request))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return created.body().replaceAll("(?s).*\"id\":\"(sid_[a-z2-7]+)\".*", "$1");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String hmac(String key, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stands in for a web application: a server on a free port, announced as
	 * {@code local.server.port} before the context is refreshed, as Boot's web server
	 * does.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ReceivingApplication {

		@Bean(destroyMethod = "stop")
		Receiver receiver(ConfigurableEnvironment environment) throws IOException {
			Receiver receiver = new Receiver();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("server", Map.of("local.server.port", receiver.port())));
			return receiver;
		}

	}

	static final class Receiver {

		final List<Received> received = new CopyOnWriteArrayList<>();

		private final HttpServer server;

		Receiver() throws IOException {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/", (exchange) -> {
				received.add(new Received(exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("Cko-Signature"),
						exchange.getRequestHeaders().getFirst("Authorization"),
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
		}

		int port() {
			return server.getAddress().getPort();
		}

		void stop() {
			server.stop(0);
		}

	}

	record Received(String path, String signature, String authorization, String body) {
	}

}
