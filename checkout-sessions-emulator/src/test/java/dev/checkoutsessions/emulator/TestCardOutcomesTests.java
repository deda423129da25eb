package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.checkoutsessions.emulator.test.SessionsEmulatorExtension;
import tools.jackson.databind.JsonNode;

class TestCardOutcomesTests {

	@RegisterExtension
	static final SessionsEmulatorExtension checkout = new SessionsEmulatorExtension(RawApi.emulatorBuilder());

	static SessionsEmulator emulator;

	static RawApi api;

	static String oauth;

	@BeforeAll
	static void connect(SessionsEmulator started) {
		emulator = started;
		api = new RawApi(started);
		oauth = api.bearer();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "4485040371536584, approved, Y, true, 05", "5588686116426417, approved, Y, true, 02",
			"345678901234564, approved, Y, true, 05", "4539628347117863, declined, N, false, 07",
			"4024007186645015, unavailable, U, false, 07", "4556574722325580, attempted, A, true, 06",
			"5558468902774508, attempted, A, true, 01", "4275765574319271, rejected, R, false, 07",
			"4484070000035519, unavailable, U, false, 07", "4452927588210665, unavailable, U, false, 07",
			"4000000000000002, approved, Y, true, 05" })
	void frictionlessCardsReachTheirOutcomeAtOnce(String card, String status, String responseCode, boolean approved,
			String eci) {
		JsonNode body = api.create(oauth, RawApi.nonHostedBrowser(card)).json();

		assertThat(body.get("status").stringValue()).isEqualTo(status);
		assertThat(body.get("response_code").stringValue()).isEqualTo(responseCode);
		assertThat(body.get("approved").booleanValue()).isEqualTo(approved);
		assertThat(body.get("eci").stringValue()).isEqualTo(eci);
		assertThat(body.has("cryptogram")).isEqualTo(approved);
		assertThat(body.get("challenged").booleanValue()).isFalse();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "4242424242424242, approved, Y", "5385308360135181, approved, Y", "4243754271700719, declined, N",
			"4152868552773614, attempted, A", "4150561000000019, rejected, R", "4447336775378848, unavailable, U",
			"4485597929486000, approved, Y" })
	void challengeCardsReachTheirOutcomeAfterTheRightPassword(String card, String status, String responseCode) {
		JsonNode created = api.create(oauth, RawApi.nonHostedBrowser(card)).json();
		assertThat(created.get("status").stringValue()).isEqualTo("challenged");
		String id = created.get("id").stringValue();

		assertThat(api.submitChallenge(id, SessionsEmulator.CHALLENGE_PASSWORD, "submit").status()).isEqualTo(200);

		JsonNode body = api.getSession(oauth, id).json();
		assertThat(body.get("status").stringValue()).isEqualTo(status);
		assertThat(body.get("response_code").stringValue()).isEqualTo(responseCode);
		assertThat(body.get("challenged").booleanValue()).isTrue();
		assertThat(SessionLifecycleTests.actions(body)).containsExactly("complete");
	}

	@Test
	void mandatedChallengeIndicatorChallengesAFrictionlessCard() {
		var request = RawApi.nonHostedBrowser("4485040371536584")
			.put("challenge_indicator", "challenge_requested_mandate");

		JsonNode body = api.create(oauth, request).json();

		assertThat(body.get("status").stringValue()).isEqualTo("challenged");
		assertThat(body.at("/acs/challenge_mandated").booleanValue()).isTrue();
	}

}
