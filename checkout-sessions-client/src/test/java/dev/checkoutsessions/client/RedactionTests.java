package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.ACCESS_TOKEN;
import static dev.checkoutsessions.client.ApiStubs.CLIENT_SECRET;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static dev.checkoutsessions.client.ApiStubs.SESSION_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every operation, with OAuth and with the session secret, on success and error
 * paths, with every logger at TRACE, and checks that no card number, client secret,
 * access token, session secret or cryptogram reaches a log line, an exception message or
 * a {@code toString()}.
 */
class RedactionTests {

	private static final String CARD_NUMBER = "4485040371536584";

	private static final String CRYPTOGRAM = "AAABAVIREQAAAAAAAAAAAAAAAAA=";

	private static final List<String> SECRETS = List.of(CARD_NUMBER, CLIENT_SECRET, ACCESS_TOKEN, SESSION_SECRET,
			"sek_xX6tEuUe5JAxm0n+cS2Xbd1SX2/YSBoUsO/yyAKw3RM=", CRYPTOGRAM);

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private final List<String> outputs = new ArrayList<>();

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

	/**
	 * The two transports the client builds itself; HttpClient 5's connections are built
	 * not to log the wire.
	 */
	enum Transport {

		JDK, HTTP_COMPONENTS;

		org.springframework.http.client.ClientHttpRequestFactory factory() {
			return (this == JDK) ? DefaultRequestFactories.jdk(Duration.ofSeconds(1), Duration.ofMillis(500))
					: HttpComponentsFactory.create(Duration.ofSeconds(1), Duration.ofMillis(500));
		}

	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.EnumSource(Transport.class)
	void noSecretOrCardDataLeavesTheClient(Transport transport) throws Exception {
		ApiStubs.stubToken(api, ACCESS_TOKEN, 3600);
		SessionsClientBuilder builder = ApiStubs.clientFor(api).requestFactory(transport.factory());
		try (AutoCloseable closeable = (AutoCloseable) builder.build()) {
			SessionsClient client = (SessionsClient) closeable;
			this.outputs.add(client.toString());
			successPaths(client);
			errorPaths(client);
		}
		api.resetAll();
		api.stubFor(ApiStubs.tokenEndpoint()
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_client\"}")));
		try (AutoCloseable closeable = (AutoCloseable) builder.build()) {
			record(() -> ((SessionsClient) closeable).getSessionDetails(SESSION_ID));
			this.outputs.add(((SessionsClientDiagnostics) closeable).oauthTokenState().toString());
		}

		assertThat(captured()).as("the run logged at DEBUG or below").isNotEmpty();
		List<String> everything = new ArrayList<>(this.outputs);
		for (ILoggingEvent event : captured()) {
			everything.add(event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				everything.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
		}
		for (String text : everything) {
			for (String secret : SECRETS) {
				assertThat(text).doesNotContain(secret);
			}
		}
		assertThat(captured()).filteredOn((event) -> event.getLoggerName().startsWith("dev.checkoutsessions"))
			.allSatisfy((event) -> assertThat(event.getLevel().isGreaterOrEqual(Level.WARN)).isFalse());
	}

