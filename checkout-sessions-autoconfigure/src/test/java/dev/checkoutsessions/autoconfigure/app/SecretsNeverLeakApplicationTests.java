package dev.checkoutsessions.autoconfigure.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation and error path of the auto-configured client, then Actuator's health,
 * metrics, configprops and env, all with every logger at TRACE: no card number, client
 * secret, access token or session secret appears in a log line, an exception, a
 * {@code toString()} or an endpoint's output.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=health,metrics,configprops,env")
@AutoConfigureSessionsEmulator
class SecretsNeverLeakApplicationTests {

	private static final String CARD_NUMBER = "4485040371536584";

	@Autowired
	private SessionsClient client;

	@Autowired
	private SessionsEmulator emulator;

	@Value("${local.server.port}")
	private int port;

	private final List<String> outputs = new ArrayList<>();

	@Test
	void nothingSecretInLogsExceptionsOrActuatorAtTrace() {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Level previous = root.getLevel();
		ListAppender<ILoggingEvent> logs = new ListAppender<>();
		logs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
		logs.start();
		// Kept in memory rather than printed: the console stays readable, every logger
		// still runs at TRACE.
		root.iteratorForAppenders()
			.forEachRemaining((appender) -> appender.addFilter(new ch.qos.logback.core.filter.Filter<>() {
				@Override
				public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
					return ch.qos.logback.core.spi.FilterReply.DENY;
				}
			}));
		root.addAppender(logs);
		root.setLevel(Level.TRACE);
		String sessionSecret;
		try {
			sessionSecret = exerciseEverything();
		}
		finally {
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
		assertThat(sessionSecret).startsWith("sek_");
		for (String text : everything) {
			assertThat(text).doesNotContain(CARD_NUMBER)
				.doesNotContain(this.emulator.clientSecret())
				.doesNotContain("application-yml-secret")
				.doesNotContain(sessionSecret)
				// The emulator's access tokens all start with emu_.
				.doesNotContain("emu_");
		}
	}

	private String exerciseEverything() {
		SessionResponse created = this.client.requestSession(SessionRequest.builder()
			.source(SessionCardSource.builder().number(CARD_NUMBER).expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.USD)
			.completion(NonHostedCompletionInfo.builder().build())
			.build());
		String id = created.getSession().getId();
		String secret = created.getSession().getSessionSecret();
		this.outputs.add(created.toString());
		this.outputs.add(this.client.toString());
		var withSecret = this.client.withSessionSecret(secret);
		record(() -> withSecret.update3dsMethodCompletionIndicator(id,
				ThreeDsMethodCompletionRequest.builder().threeDsMethodCompletion(ThreeDsMethodCompletion.Y).build()));
		record(() -> withSecret.updateSession(id,
				BrowserSession.builder()
					.acceptHeader("text/html")
					.javaEnabled(false)
					.javascriptEnabled(true)
					.language("en-GB")
					.colorDepth("24")
					.screenHeight("1080")
					.screenWidth("1920")
					.timezone("0")
					.userAgent("Mozilla/5.0")
					.ipAddress("127.0.0.1")
					.build()));
		record(() -> withSecret.getSessionDetails(id));
		record(() -> {
			this.client.completeSession(id);
			return "completed";
		});
		record(() -> this.client.getSessionDetails(id));
		// Error paths: unknown session, a wrong secret, an invalid create, a completed
		// session completed again.
		record(() -> this.client.getSessionDetails("sid_aaaaaaaaaaaaaaaaaaaaaaaaaa"));
		record(() -> this.client.withSessionSecret("sek_not-the-right-one").getSessionDetails(id));
		record(() -> this.client.requestSession(SessionRequest.builder()
			.source(SessionCardSource.builder().number(CARD_NUMBER).build())
			.completion(NonHostedCompletionInfo.builder().build())
			.build()));
		record(() -> {
			this.client.completeSession(id);
			return "completed twice";
		});
		for (String path : List.of("/actuator/health", "/actuator/health/checkout", "/actuator/metrics",
				"/actuator/metrics/checkout.sessions.client", "/actuator/metrics/http.client.requests",
				"/actuator/configprops", "/actuator/env")) {
			this.outputs
				.add(RestClient.create("http://localhost:" + this.port).get().uri(path).retrieve().body(String.class));
		}
		return secret;
	}

	private void record(Supplier<Object> call) {
		try {
			this.outputs.add(String.valueOf(call.get()));
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				this.outputs.add(String.valueOf(cause));
			}
		}
	}

}
