package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.checkoutsessions.emulator.RawApi.Reply;

class TokenEndpointTests {

	final MutableClock clock = new MutableClock();

	final SessionsEmulator emulator = SessionsEmulator.builder()
		.client("ack_test", "s3cret")
		.client("ack_apponly", "other", "sessions:app")
		.tokenLifetime(Duration.ofMinutes(5))
		.clock(clock)
		.processingChannelId(RawApi.PROCESSING_CHANNEL)
		.start();

	final RawApi api = new RawApi(emulator);

	@AfterEach
	void stop() {
		emulator.close();
	}

	@Test
	void formCredentialsGetABearerTokenWithLifetimeAndScopes() {
		Reply reply = api.token();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("token_type").stringValue()).isEqualTo("Bearer");
		assertThat(reply.json().get("expires_in").asInt()).isEqualTo(300);
		assertThat(reply.json().get("scope").stringValue().split(" ")).containsExactlyInAnyOrder("sessions:app",
				"sessions:browser");
		assertThat(reply.json().get("access_token").stringValue()).isNotBlank();
		assertThat(emulator.clientId()).isEqualTo("ack_test");
	}

	@Test
	void httpBasicCredentialsAreAcceptedToo() {
		Reply reply = api.form(emulator.tokenUrl(), "grant_type=client_credentials&scope=sessions%3Abrowser",
				Map.of("Authorization", basic("ack_test", "s3cret")));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("scope").stringValue()).isEqualTo("sessions:browser");
	}

	@Test
	void wrongSecretIsInvalidClient400InTheFormAnd401WithBasicChallenge() {
		Reply form = api.form(emulator.tokenUrl(),
				"grant_type=client_credentials&client_id=ack_test&client_secret=wrong", Map.of());
		Reply basic = api.form(emulator.tokenUrl(), "grant_type=client_credentials",
				Map.of("Authorization", basic("ack_test", "wrong")));

		// RFC 6749 §5.2: 401 only for a client that authenticated through the
		// Authorization header.
		assertThat(form.status()).isEqualTo(400);
		assertThat(form.json().get("error").stringValue()).isEqualTo("invalid_client");
		assertThat(form.header("WWW-Authenticate")).isNull();
		assertThat(basic.status()).isEqualTo(401);
		assertThat(basic.json().get("error").stringValue()).isEqualTo("invalid_client");
		assertThat(basic.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void scopeTheClientMayNotHaveIsInvalidScope() {
		Reply reply = api.form(emulator.tokenUrl(),
				"grant_type=client_credentials&client_id=ack_apponly&client_secret=other&scope=sessions%3Abrowser",
				Map.of());

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").stringValue()).isEqualTo("invalid_scope");
	}

	@Test
	void otherGrantTypesAreUnsupported() {
		Reply reply = api.form(emulator.tokenUrl(), "grant_type=password&client_id=ack_test&client_secret=s3cret",
				Map.of());

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").stringValue()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void tokensStopWorkingWhenTheyExpire() {
		String bearer = api.bearer();
		assertThat(api.create(bearer, RawApi.nonHosted("4485040371536584")).status()).isEqualTo(202);

		clock.advance(Duration.ofMinutes(5));

		Reply reply = api.create(bearer, RawApi.nonHosted("4485040371536584"));
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.body()).isEmpty();
		assertThat(api.create(api.bearer(), RawApi.nonHosted("4485040371536584")).status()).isEqualTo(202);
	}

	@Test
	void expireAccessTokensForcesARefresh() {
		String bearer = api.bearer();

		emulator.expireAccessTokens();

		assertThat(api.create(bearer, RawApi.nonHosted("4485040371536584")).status()).isEqualTo(401);
	}

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	/** A clock the test moves forward instead of sleeping. */
	static final class MutableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
