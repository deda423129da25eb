package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import dev.checkoutsessions.emulator.RawApi.Reply;

/**
 * Several Checkout.com accounts in one emulator: each account's token reaches only its
 * own sessions, and to any other account a session is exactly as absent as an unknown
 * one.
 */
class AccountsTests {

	static final String CARD = "4485040371536584";

	static final String UNKNOWN_SESSION = "sid_aaaaaaaaaaaaaaaaaaaaaaaaaa";

	final SessionsEmulator emulator = RawApi.emulatorBuilder()
		.account("eu")
		.account("us", "ack_us", "us-secret", "sessions:browser")
		.start();

	final RawApi api = new RawApi(emulator);

	final EmulatorAccount eu = emulator.account("eu");

	final EmulatorAccount us = emulator.account("us");

	@AfterEach
	void stop() {
		emulator.close();
	}

	@Test
	void aSessionOfOneAccountIsNotFoundWithAnotherAccountsToken() {
		String id = pendingSession(eu);
		String usBearer = api.bearer(us);
		Reply unknown = api.getSession(usBearer, UNKNOWN_SESSION);

		Reply get = api.getSession(usBearer, id);
		Reply collect = api.collectData(usBearer, id, RawApi.browserChannelData());
		Reply fingerprint = api.issuerFingerprint(usBearer, id, "Y");
		Reply complete = api.complete(usBearer, id);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(java.util.List.of(get, collect, fingerprint, complete)).allSatisfy((reply) -> {
			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.json().get("error_type")).isEqualTo(unknown.json().get("error_type"));
			assertThat(reply.json().get("error_codes")).isEqualTo(unknown.json().get("error_codes"));
		});
		assertThat(emulator.session(id).orElseThrow().status()).as("untouched by the other account")
			.isEqualTo("pending");
	}

	@Test
	void theDefaultAccountsTokenDoesNotReachANamedAccountsSessionNorTheOtherWayRound() {
		String euSession = pendingSession(eu);
		String defaultSession = pendingSession(emulator.account(SessionsEmulator.DEFAULT_ACCOUNT));

		assertThat(api.getSession(api.bearer(), euSession).status()).isEqualTo(404);
		assertThat(api.getSession(api.bearer(eu), defaultSession).status()).isEqualTo(404);
		assertThat(api.getSession(api.bearer(eu), euSession).status()).isEqualTo(200);
		assertThat(api.getSession(api.bearer(), defaultSession).status()).isEqualTo(200);
	}

	@Test
	void eachAccountRunsItsOwnSessionsToTheEnd() {
		for (EmulatorAccount account : emulator.accounts()) {
			String bearer = api.bearer(account);
			String id = pendingSession(account);

			assertThat(api.collectData(bearer, id, RawApi.browserChannelData()).status()).as(account.name())
				.isEqualTo(200);
			assertThat(api.complete(bearer, id).status()).as(account.name()).isEqualTo(204);
		}
	}

	@Test
	void theSessionSecretStillReachesItsSessionWhicheverAccountCreatedIt() {
		Reply created = api.create(api.bearer(eu), request(eu));
		String secret = created.text("session_secret");

		assertThat(api.getSession(secret, created.text("id")).status()).isEqualTo(200);
		assertThat(api.collectData(secret, created.text("id"), RawApi.browserChannelData()).status()).isEqualTo(200);
	}

	@Test
	void anAccountAcceptsOnlyItsOwnProcessingChannel() {
		ObjectNode withUsChannel = request(eu).put("processing_channel_id", us.processingChannelId());

		Reply reply = api.create(api.bearer(eu), withUsChannel);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(SessionLifecycleTests.codes(reply)).contains("processing_channel_id_invalid");
		assertThat(eu.processingChannelId()).isNotEqualTo(us.processingChannelId()).matches("pc_[a-z2-7]{26}");
	}

	@Test
	void anAccountsClientKeepsTheScopesItWasRegisteredWith() {
		assertThat(api.token(us, "sessions:app").status()).isEqualTo(400);
		assertThat(api.token(us, "sessions:browser").status()).isEqualTo(200);
		assertThat(us.clientId()).isEqualTo("ack_us");
		assertThat(us.clientSecret()).isEqualTo("us-secret");
	}

	@Test
	void snapshotsNameTheAccountThatCreatedTheSession() {
		String euSession = pendingSession(eu);
		String usSession = pendingSession(us);

		assertThat(emulator.session(euSession).orElseThrow().account()).isEqualTo("eu");
		assertThat(emulator.session(usSession).orElseThrow().account()).isEqualTo("us");
		assertThat(emulator.accounts()).extracting(EmulatorAccount::name)
			.containsExactly(SessionsEmulator.DEFAULT_ACCOUNT, "eu", "us");
	}

	@Test
	void clientsAddedWithClientShareTheDefaultAccountsSessions() {
		try (SessionsEmulator shared = RawApi.emulatorBuilder()
			.client("ack_first", "first")
			.client("ack_second", "second")
			.start()) {
			RawApi sharedApi = new RawApi(shared);
			String id = sharedApi.create(sharedApi.bearer(), RawApi.nonHosted(CARD)).text("id");
			String second = "Bearer " + sharedApi
				.form(shared.tokenUrl(), "grant_type=client_credentials&client_id=ack_second&client_secret=second",
						java.util.Map.of())
				.text("access_token");

			assertThat(sharedApi.getSession(second, id).status()).isEqualTo(200);
			assertThat(shared.session(id).orElseThrow().account()).isEqualTo(SessionsEmulator.DEFAULT_ACCOUNT);
		}
	}

	@Test
	void accountsAreNamedOnceWithTheirOwnClientsAndNeverAsTheDefault() {
		SessionsEmulator.Builder builder = SessionsEmulator.builder().client("ack_default", "secret").account("eu");

		assertThatIllegalArgumentException().isThrownBy(() -> builder.account("eu")).withMessageContaining("eu");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.account(SessionsEmulator.DEFAULT_ACCOUNT))
			.withMessageContaining("client(");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.account("eu.west"))
			.withMessageContaining("letters, digits");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.account("us", "ack_default", "other"))
			.withMessageContaining("ack_default already belongs to account default")
			.withMessageNotContaining("other");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.processingChannelId("apac", RawApi.PROCESSING_CHANNEL))
			.withMessageContaining("apac");
		try (SessionsEmulator started = builder.start()) {
			assertThat(started.accounts()).extracting(EmulatorAccount::name)
				.as("refused accounts left nothing behind")
				.containsExactly(SessionsEmulator.DEFAULT_ACCOUNT, "eu");
		}
	}

	@Test
	void anUnknownAccountIsNamedWithTheAccountsServed() {
		assertThatIllegalArgumentException().isThrownBy(() -> emulator.account("apac"))
			.withMessageContaining("apac")
			.withMessageContaining("[default, eu, us]");
	}

	@Test
	void anAccountNeverShowsItsSecretOrKey() {
		assertThat(us.toString()).contains("us", "ack_us")
			.doesNotContain("us-secret")
			.doesNotContain(us.signatureKey());
	}

	private String pendingSession(EmulatorAccount account) {
		Reply created = api.create(api.bearer(account), request(account));
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		return created.text("id");
	}

	private static ObjectNode request(EmulatorAccount account) {
		return RawApi.nonHosted(CARD).put("processing_channel_id", account.processingChannelId());
	}

}
