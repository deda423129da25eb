package dev.checkoutsessions.web.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The no-secret-leak test of the starter ({@code SecretsNeverLeakApplicationTests}) for
 * the receivers: with every logger at TRACE, valid, forged, tampered and hostile
 * callbacks and webhooks, a failing listener, then Actuator's env, configprops and
 * metrics with values shown — the webhook signature key and the Authorization header
 * value appear nowhere. (It lives here because the autoconfigure module's tests cannot
 * depend on this module without a cycle: this module's tests use the auto-configured
 * client.)
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "checkout.callback.enabled=true", "checkout.webhooks.enabled=true",
				"checkout.webhooks.signature-key=" + SecretsNeverLeakWebTests.SIGNATURE_KEY,
				"checkout.webhooks.authorization-header=" + SecretsNeverLeakWebTests.AUTHORIZATION,
				"management.endpoints.web.exposure.include=env,configprops,metrics,health",
				"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always" })
@AutoConfigureSessionsEmulator(webhooks = true)
class SecretsNeverLeakWebTests {

	private static final String TOMCAT_HEADER_LOGGER = "org.apache.coyote.http11.Http11InputBuffer";

	static final String SIGNATURE_KEY = "whsk-9f8e7d6c5b4a-signature-key";

	static final String AUTHORIZATION = "Bearer whauth-1a2b3c4d-authorization";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsClient sessions;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private RecordedEvents events;

	@Autowired
	private ApplicationContext context;

	private final List<String> outputs = new ArrayList<>();

	@Test
	void neitherTheSignatureKeyNorTheAuthorizationValueAppearsAnywhereAtTrace() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Level previous = root.getLevel();
		ListAppender<ILoggingEvent> logs = new ListAppender<>();
		logs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
		logs.start();
		root.iteratorForAppenders().forEachRemaining((appender) -> appender.addFilter(new Filter<>() {
			@Override
			public FilterReply decide(ILoggingEvent event) {
				return FilterReply.DENY;
			}
		}));
		root.addAppender(logs);
		root.setLevel(Level.TRACE);
		// Tomcat itself prints every request's raw headers at DEBUG, Authorization
		// included, whatever the
		// application does; docs/production-checklist.md says to keep that logger below
		// DEBUG. Everything
		// else runs at TRACE.
		Logger tomcatHeaders = (Logger) LoggerFactory.getLogger(TOMCAT_HEADER_LOGGER);
		tomcatHeaders.setLevel(Level.INFO);
		try {
			exerciseEverything();
		}
		finally {
			tomcatHeaders.setLevel(null);
			root.setLevel(previous);
			root.detachAppender(logs);
			root.iteratorForAppenders().forEachRemaining((appender) -> appender.clearAllFilters());
		}
		// A server thread may still be appending after the detach: copy under the
		// appender's lock.
		List<ILoggingEvent> events;
		synchronized (logs) {
			events = new ArrayList<>(logs.list);
		}
		List<String> everything = new ArrayList<>(this.outputs);
		for (ILoggingEvent event : events) {
			everything.add(event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				everything.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
		}
		assertThat(events).as("TRACE logging was captured").hasSizeGreaterThan(100);
		assertThat(String.join("\n", this.outputs)).as("the endpoints were read").contains("checkout.webhooks");
		for (String text : everything) {
			assertThat(text).doesNotContain(SIGNATURE_KEY)
				.doesNotContain("whsk-9f8e7d6c5b4a")
				.doesNotContain(AUTHORIZATION)
				.doesNotContain("whauth-1a2b3c4d");
		}
	}

	private void exerciseEverything() {
		String id = this.sessions.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS,
				"http://localhost:" + this.port + "/checkout/sessions/callback"))
			.getSession()
			.getId();
		this.sessions.completeSession(id);
		this.events.awaitCompleted(id, 1);
		this.events.awaitWebhooks(id, 2);
		String webhooks = "http://localhost:" + this.port + "/checkout/webhooks";
		byte[] body = ("{\"id\":\"evt_" + "k".repeat(26) + "\",\"type\":\"" + RecordedEvents.FAILING_TYPE
				+ "\",\"created_on\":\"" + java.time.Instant.now() + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignature.sign(SIGNATURE_KEY, body);
		this.events.failNext(1);
		record(Deliveries
			.post(webhooks, "application/json", body, "Cko-Signature", signature, "Authorization", AUTHORIZATION)
			.body());
		record(Deliveries.post(webhooks, "application/json", body, "Cko-Signature", signature).body());
		record(Deliveries
			.post(webhooks, "application/json", body, "Cko-Signature", signature, "Authorization", "Bearer wrong")
			.body());
		record(Deliveries
			.post(webhooks, "application/json", body, "Cko-Signature", "00" + signature.substring(2), "Authorization",
					AUTHORIZATION)
			.body());
		record(Deliveries.post(webhooks, "text/plain", body, "Authorization", AUTHORIZATION).body());
		record(Deliveries.postJson("http://localhost:" + this.port + "/checkout/sessions/callback", "{\"session_id\":")
			.body());
		this.emulator.webhooks().sent().forEach((sent) -> record(sent.toString()));
		for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/metrics",
				"/actuator/metrics/checkout.webhooks.rejected", "/actuator/health")) {
			record(Deliveries
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
					.build())
				.body());
		}
		record(this.context.getBean(WebhookProperties.class).toString());
		record(this.context.getBean(WebhookReceiver.class).toString());
	}

	private void record(String output) {
		this.outputs.add(output);
	}

}
