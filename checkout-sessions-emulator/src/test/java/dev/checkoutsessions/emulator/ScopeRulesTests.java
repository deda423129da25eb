package dev.checkoutsessions.emulator;

import static dev.checkoutsessions.emulator.SessionLifecycleTests.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.emulator.RawApi.Reply;
import dev.checkoutsessions.emulator.test.SessionsEmulatorExtension;

class ScopeRulesTests {

	static final String CARD = "4485040371536584";

	@RegisterExtension
	static final SessionsEmulatorExtension checkout = new SessionsEmulatorExtension(RawApi.emulatorBuilder());

	static SessionsEmulator emulator;

	static RawApi api;

	@BeforeAll
	static void connect(SessionsEmulator started) {
		emulator = started;
		api = new RawApi(started);
	}

	@Test
	void appOnlyTokenCannotCreateWithBrowserChannelData() {
		Reply reply = api.create(api.bearer("sessions:app"), RawApi.nonHostedBrowser(CARD));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(codes(reply)).containsExactly("operation_not_allowed_for_scope");
	}

	@Test
	void appOnlyTokenCannotCreateHostedSessions() {
		assertThat(api.create(api.bearer("sessions:app"), RawApi.hosted(CARD)).status()).isEqualTo(403);
	}

	@Test
	void appTokenCannotReadASessionInitiatedUnderBrowserScope() {
		String id = api.create(api.bearer("sessions:browser"), RawApi.nonHosted(CARD)).text("id");

		Reply reply = api.getSession(api.bearer("sessions:app"), id);

		assertThat(reply.status()).isEqualTo(403);
		assertThat(codes(reply)).containsExactly("operation_not_allowed_for_scope");
	}

	@Test
	void issuerFingerprintNeedsTheBrowserScope() {
		String id = api.create(api.bearer(), RawApi.nonHosted(CARD)).text("id");

		Reply app = api.issuerFingerprint(api.bearer("sessions:app"), id, "Y");
		Reply browser = api.issuerFingerprint(api.bearer("sessions:browser"), id, "Y");

		assertThat(app.status()).isEqualTo(403);
		assertThat(codes(app)).containsExactly("operation_not_allowed_for_scope");
		assertThat(browser.status()).isEqualTo(200);
	}

	@Test
	void browserOnlyTokenCannotSendAppChannelData() {
		String id = api.create(api.bearer("sessions:browser"), RawApi.nonHosted(CARD)).text("id");

		Reply reply = api.collectData(api.bearer("sessions:browser"), id, RawApi.appChannelData());

		assertThat(reply.status()).isEqualTo(403);
		assertThat(codes(reply)).containsExactly("operation_not_allowed_for_scope");
	}

	@Test
	void appChannelSessionsRefuseTheIssuerFingerprint() {
		String bearer = api.bearer();
		String id = api.create(bearer, RawApi.nonHosted("4242424242424242")).text("id");
		api.collectData(bearer, id, RawApi.appChannelData());

		assertThat(codes(api.issuerFingerprint(bearer, id, "Y")))
			.containsExactly("three_ds_method_not_supported_for_app");
	}

}