	/**
	 * Proves the capture sees HttpClient's wire log: a stock HttpClient 5 prints the
	 * bearer token at DEBUG.
	 */
	@Test
	void stockHttpClientWouldLeakTheTokenThroughItsWireLog() throws Exception {
		ApiStubs.stubToken(api, ACCESS_TOKEN, 3600);
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient stock = org.apache.hc.client5.http.impl.classic.HttpClients
			.createDefault();
				AutoCloseable closeable = (AutoCloseable) ApiStubs.clientFor(api)
					.requestFactory(new org.springframework.http.client.HttpComponentsClientHttpRequestFactory(stock))
					.build()) {
			((SessionsClient) closeable).getSessionDetails(SESSION_ID);
		}
		assertThat(captured()).extracting(ILoggingEvent::getFormattedMessage)
			.anySatisfy((line) -> assertThat(line).contains(ACCESS_TOKEN));
	}

	private void successPaths(SessionsClient client) {
		api.stubFor(post("/sessions").willReturn(ApiStubs.fixtureResponse(201, "post-sessions-201-approved.json")));
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.fixtureResponse(200, "post-sessions-201-approved.json")));
		api.stubFor(put(urlPathMatching("/sessions/.*/collect-data"))
			.willReturn(ApiStubs.fixtureResponse(200, "put-sessions-collect-data-200.json")));
		api.stubFor(put(urlPathMatching("/sessions/.*/issuer-fingerprint"))
			.willReturn(ApiStubs.fixtureResponse(200, "put-sessions-issuer-fingerprint-200.json")));
		api.stubFor(post(urlPathMatching("/sessions/.*/complete")).willReturn(aResponse().withStatus(204)));
		SessionRequest request = SessionRequest.builder()
			.source(SessionCardSource.builder().number(CARD_NUMBER).expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.USD)
			.completion(NonHostedCompletionInfo.builder().build())
			.build();
		this.outputs.add(request.toString());
		record(() -> client.requestSession(request));
		record(() -> client.async().requestSession(request).join());
		for (SessionSecretOperations operations : List.of(sessionSecretLess(client),
				client.withSessionSecret(SESSION_SECRET))) {
			this.outputs.add(operations.toString());
			record(() -> operations.getSessionDetails(SESSION_ID));
			record(() -> operations.updateSession(SESSION_ID, SessionsClientWireTests.browserData()));
			record(() -> operations.update3dsMethodCompletionIndicator(SESSION_ID,
					ThreeDsMethodCompletionRequest.builder()
						.threeDsMethodCompletion(ThreeDsMethodCompletion.Y)
						.build()));
			record(() -> {
				operations.completeSession(SESSION_ID);
				return "completed";
			});
		}
	}

	private void errorPaths(SessionsClient client) {
		api.resetMappings();
		ApiStubs.stubToken(api, ACCESS_TOKEN, 3600);
		String echoingBody = "{\"error_type\":\"unprocessable_entity\",\"error_codes\":[\"card_number_invalid\"],"
				+ "\"echo\":\"" + CARD_NUMBER + " " + SESSION_SECRET + "\"}";
		api.stubFor(any(urlPathMatching("/sessions.*")).willReturn(ApiStubs.json(422, echoingBody)));
		record(() -> client.requestSession(SessionRequest.builder()
			.source(SessionCardSource.builder().number(CARD_NUMBER).build())
			.completion(NonHostedCompletionInfo.builder().build())
			.build()));
		record(() -> client.withSessionSecret(SESSION_SECRET).getSessionDetails(SESSION_ID));
		api.stubFor(any(urlPathMatching("/sessions.*")).willReturn(aResponse().withStatus(401)));
		record(() -> client.getSessionDetails(SESSION_ID));
		record(() -> {
			client.withSessionSecret(SESSION_SECRET).completeSession(SESSION_ID);
			return "completed";
		});
		api.stubFor(
				any(urlPathMatching("/sessions.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		record(() -> client.updateSession(SESSION_ID, SessionsClientWireTests.browserData()));
		api.stubFor(any(urlPathMatching("/sessions.*")).willReturn(ApiStubs.json(200, "{\"id\":\"" + SESSION_ID
				+ "\",\"session_secret\":\"" + SESSION_SECRET + "\",\"cryptogram\":\"" + CRYPTOGRAM)));
		record(() -> client.getSessionDetails(SESSION_ID));
	}

	/** Runs a call and keeps whatever a user could print of its outcome. */
	private void record(Supplier<Object> call) {
		try {
			this.outputs.add(String.valueOf(call.get()));
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				this.outputs.add(String.valueOf(cause));
				for (Throwable suppressed : cause.getSuppressed()) {
					this.outputs.add(String.valueOf(suppressed));
				}
			}
		}
	}

	private static SessionSecretOperations sessionSecretLess(SessionsClient client) {
		return new SessionSecretOperations() {
			@Override
			public dev.checkoutsessions.client.model.GetSessionResponse getSessionDetails(String sessionId) {
				return client.getSessionDetails(sessionId);
			}

			@Override
			public dev.checkoutsessions.client.model.GetSessionResponse getSessionDetails(String sessionId,
					dev.checkoutsessions.client.model.ChannelType channel) {
				return client.getSessionDetails(sessionId, channel);
			}

			@Override
			public dev.checkoutsessions.client.model.GetSessionResponse updateSession(String sessionId,
					dev.checkoutsessions.client.model.ChannelData channelData) {
				return client.updateSession(sessionId, channelData);
			}

			@Override
			public void completeSession(String sessionId) {
				client.completeSession(sessionId);
			}

			@Override
			public dev.checkoutsessions.client.model.GetSessionResponse update3dsMethodCompletionIndicator(
					String sessionId, ThreeDsMethodCompletionRequest request) {
				return client.update3dsMethodCompletionIndicator(sessionId, request);
			}

			@Override
			public String toString() {
				return "oauth";
			}
		};
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
