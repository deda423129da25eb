package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.checkoutsessions.emulator.TokenEndpointTests.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * {@code expired} and {@code challenge_abandoned} come from time running out on a clock
 * the test moves.
 */
class SessionTimeoutsTests {

	final MutableClock clock = new MutableClock();

	final SessionsEmulator emulator = RawApi.emulatorBuilder()
		.clock(clock)
		.tokenLifetime(Duration.ofDays(1))
		.sessionLifetime(Duration.ofMinutes(30))
		.challengeTimeout(Duration.ofMinutes(10))
		.start();

	final RawApi api = new RawApi(emulator);

	@AfterEach
	void stop() {
		emulator.close();
	}

	@Test
	void aSessionStillWaitingForChannelDataExpiresAtItsLifetime() {
		String oauth = api.bearer();
		String id = api.create(oauth, RawApi.nonHosted(SessionLifecycleTests.FRICTIONLESS)).text("id");

		clock.advance(Duration.ofMinutes(29));
		assertThat(api.getSession(oauth, id).text("status")).isEqualTo("pending");
		clock.advance(Duration.ofMinutes(1));

		JsonNode expired = api.getSession(oauth, id).json();
		assertThat(expired.get("status").stringValue()).isEqualTo("expired");
		assertThat(expired.get("next_actions")).isEmpty();
		assertThat(api.collectData(oauth, id, RawApi.browserChannelData()).status()).isEqualTo(403);
	}

	@Test
	void aChallengeNotFinishedInTimeIsAbandoned() {
		String oauth = api.bearer();
		String id = api.create(oauth, RawApi.nonHostedBrowser(SessionLifecycleTests.CHALLENGE)).text("id");

		clock.advance(Duration.ofMinutes(9));
		assertThat(api.getSession(oauth, id).text("status")).isEqualTo("challenged");
		clock.advance(Duration.ofMinutes(1));

		JsonNode abandoned = api.getSession(oauth, id).json();
		assertThat(abandoned.get("status").stringValue()).isEqualTo("challenge_abandoned");
		assertThat(abandoned.at("/acs/challenge_cancel_reason").stringValue()).isEqualTo("challenge_timed_out");
		assertThat(abandoned.get("approved").booleanValue()).isFalse();
		// A finished session is not touched again by the session lifetime.
		clock.advance(Duration.ofHours(1));
		assertThat(api.getSession(oauth, id).text("status")).isEqualTo("challenge_abandoned");
	}

	@Test
	void withoutLimitsSessionsWaitForEver() {
		try (SessionsEmulator unlimited = RawApi.emulatorBuilder()
			.clock(clock)
			.tokenLifetime(Duration.ofDays(30))
			.start()) {
			RawApi raw = new RawApi(unlimited);
			String oauth = raw.bearer();
			String id = raw.create(oauth, RawApi.nonHosted(SessionLifecycleTests.FRICTIONLESS)).text("id");

			clock.advance(Duration.ofDays(7));

			assertThat(raw.getSession(oauth, id).text("status")).isEqualTo("pending");
		}
	}

}
