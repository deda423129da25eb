package dev.checkoutsessions.web.delivery;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.GetSessionResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The callback receiver on its own, against a {@link SessionsClient} that answers what
 * each test needs: sessions that are final but not completed, sessions without a status,
 * and reads that fail after the callback was answered.
 */
class SessionCallbackReceiverTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Object> published = new CopyOnWriteArrayList<>();

	private final ApplicationEventPublisher publisher = this.published::add;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

	private ThreadPoolTaskExecutor executor;

	@AfterEach
	void stop() {
		if (this.executor != null) {
			this.executor.shutdown();
		}
	}

	@Test
	void aFinalSessionThatIsNotCompletedIsNotPublished() {
		// Row 5: approved but completed=false is not the outcome yet.
		String id = "sid_" + "c".repeat(26);
		SessionCallbackReceiver receiver = receiver(
				(sessionId) -> session("{'id':'" + sessionId + "','status':'approved','completed':false}"));

		ResponseEntity<?> answer = receive(receiver, id);

		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(this.published).isEmpty();
	}

	@Test
	void aSessionWithoutAStatusIsAnsweredAtOnceAndNotPublished() {
		// Row 9: Set.of(...).contains(null) threw inside the task; the caller waited the
		// whole answer time and got 202.
		String id = "sid_" + "n".repeat(26);
		SessionCallbackReceiver receiver = receiver((sessionId) -> session("{'id':'" + sessionId + "'}"));

		long started = System.nanoTime();
		ResponseEntity<?> answer = receive(receiver, id);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(this.published).isEmpty();
	}

	@Test
	void aReadThatFailsAfterTheCallbackWasAnsweredIsRetriedInTheBackground() {
		// Row 7: answered 202, the read failed later, and the completion was lost with
		// one WARN.
		String id = "sid_" + "r".repeat(26);
		SessionCallbackReceiver receiver = receiver((sessionId) -> {
			int attempt = this.reads.computeIfAbsent(sessionId, (key) -> new AtomicInteger()).incrementAndGet();
			if (attempt == 1) {
				pause(Duration.ofMillis(1000));
				throw new CheckoutApiException("unavailable", 503, null, null, List.of(), null);
			}
			if (attempt == 2) {
				throw new CheckoutApiException("unavailable", 503, null, null, List.of(), null);
			}
			return session("{'id':'" + sessionId + "','status':'approved','completed':true,'approved':true}");
		}, Duration.ofMillis(300));

		ResponseEntity<?> answer = receive(receiver, id);

		assertThat(answer.getStatusCode().value()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.published.size() == 1);
		assertThat(this.reads.get(id).get()).isEqualTo(3);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aReadThatNeverSucceedsAfterTheAnswerIsCountedAndLoggedWithItsSessionId(CapturedOutput output) {
		String id = "sid_" + "f".repeat(26);
		SessionCallbackReceiver receiver = receiver((sessionId) -> {
			if (this.reads.computeIfAbsent(sessionId, (key) -> new AtomicInteger()).incrementAndGet() == 1) {
				pause(Duration.ofMillis(1000));
			}
			throw new CheckoutApiException("unavailable", 503, null, null, List.of(), null);
		}, Duration.ofMillis(300));

		assertThat(receive(receiver, id).getStatusCode().value()).isEqualTo(202);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.meters.find("checkout.callbacks.failed").counter() != null
					&& this.meters.find("checkout.callbacks.failed").counter().count() == 1);
		assertThat(this.reads.get(id).get()).isEqualTo(3);
		assertThat(output).contains("ERROR").contains("Callback for session " + id + " was answered 202 but never");
		assertThat(this.published).isEmpty();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void shutdownNamesEveryCallbackItStillHolds(CapturedOutput output) {
		String id = "sid_" + "s".repeat(26);
		CountDownLatch never = new CountDownLatch(1);
		SessionCallbackReceiver receiver = receiver((sessionId) -> {
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("interrupted by the shutdown");
		}, Duration.ofMillis(200));
		assertThat(receive(receiver, id).getStatusCode().value()).isEqualTo(202);

		receiver.destroy();

		assertThat(output).contains("Shutting down with 1 callback(s) answered 202 and not published").contains(id);
	}

	private SessionCallbackReceiver receiver(Function<String, GetSessionResponse> read) {
		return receiver(read, Duration.ofSeconds(2));
	}

	private SessionCallbackReceiver receiver(Function<String, GetSessionResponse> read, Duration answerWithin) {
		SessionsClient sessions = (SessionsClient) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { SessionsClient.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("getSessionDetails") && arguments.length == 1) {
						return read.apply((String) arguments[0]);
					}
					if (method.getName().equals("toString")) {
						return "stub";
					}
					throw new UnsupportedOperationException(method.getName());
				});
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(2);
		this.executor.setMaxPoolSize(2);
		this.executor.setQueueCapacity(10);
		this.executor.initialize();
		InMemoryDeliveryDeduplicator store = new InMemoryDeliveryDeduplicator(100);
		return new SessionCallbackReceiver(CallbackAccounts.of(null, sessions), this.publisher, store, this.executor,
				DeliveryMetrics.callbacks(this.meters), 64 * 1024, answerWithin,
				new SessionCallbackReceiver.ReadRetries(3, Duration.ofMillis(100)),
				new CreatedSessions(store, 100, Clock.systemUTC()));
	}

	private static GetSessionResponse session(String json) {
		return JSON.readValue(json.replace('\'', '"'), GetSessionResponse.class);
	}

	/** Through the servlet endpoint, as a servlet application receives it. */
	private static ResponseEntity<?> receive(SessionCallbackReceiver receiver, String sessionId) {
		return new ServletCallbackEndpoint(receiver).receive(callback(sessionId));
	}

	private static MockHttpServletRequest callback(String sessionId) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/checkout/sessions/callback");
		request.setContentType("application/json");
		request.setContent(("{\"session_id\":\"" + sessionId + "\"}").getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static void pause(Duration duration) {
		// A slow API, not a wait in the test: the read outlasts the answer time.
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
