package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.checkoutsessions.emulator.RawApi.Reply;
import dev.checkoutsessions.emulator.test.SessionsEmulatorExtension;
import tools.jackson.databind.JsonNode;

/**
 * The emulator checked against the reference fixtures in the repository's
 * {@code fixtures/}.
 */
class FixtureConformanceTests {

	@RegisterExtension
	static final SessionsEmulatorExtension checkout = new SessionsEmulatorExtension(RawApi.emulatorBuilder());

	static SessionsEmulator emulator;

	static RawApi api;

	static String oauth;

	/**
	 * Every field of the current session model, as listed by the synthetic all-fields
	 * fixture.
	 */
	static final Set<String> DOCUMENTED_FIELDS = new HashSet<>(
			RawApi.fixture("get-sessions-200-all-fields-synthetic.json").propertyNames());

	@BeforeAll
	static void connect(SessionsEmulator started) {
		emulator = started;
		api = new RawApi(started);
		oauth = api.bearer();
	}

	static Stream<String> sessionRequestFixtures() throws IOException {
		try (Stream<Path> files = Files.list(RawApi.fixtures())) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.startsWith("post-sessions-request-"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("sessionRequestFixtures")
	void everySessionRequestFixtureIsAccepted(String fixture) {
		Reply reply = api.create(oauth, RawApi.fixture(fixture));

		assertThat(reply.status()).isIn(201, 202);
		assertThat(reply.json().get("id").stringValue()).startsWith("sid_");
	}

	@Test
	void channelDataFixturesAreAcceptedByCollectData() {
		for (String fixture : List.of("put-sessions-collect-data-request-browser.json",
				"channel-data-browser-spec-example.json")) {
			String id = api.create(oauth, RawApi.fixture("post-sessions-request-non-hosted.json")).text("id");
			assertThat(api.collectData(oauth, id, RawApi.fixture(fixture)).status()).as(fixture).isEqualTo(200);
		}
	}

	@Test
	void issuerFingerprintRequestFixtureIsAccepted() {
		String id = api.create(oauth, RawApi.fixture("post-sessions-request-non-hosted.json")).text("id");

		Reply reply = api.call("PUT", "/sessions/" + id + "/issuer-fingerprint", oauth,
				RawApi.fixture("put-sessions-issuer-fingerprint-request.json").toString());

		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void pendingResponsesHaveThePendingFixturesShape() {
		Reply created = api.create(oauth, RawApi.fixture("post-sessions-request-non-hosted.json"));
		JsonNode got = api.getSession(oauth, created.json().get("id").stringValue()).json();

		assertSameShape(created.json(), "post-sessions-202-pending.json");
		assertSameShape(got, "get-sessions-200-pending.json");
	}

	@Test
	void approvedResponsesHaveTheApprovedFixturesShape() {
		JsonNode created = api.create(oauth, RawApi.fixture("post-sessions-request-non-hosted-browser-channel.json"))
			.json();
		String id = api.create(oauth, RawApi.fixture("post-sessions-request-non-hosted.json")).text("id");
		api.issuerFingerprint(oauth, id, "Y");
		JsonNode collected = api.collectData(oauth, id, RawApi.browserChannelData()).json();

		assertSameShape(created, "post-sessions-201-approved.json");
		assertSameShape(collected, "put-sessions-issuer-fingerprint-200.json");
	}

	@Test
	void tokenResponseHasTheTokenFixturesShape() {
		assertThat(api.token().json().propertyNames())
			.containsExactlyInAnyOrderElementsOf(RawApi.fixture("connect-token-200.json").propertyNames());
	}

	/**
	 * Same state, same top-level keys: every key of the fixture is present, and anything
	 * more is a documented session field (the fixtures come from older SDK mocks that
	 * lack e.g. {@code challenge_indicator}).
	 */
	private static void assertSameShape(JsonNode actual, String fixtureName) {
		JsonNode fixture = RawApi.fixture(fixtureName);
		assertThat(actual.get("status").stringValue()).isEqualTo(fixture.get("status").stringValue());
		assertThat(actual.propertyNames()).as(fixtureName).containsAll(fixture.propertyNames());
		assertThat(actual.propertyNames()).as(fixtureName).allMatch(DOCUMENTED_FIELDS::contains);
		assertThat(actual.get("_links").propertyNames()).as(fixtureName + " _links")
			.containsExactlyInAnyOrderElementsOf(fixture.get("_links").propertyNames());
		assertThat(SessionLifecycleTests.actions(actual)).isEqualTo(SessionLifecycleTests.actions(fixture));
	}

}
