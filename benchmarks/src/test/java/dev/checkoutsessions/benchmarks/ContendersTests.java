package dev.checkoutsessions.benchmarks;

import java.time.Clock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the contenders do the same work: against the fixture server each one creates the
 * same session and reads the same details. Fast (one call each); the benchmarks
 * themselves never run in the build.
 */
class ContendersTests {

	private static FixtureServer server;

	@BeforeAll
	static void startServer() throws Exception {
		server = new FixtureServer(0);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void everyContenderReturnsTheSameSessions() throws Exception {
		for (String name : Contenders.ALL) {
			try (Contender contender = Contenders.create(name, server.baseUrl(), 2)) {
				assertThat(contender.sessionId(contender.requestSession())).as(name)
					.isEqualTo("sid_kfa2wttsisdude7acvva4irrfm");
				assertThat(contender.sessionId(contender.getSessionDetails())).as(name)
					.isEqualTo("sid_jlfm4ithpgpefdxgzzdnc3xrc4");
			}
		}
	}

	@Test
	void oursAndTheSdkFetchATokenOnEveryCallInTheRefreshBenchmark() throws Exception {
		long before = server.requests();
		try (Contender ours = new OursContender(server.baseUrl(), OursContender.Transport.DEFAULT,
				OursContender.meteredObservations(), new TokenRefreshBenchmark.LeapingClock())) {
			ours.requestSession();
			ours.requestSession();
		}
		// Two token fetches and two session calls.
		assertThat(server.requests() - before).isEqualTo(4);
		before = server.requests();
		try (Contender sdk = new SdkContender(server.baseUrl(), "/connect/token/expires-in/0", 0)) {
			sdk.requestSession();
			sdk.requestSession();
		}
		// The SDK fetches one token eagerly at build, then one per call.
		assertThat(server.requests() - before).isEqualTo(5);
	}

	@Test
	void oursUsesOneTokenForManyCalls() throws Exception {
		long before = server.requests();
		try (Contender ours = new OursContender(server.baseUrl(), OursContender.Transport.DEFAULT,
				OursContender.noObservations(), Clock.systemUTC())) {
			for (int i = 0; i < 5; i++) {
				ours.getSessionDetails();
			}
		}
		assertThat(server.requests() - before).isEqualTo(6);
	}

}
