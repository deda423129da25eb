package dev.checkoutsessions.web.delivery;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.checkoutsessions.web.app.RecordedEvents;
import dev.checkoutsessions.web.app.WebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks of several Checkout.com accounts over real HTTP, on both web stacks: each
 * account is received at its own path and verified with its own keys only, any of which
 * verifies while a key is being rotated, and its events say which account they are for.
 * The applications are started with the keys of each step of a rotation, as deploys
 * would, once for every test of that step.
 */
class WebhookAccountsApplicationTests {

	private static final String A_OLD_KEY = "a-old-key";

	private static final String A_NEW_KEY = "a-new-key";

	private static final String B_KEY = "b-key";

	private static final String TOP_LEVEL_KEY = "top-level-key";

	private static final String TOP_LEVEL_NEXT_KEY = "top-level-next-key";

	private static final String A_AUTHORIZATION = "Bearer a-value";

	private static final String TOP_LEVEL_AUTHORIZATION = "Bearer top-level-value";

	private static final String TOP_LEVEL_CLIENT_ID = "--checkout.oauth.client-id=ack_test";

	private static final String TOP_LEVEL_CLIENT_SECRET = "--checkout.oauth.client-secret=unused";

	private static final Map<String, ConfigurableApplicationContext> APPLICATIONS = new ConcurrentHashMap<>();

	/** What each deploy sets besides account b and the client. */
	private enum Deploy {

		/** a has its old and its new key; the top level has two keys too. */
		ROTATING("--checkout.accounts.a.webhooks.signature-keys=" + A_OLD_KEY + "," + A_NEW_KEY,
				"--checkout.webhooks.signature-key=" + TOP_LEVEL_KEY,
				"--checkout.webhooks.signature-keys=" + TOP_LEVEL_NEXT_KEY, TOP_LEVEL_CLIENT_ID,
				TOP_LEVEL_CLIENT_SECRET),

		/** a has its new key alone, and Authorization values are set. */
		ROTATED("--checkout.accounts.a.webhooks.signature-keys=" + A_NEW_KEY,
				"--checkout.accounts.a.webhooks.authorization-header=" + A_AUTHORIZATION,
				"--checkout.webhooks.signature-key=" + TOP_LEVEL_KEY,
				"--checkout.webhooks.authorization-header=" + TOP_LEVEL_AUTHORIZATION, TOP_LEVEL_CLIENT_ID,
				TOP_LEVEL_CLIENT_SECRET),

		/** No top-level account, so no top-level key. */
		ACCOUNTS_ONLY("--checkout.accounts.a.webhooks.signature-keys=" + A_OLD_KEY);

		private final List<String> arguments;

