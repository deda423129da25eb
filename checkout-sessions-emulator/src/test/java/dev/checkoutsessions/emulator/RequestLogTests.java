package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With {@code logRequests(true)} (the standalone jar) every request is one line: method,
 * path, status and time, and nothing that could carry a secret or card data.
 */
class RequestLogTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger("dev.checkoutsessions.emulator.requests");

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	@BeforeEach
	void capture() {
		lines.start();
		logger.addAppender(lines);
	}

	@AfterEach
	void release() {
		logger.detachAppender(lines);
	}

	@Test
	void oneLinePerRequestWithMethodPathStatusAndTime() {
		try (SessionsEmulator emulator = RawApi.emulatorBuilder().logRequests(true).start()) {
			RawApi api = new RawApi(emulator);
			String bearer = api.bearer();
			RawApi.Reply created = api.create(bearer, RawApi.nonHostedBrowser(SessionLifecycleTests.FRICTIONLESS));
			String id = created.text("id");
			api.getSession(created.text("session_secret"), id);
			api.getSession("Bearer wrong", id);

			// Written once the answer is sent, so a moment after the client has it.
			List<String> logged = awaitLines(4);
			assertThat(logged.get(0)).matches("POST /connect/token 200 \\d+ ms");
			assertThat(logged.get(1)).matches("POST /sessions 201 \\d+ ms");
			assertThat(logged.get(2)).matches("GET /sessions/" + id + " 200 \\d+ ms");
			assertThat(logged.get(3)).matches("GET /sessions/" + id + " 401 \\d+ ms");
			assertThat(String.join("\n", logged)).doesNotContain(emulator.clientSecret(),
					SessionLifecycleTests.FRICTIONLESS, created.text("session_secret"), bearer.substring(7));
		}
	}

	@Test
	void faultsAndRefusedAdminRequestsAreLoggedToo() {
		try (SessionsEmulator emulator = RawApi.emulatorBuilder().logRequests(true).start()) {
			RawApi api = new RawApi(emulator);
			emulator.faults().next(1).on(Endpoint.TOKEN).respondWith503();
			api.token();
			api.get(emulator.baseUrl() + "/__admin/mappings?limit=1");

			List<String> logged = awaitLines(2);
			assertThat(logged.get(0)).matches("POST /connect/token 503 \\d+ ms");
			assertThat(logged.get(1)).matches("GET /__admin/mappings 404 \\d+ ms");
		}
	}

	@Test
	void offByDefault() {
		try (SessionsEmulator emulator = RawApi.emulatorBuilder().start()) {
			RawApi api = new RawApi(emulator);
			api.token();
			api.token();

			assertThat(messages()).isEmpty();
		}
	}

	private List<String> awaitLines(int count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> messages().size() >= count);
		List<String> logged = messages();
		assertThat(logged).hasSize(count);
		return logged;
	}

	/** The appender adds under its own lock, on the server's threads. */
	private List<String> messages() {
		synchronized (lines) {
			return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		}
	}

}
