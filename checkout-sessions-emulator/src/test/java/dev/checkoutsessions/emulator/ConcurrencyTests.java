package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.checkoutsessions.emulator.RawApi.Reply;
import tools.jackson.databind.JsonNode;

class ConcurrencyTests {

	final SessionsEmulator emulator = RawApi.emulatorBuilder().start();

	final RawApi api = new RawApi(emulator);

	final List<String> callbacks = new ArrayList<>();

	HttpServer callbackServer;

	@AfterEach
	void stop() {
		emulator.close();
		if (callbackServer != null) {
			callbackServer.stop(0);
		}
	}

	@Test
	void fiftyConcurrentChallengeFlowsCompleteWithoutInterference() throws Exception {
		String oauth = api.bearer();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			List<Future<String>> flows = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				String reference = "ORDER-" + i;
				boolean approve = i % 2 == 0;
				flows.add(pool.submit(() -> runFlow(oauth, reference, approve)));
			}
			for (int i = 0; i < 50; i++) {
				assertThat(flows.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(i % 2 == 0 ? "approved" : "declined");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(emulator.sessions()).hasSize(50).allMatch(EmulatedSession::completed);
		assertThat(emulator.createRequestCount()).isEqualTo(50);
	}

	private String runFlow(String oauth, String reference, boolean approve) {
		var request = RawApi.nonHosted("4242424242424242").put("reference", reference);
		request.putObject("completion").put("type", "non_hosted");
		JsonNode created = api.create(oauth, request).json();
		String id = created.get("id").stringValue();
		String secret = created.get("session_secret").stringValue();
		assertThat(api.collectData(secret, id, RawApi.browserChannelData()).json().get("status").stringValue())
			.isEqualTo("challenged");
		api.submitChallenge(id, approve ? "Checkout1!" : "wrong", "submit");
		assertThat(api.complete(secret, id).status()).isEqualTo(204);
		JsonNode result = api.getSession(oauth, id).json();
		assertThat(result.get("reference").stringValue()).isEqualTo(reference);
		return result.get("status").stringValue();
	}

	@Test
	void secondActionWhileOneRunsOnTheSameSessionIs409() throws Exception {
		CountDownLatch callbackArrived = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		String callbackUrl = startCallbackServer(() -> {
			callbackArrived.countDown();
			release.await(10, TimeUnit.SECONDS);
			return 200;
		});
		String oauth = api.bearer();
		String id = createApprovedWithCallback(oauth, callbackUrl);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Reply> first = pool.submit(() -> api.complete(oauth, id));
			assertThat(callbackArrived.await(10, TimeUnit.SECONDS)).isTrue();

			Reply second = api.complete(oauth, id);
			Reply read = api.getSession(oauth, id);
			release.countDown();

			assertThat(second.status()).isEqualTo(409);
			assertThat(second.json().get("error_type").stringValue()).isEqualTo("duplicate_requests_detected");
			assertThat(SessionLifecycleTests.codes(second)).containsExactly("session_already_in_use");
			assertThat(read.status()).isEqualTo(200);
			assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(204);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void completePostsTheCallbackPayloadToCallbackUrl() throws Exception {
		String callbackUrl = startCallbackServer(() -> 200);
		String oauth = api.bearer();
		String id = createApprovedWithCallback(oauth, callbackUrl);

		assertThat(api.complete(oauth, id).status()).isEqualTo(204);

		assertThat(callbacks).hasSize(1);
		JsonNode payload = RawApi.MAPPER.readTree(callbacks.get(0));
		assertThat(payload.get("session_id").stringValue()).isEqualTo(id);
		assertThat(payload.get("status").stringValue()).isEqualTo("approved");
		// response_reason (EMVCo transStatusReason) only exists when the result is not Y.
		var expected = new java.util.HashSet<>(RawApi.fixture("complete-callback-request.json").propertyNames());
		expected.remove("response_reason");
		assertThat(payload.propertyNames()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void failingCallbackFailsTheCompleteCallAndTheSessionStaysCompletable() throws Exception {
		String callbackUrl = startCallbackServer(() -> 500);
		String oauth = api.bearer();
		String id = createApprovedWithCallback(oauth, callbackUrl);

		Reply reply = api.complete(oauth, id);

		assertThat(reply.status()).isEqualTo(502);
		assertThat(reply.json().get("error_type").stringValue()).isEqualTo("callback_failed");
		assertThat(SessionLifecycleTests.codes(reply)).containsExactly("session_callback_failed");
		assertThat(SessionLifecycleTests.actions(api.getSession(oauth, id).json())).containsExactly("complete");
	}

	private String createApprovedWithCallback(String oauth, String callbackUrl) {
		var request = RawApi.nonHostedBrowser("4485040371536584");
		request.putObject("completion").put("type", "non_hosted").put("callback_url", callbackUrl);
		return api.create(oauth, request).text("id");
	}

	private String startCallbackServer(StatusSupplier status) throws IOException {
		callbackServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		callbackServer.setExecutor(Executors.newCachedThreadPool());
		callbackServer.createContext("/callback", exchange -> {
			synchronized (callbacks) {
				callbacks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			}
			int code;
			try {
				code = status.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				code = 500;
			}
			exchange.sendResponseHeaders(code, -1);
			exchange.close();
		});
		callbackServer.start();
		return "http://127.0.0.1:" + callbackServer.getAddress().getPort() + "/callback";
	}

	@FunctionalInterface
	interface StatusSupplier {

		int get() throws InterruptedException;

	}

}