		Deploy(String... arguments) {
			this.arguments = List.of(arguments);
		}

	}

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void aWebhookSignedWithAccountAsOldOrNewKeyIsAcceptedDuringRotationAndRefusedUnderB(String stack) {
		ConfigurableApplicationContext application = app(stack, Deploy.ROTATING);
		byte[] signedWithOld = event(eventId());
		byte[] signedWithNew = event(eventId());

		assertThat(post(application, "/a", signedWithOld, A_OLD_KEY).statusCode()).isEqualTo(200);
		assertThat(post(application, "/a", signedWithNew, A_NEW_KEY).statusCode()).isEqualTo(200);
		assertProblem(post(application, "/b", signedWithOld, A_OLD_KEY), 401, "invalid_signature");
		assertProblem(post(application, "/b", signedWithNew, A_NEW_KEY), 401, "invalid_signature");
		assertProblem(post(application, "", signedWithNew, A_NEW_KEY), 401, "invalid_signature");

		assertThat(published(application, signedWithOld)).singleElement()
			.extracting(CheckoutWebhookEvent::getAccount)
			.isEqualTo("a");
		assertThat(published(application, signedWithNew)).singleElement()
			.extracting(CheckoutWebhookEvent::getAccount)
			.isEqualTo("a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void onceTheOldKeyIsRemovedItsSignatureIsRefused(String stack) {
		ConfigurableApplicationContext application = app(stack, Deploy.ROTATED);
		byte[] signedWithOld = event(eventId());
		byte[] signedWithNew = event(eventId());

		assertProblem(post(application, "/a", signedWithOld, A_OLD_KEY, "Authorization", A_AUTHORIZATION), 401,
				"invalid_signature");
		assertThat(post(application, "/a", signedWithNew, A_NEW_KEY, "Authorization", A_AUTHORIZATION).statusCode())
			.isEqualTo(200);
		assertThat(published(application, signedWithOld)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void aDeliveryForAnAccountThatIsNotConfiguredIs404ProblemDetail(String stack) {
		ConfigurableApplicationContext application = app(stack, Deploy.ROTATING);
		byte[] body = event(eventId());

		assertProblem(post(application, "/c", body, A_OLD_KEY), 404, "unknown_account");
		assertProblem(post(application, "/default", body, TOP_LEVEL_KEY), 404, "unknown_account");
		assertThat(published(application, body)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void eachAccountChecksItsOwnAuthorizationValue(String stack) {
		ConfigurableApplicationContext application = app(stack, Deploy.ROTATED);
		byte[] forA = event(eventId());
		byte[] forB = event(eventId());

		assertProblem(post(application, "/a", forA, A_NEW_KEY, "Authorization", TOP_LEVEL_AUTHORIZATION), 401,
				"unauthorized_header");
		assertThat(post(application, "/a", forA, A_NEW_KEY, "Authorization", A_AUTHORIZATION).statusCode())
			.isEqualTo(200);
		// b sets no value of its own: the top-level one is the top-level account's.
		assertThat(post(application, "/b", forB, B_KEY).statusCode()).isEqualTo(200);
		assertProblem(post(application, "", event(eventId()), TOP_LEVEL_KEY), 401, "unauthorized_header");
	}

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void theTopLevelPathStaysTheDefaultAccountsAndTakesEveryKeyOfSignatureKeysToo(String stack) {
		ConfigurableApplicationContext application = app(stack, Deploy.ROTATING);
		byte[] withKey = event(eventId());
		byte[] withNextKey = event(eventId());

		assertThat(post(application, "", withKey, TOP_LEVEL_KEY).statusCode()).isEqualTo(200);
		assertThat(post(application, "", withNextKey, TOP_LEVEL_NEXT_KEY).statusCode()).isEqualTo(200);
		assertProblem(post(application, "", event(eventId()), B_KEY), 401, "invalid_signature");

		assertThat(published(application, withKey)).singleElement()
			.extracting(CheckoutWebhookEvent::getAccount)
			.isEqualTo("default");
		assertThat(published(application, withNextKey)).singleElement()
			.extracting(CheckoutWebhookEvent::getAccount)
			.isEqualTo("default");
	}

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void withAccountsAndNoTopLevelKeyTheTopLevelPathServesNoAccount(String stack) {
		ConfigurableApplicationContext application = app(stack, Deploy.ACCOUNTS_ONLY);
		byte[] body = event(eventId());

		assertProblem(post(application, "", body, TOP_LEVEL_KEY), 404, "unknown_account");
		assertThat(post(application, "/a", body, A_OLD_KEY).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "servlet", "reactive" })
	void oneEventIdSignedForTwoAccountsIsPublishedForEachBecauseOneAccountsKeyCannotClaimAnothersEvents(String stack) {
		ConfigurableApplicationContext application = app(stack, Deploy.ROTATING);
		byte[] body = event(eventId());

		assertThat(post(application, "/b", body, B_KEY).statusCode()).isEqualTo(200);
		assertThat(post(application, "/a", body, A_OLD_KEY).statusCode()).isEqualTo(200);
		assertThat(post(application, "/a", body, A_NEW_KEY).statusCode()).isEqualTo(200);

		assertThat(published(application, body)).extracting(CheckoutWebhookEvent::getAccount)
			.containsExactlyInAnyOrder("a", "b");
	}

	@AfterAll
	static void stopTheApplications() {
		APPLICATIONS.values().forEach(ConfigurableApplicationContext::close);
	}

	/**
	 * The application of one stack and deploy, started once for every test that needs it:
	 * each deploy is a step of a key rotation.
	 */
	private static ConfigurableApplicationContext app(String stack, Deploy deploy) {
		return APPLICATIONS.computeIfAbsent(stack + " " + deploy,
				(key) -> new SpringApplicationBuilder(WebTestApplication.class).run(arguments(stack, deploy)));
	}

	private static String[] arguments(String stack, Deploy deploy) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--spring.main.web-application-type=" + stack, "--checkout.webhooks.enabled=true",
				"--checkout.accounts.b.webhooks.signature-keys=" + B_KEY, "--checkout.deduplication.store=memory",
				"--checkout.base-url=http://127.0.0.1:9", "--checkout.oauth.token-url=http://127.0.0.1:9/connect/token",
				"--checkout.warm-up.enabled=false", "--spring.main.banner-mode=off",
				// Each account is a client of its own too: credentials are never
				// inherited.
				"--checkout.accounts.a.oauth.client-id=ack_a", "--checkout.accounts.a.oauth.client-secret=unused",
				"--checkout.accounts.b.oauth.client-id=ack_b", "--checkout.accounts.b.oauth.client-secret=unused"));
		arguments.addAll(deploy.arguments);
		return arguments.toArray(String[]::new);
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext application, String accountPath,
			byte[] body, String key, String... headers) {
		String port = application.getEnvironment().getProperty("local.server.port");
		List<String> all = new ArrayList<>(List.of("Cko-Signature", WebhookSignature.sign(key, body)));
		all.addAll(List.of(headers));
		return Deliveries.post("http://localhost:" + port + "/checkout/webhooks" + accountPath, "application/json",
				body, all.toArray(String[]::new));
	}

	private static List<CheckoutWebhookEvent> published(ConfigurableApplicationContext application, byte[] body) {
		String id = new String(body, StandardCharsets.UTF_8).substring("{\"id\":\"".length(),
				"{\"id\":\"evt_".length() + 26);
		return application.getBean(RecordedEvents.class).webhooksWithId(id);
	}

	private static void assertProblem(HttpResponse<String> response, int status, String reason) {
		SessionCallbackApplicationTests.assertProblem(response, status, reason);
	}

	private static String eventId() {
		return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
	}

	private static byte[] event(String id) {
		return ("{\"id\":\"" + id + "\",\"type\":\"authentication_approved\",\"created_on\":\"" + Instant.now()
				+ "\",\"data\":{\"session_id\":\"sid_" + "q".repeat(26) + "\",\"status\":\"approved\"}}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
