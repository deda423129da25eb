package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.emulator.RawApi.Reply;
import dev.checkoutsessions.emulator.test.SessionsEmulatorExtension;
import tools.jackson.databind.JsonNode;

class SessionLifecycleTests {

	static final String FRICTIONLESS = "4485040371536584";

	static final String CHALLENGE = "4242424242424242";

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

	@Test
	void createWithoutChannelDataAnswers202PendingAwaitingChannelDataAndFingerprint() {
		Reply reply = api.create(oauth, RawApi.nonHosted(FRICTIONLESS));

		assertThat(reply.status()).isEqualTo(202);
		JsonNode body = reply.json();
		assertThat(body.get("id").stringValue()).matches("sid_[a-z2-7]{26}");
		assertThat(body.get("session_secret").stringValue()).matches("sek_.{44}");
		assertThat(body.get("status").stringValue()).isEqualTo("pending");
		assertThat(actions(body)).containsExactly("collect_channel_data", "issuer_fingerprint");
		assertThat(links(body)).containsExactlyInAnyOrder("self", "issuer_fingerprint", "collect_channel_data",
				"three_ds_method_url", "callback_url");
		String id = body.get("id").stringValue();
		assertThat(body.at("/_links/self/href").stringValue()).isEqualTo(emulator.baseUrl() + "/sessions/" + id);
		assertThat(body.at("/_links/three_ds_method_url/href").stringValue())
			.isEqualTo(emulator.baseUrl() + "/emulator/3ds-method/" + id);
		assertThat(reply.header("Cko-Request-Id")).isNotBlank();
	}

	@Test
	void createWithBrowserChannelDataAuthenticatesAtOnceAnd201Approved() {
		Reply reply = api.create(oauth, RawApi.nonHostedBrowser(FRICTIONLESS));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode body = reply.json();
		assertThat(body.get("status").stringValue()).isEqualTo("approved");
		assertThat(body.get("approved").booleanValue()).isTrue();
		assertThat(body.get("response_code").stringValue()).isEqualTo("Y");
		assertThat(body.get("eci").stringValue()).isEqualTo("05");
		assertThat(body.get("cryptogram").stringValue()).hasSize(28);
		assertThat(body.get("xid").stringValue()).isEqualTo(body.get("transaction_id").stringValue());
		assertThat(body.has("authentication_date")).isTrue();
		assertThat(actions(body)).containsExactly("complete");
		assertThat(links(body)).containsExactlyInAnyOrder("self", "complete", "callback_url");
	}

	@Test
	void challengeCardWithBrowserDataIsChallengedWithAcsAndChallengeRequest() {
		JsonNode body = api.create(oauth, RawApi.nonHostedBrowser(CHALLENGE)).json();

		assertThat(body.get("status").stringValue()).isEqualTo("challenged");
		assertThat(body.get("response_code").stringValue()).isEqualTo("C");
		assertThat(actions(body)).containsExactly("challenge_cardholder");
		assertThat(body.at("/acs/url").stringValue())
			.isEqualTo(emulator.baseUrl() + "/emulator/acs/" + body.get("id").stringValue());
		assertThat(body.at("/3ds/challenge_request").stringValue()).isNotBlank();
		assertThat(body.has("cryptogram")).isFalse();
		assertThat(links(body)).containsExactlyInAnyOrder("self", "callback_url");
	}

	@Test
	void issuerFingerprintThenCollectDataReachesTheFinalState() {
		String id = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("id");

		Reply fingerprint = api.issuerFingerprint(oauth, id, "Y");
		assertThat(fingerprint.status()).isEqualTo(200);
		assertThat(actions(fingerprint.json())).containsExactly("collect_channel_data");
		assertThat(links(fingerprint.json())).doesNotContain("issuer_fingerprint", "three_ds_method_url");

		Reply collected = api.collectData(oauth, id, RawApi.browserChannelData());
		assertThat(collected.status()).isEqualTo(200);
		assertThat(collected.json().get("status").stringValue()).isEqualTo("approved");
		assertThat(emulator.session(id).orElseThrow().threeDsMethodCompletion()).isEqualTo("Y");
	}

	@Test
	void completeAnswers204AndLeavesNothingToDo() {
		var request = RawApi.nonHostedBrowser(FRICTIONLESS);
		request.putObject("completion").put("type", "non_hosted");
		String id = api.create(oauth, request).text("id");

		Reply complete = api.complete(oauth, id);

		assertThat(complete.status()).isEqualTo(204);
		assertThat(complete.body()).isEmpty();
		JsonNode body = api.getSession(oauth, id).json();
		assertThat(body.get("completed").booleanValue()).isTrue();
		assertThat(actions(body)).isEmpty();
		assertThat(links(body)).containsExactly("self");
		assertThat(api.complete(oauth, id).status()).isEqualTo(403);
	}

	@Test
	void sessionSecretReadsHideSecretCryptogramAndEci() {
		JsonNode created = api.create(oauth, RawApi.nonHostedBrowser(FRICTIONLESS)).json();
		String id = created.get("id").stringValue();

		Reply reply = api.getSession(created.get("session_secret").stringValue(), id);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.has("session_secret")).isFalse();
		assertThat(body.has("cryptogram")).isFalse();
		assertThat(body.has("eci")).isFalse();
		assertThat(body.get("status").stringValue()).isEqualTo("approved");
		JsonNode oauthBody = api.getSession(oauth, id).json();
		assertThat(oauthBody.has("cryptogram")).isTrue();
		assertThat(oauthBody.has("session_secret")).isTrue();
	}

	@Test
	void appChannelSessionsCarryCertificatesOnlyForOauthReaders() {
		String id = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("id");
		String secret = api.getSession(oauth, id).text("session_secret");

		Reply collected = api.collectData(secret, id, RawApi.appChannelData());

		assertThat(collected.status()).isEqualTo(200);
		assertThat(collected.json().has("certificates")).isFalse();
		assertThat(api.getSession(oauth, id).json().has("certificates")).isTrue();
		assertThat(api.getSession(oauth, id).json().at("/ds/ds_id").stringValue()).isEqualTo("A000000003");
	}

	/**
	 * Java SDK RequestAndGetSessionsTestIT: certificates on the 201 and the OAuth GET,
	 * never on a secret read.
	 */
	@Test
	void challengedBrowserSessionsCarryCertificatesForOauthReadersOnly() {
		Reply created = api.create(oauth, RawApi.nonHostedBrowser(CHALLENGE));
		String id = created.text("id");
		String secret = created.text("session_secret");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().at("/certificates/ds_public").stringValue()).isNotBlank();
		assertThat(api.getSession(oauth, id).json().has("certificates")).isTrue();
		JsonNode secretRead = api.getSession(secret, id).json();
		assertThat(secretRead.has("certificates")).isFalse();
		assertThat(secretRead.has("session_secret")).isFalse();
		assertThat(secretRead.get("status").stringValue()).isEqualTo("challenged");
	}

	@Test
	void exemptionRequestedThroughTheChallengeIndicatorIsReportedRequestedAndApplied() {
		var frictionless = RawApi.nonHostedBrowser(FRICTIONLESS);
		frictionless.put("challenge_indicator", "low_value");
		var challenge = RawApi.nonHostedBrowser(CHALLENGE);
		challenge.put("challenge_indicator", "transaction_risk_assessment");
		var pending = RawApi.nonHosted(FRICTIONLESS);
		pending.put("challenge_indicator", "trusted_listing_prompt");

		JsonNode granted = api.create(oauth, frictionless).json();
		JsonNode refused = api.create(oauth, challenge).json();
		Reply waiting = api.create(oauth, pending);

		assertThat(granted.at("/exemption/requested").stringValue()).isEqualTo("low_value");
		assertThat(granted.at("/exemption/applied").stringValue()).isEqualTo("low_value");
		assertThat(refused.at("/exemption/requested").stringValue()).isEqualTo("transaction_risk_assessment");
		assertThat(refused.at("/exemption/applied").stringValue()).isEqualTo("none");
		assertThat(waiting.json().has("exemption")).isFalse();
		JsonNode collected = api.collectData(oauth, waiting.text("id"), RawApi.browserChannelData()).json();
		assertThat(collected.at("/exemption/applied").stringValue()).isEqualTo("trusted_listing");
		assertThat(api.create(oauth, RawApi.nonHostedBrowser(FRICTIONLESS)).json().has("exemption")).isFalse();
	}

	@Test
	void preferredExperiencesAreAnsweredWithAStatusEachAndGoogleSpaIsUnavailable() {
		var request = RawApi.nonHosted(FRICTIONLESS);
		request.putArray("preferred_experiences").add("google_spa").add("3ds");
		request.putObject("google_spa").put("continue_url", "https://merchant.example/continue");

		Reply created = api.create(oauth, request);
		JsonNode waiting = created.json();
		JsonNode collected = api.collectData(oauth, created.text("id"), RawApi.browserChannelData()).json();

		assertThat(waiting.at("/preferred_experiences/google_spa/status").stringValue()).isEqualTo("unavailable");
		assertThat(waiting.at("/preferred_experiences/3ds/status").stringValue()).isEqualTo("unprocessed");
		assertThat(waiting.has("google_spa")).isFalse();
		assertThat(waiting.has("experience")).isFalse();
		assertThat(collected.at("/preferred_experiences/3ds/status").stringValue()).isEqualTo("processed");
		assertThat(collected.get("experience").stringValue()).isEqualTo("3ds");
		assertThat(collected.has("google_spa")).isFalse();
		assertThat(api.create(oauth, RawApi.nonHostedBrowser(FRICTIONLESS)).json().has("preferred_experiences"))
			.isFalse();
	}

	/**
	 * Java SDK UpdateSessionsTestIT.shouldUpdate3dsMethodCompletionIndicator, Go
	 * TestUpdate3dsMethodCompletion.
	 */
	@Test
	void issuerFingerprintOnAPendingHostedSessionAnswers200Pending() {
		Reply created = api.create(oauth, RawApi.hosted(FRICTIONLESS));
		String id = created.text("id");

		Reply byOauth = api.issuerFingerprint(oauth, id, "Y");
		Reply bySecret = api.issuerFingerprint(created.text("session_secret"), id, "Y");

		assertThat(byOauth.status()).isEqualTo(200);
		assertThat(byOauth.text("status")).isEqualTo("pending");
		assertThat(actions(byOauth.json())).containsExactly("redirect_cardholder");
		assertThat(bySecret.status()).isEqualTo(200);
		assertThat(bySecret.text("status")).isEqualTo("pending");
		assertThat(emulator.sessions()
			.stream()
			.filter(s -> s.id().equals(id))
			.findFirst()
			.orElseThrow()
			.threeDsMethodCompletion()).isEqualTo("Y");
	}

	@Test
	void sessionSecretWorksOnAllFourSessionEndpoints() {
		var request = RawApi.nonHosted(FRICTIONLESS);
		request.putObject("completion").put("type", "non_hosted");
		JsonNode created = api.create(oauth, request).json();
		String id = created.get("id").stringValue();
		String secret = created.get("session_secret").stringValue();

		assertThat(api.getSession(secret, id).status()).isEqualTo(200);
		assertThat(api.issuerFingerprint(secret, id, "N").status()).isEqualTo(200);
		assertThat(api.collectData(secret, id, RawApi.browserChannelData()).status()).isEqualTo(200);
		assertThat(api.complete(secret, id).status()).isEqualTo(204);
	}

	@Test
	void channelHeaderAppHidesTheIssuerFingerprintAction() {
		String id = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("id");

		Reply reply = api.call("GET", "/sessions/" + id, oauth, null, java.util.Map.of("channel", "app"));

		assertThat(actions(reply.json())).containsExactly("collect_channel_data");
	}

	@Test
	void cardWithoutMethodUrlOffersNoIssuerFingerprint() {
		JsonNode body = api.create(oauth, RawApi.nonHosted("5121073611487018")).json();

		assertThat(actions(body)).containsExactly("collect_channel_data");
		assertThat(links(body)).doesNotContain("three_ds_method_url");
		Reply fingerprint = api.issuerFingerprint(oauth, body.get("id").stringValue(), "U");
		assertThat(fingerprint.status()).isEqualTo(403);
		assertThat(codes(fingerprint)).containsExactly("three_ds_method_not_supported_without_url");
	}

	@Test
	void merchantInitiatedChannelAnswers201UnavailableAwaitingComplete() {
		var request = RawApi.nonHosted(FRICTIONLESS);
		request.putObject("channel_data")
			.put("channel", "merchant_initiated")
			.put("request_type", "recurring_transaction");

		Reply reply = api.create(oauth, request);

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("status").stringValue()).isEqualTo("unavailable");
		assertThat(reply.json().get("response_code").stringValue()).isEqualTo("U");
		assertThat(actions(reply.json())).containsExactly("complete");
	}

	@Test
	void unknownSessionIs404WithErrorBody() {
		Reply reply = api.getSession(oauth, "sid_aaaaaaaaaaaaaaaaaaaaaaaaaa");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("error_type").stringValue()).isEqualTo("not_found");
		assertThat(reply.json().get("request_id").stringValue()).isEqualTo(reply.header("Cko-Request-Id"));
	}

	@Test
	void actionsInTheWrongStateAre403UpdateNotAllowedDueToState() {
		String challenged = api.create(oauth, RawApi.nonHostedBrowser(CHALLENGE)).text("id");
		String approved = api.create(oauth, RawApi.nonHostedBrowser(FRICTIONLESS)).text("id");

		assertThat(codes(api.complete(oauth, challenged))).containsExactly("update_not_allowed_due_to_state");
		assertThat(codes(api.collectData(oauth, approved, RawApi.browserChannelData())))
			.containsExactly("update_not_allowed_due_to_state");
		String collected = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("id");
		api.collectData(oauth, collected, RawApi.browserChannelData());
		Reply fingerprint = api.issuerFingerprint(oauth, collected, "Y");
		assertThat(fingerprint.status()).isEqualTo(403);
		assertThat(fingerprint.json().get("error_type").stringValue()).isEqualTo("operation_not_allowed");
	}

	/**
	 * The API reference's {@code issuer_fingerprint} link: "use this if device
	 * information was sent when requesting a session". The sandbox answers 200 with the
	 * session (fixture put-sessions-issuer-fingerprint-200.json: approved, next action
	 * complete), the flow of the Node SDK's session tests; the authentication has run, so
	 * nothing else changes.
	 */
	@Test
	void issuerFingerprintAfterACreateWithBrowserDataAnswers200WithTheSession() {
		String approved = api.create(oauth, RawApi.nonHostedBrowser(FRICTIONLESS)).text("id");
		JsonNode challenged = api.create(oauth, RawApi.nonHostedBrowser(CHALLENGE)).json();

		Reply byOauth = api.issuerFingerprint(oauth, approved, "Y");
		Reply bySecret = api.issuerFingerprint(challenged.get("session_secret").stringValue(),
				challenged.get("id").stringValue(), "N");

		assertThat(byOauth.status()).as(byOauth.body()).isEqualTo(200);
		assertThat(byOauth.json().get("id").stringValue()).isEqualTo(approved);
		assertThat(byOauth.json().get("status").stringValue()).isEqualTo("approved");
		assertThat(actions(byOauth.json())).containsExactly("complete");
		assertThat(byOauth.json().get("session_secret")).isNotNull();
		assertThat(bySecret.status()).as(bySecret.body()).isEqualTo(200);
		assertThat(bySecret.json().get("status").stringValue()).isEqualTo("challenged");
		assertThat(actions(bySecret.json())).containsExactly("challenge_cardholder");
		assertThat(bySecret.json().get("session_secret")).isNull();
	}

	@Test
	void missingOrInvalidCredentialsAre401WithoutBody() {
		String id = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("id");
		String otherSecret = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("session_secret");

		for (String authorization : new String[] { null, "Bearer nope", "sek_unknown", otherSecret, "Basic abc" }) {
			Reply reply = api.getSession(authorization, id);
			assertThat(reply.status()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(reply.body()).isEmpty();
			assertThat(reply.header("Cko-Request-Id")).isNotBlank();
		}
		String secret = api.getSession(oauth, id).text("session_secret");
		assertThat(api.create(secret, RawApi.nonHosted(FRICTIONLESS)).status()).isEqualTo(401);
	}

	@Test
	void invalidCreateBodiesAre422WithEveryErrorCode() {
		Reply empty = api.call("POST", "/sessions", oauth, "{}");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().get("error_type").stringValue()).isEqualTo("unprocessable_entity");
		assertThat(codes(empty)).containsExactlyInAnyOrder("source_required", "currency_required",
				"completion_required");

		var invalid = RawApi.nonHosted("4485040371536585").put("amount", -1).put("currency", "usd");
		invalid.put("processing_channel_id", "pc_other");
		assertThat(codes(api.create(oauth, invalid))).containsExactlyInAnyOrder("card_number_invalid", "amount_invalid",
				"currency_invalid", "processing_channel_id_invalid");

		var hosted = RawApi.hosted(FRICTIONLESS);
		((tools.jackson.databind.node.ObjectNode) hosted.get("completion")).remove("failure_url");
		assertThat(codes(api.create(oauth, hosted))).containsExactly("failure_url_required");

		var badChannel = RawApi.nonHostedBrowser(FRICTIONLESS);
		((tools.jackson.databind.node.ObjectNode) badChannel.get("channel_data")).remove("user_agent");
		assertThat(codes(api.create(oauth, badChannel))).containsExactly("channel_data_user_agent_required");
	}

	@Test
	void invalidActionBodiesAre422() {
		String id = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("id");

		assertThat(codes(api.issuerFingerprint(oauth, id, "X"))).containsExactly("three_ds_method_completion_invalid");
		var data = RawApi.browserChannelData();
		data.remove("ip_address");
		assertThat(codes(api.collectData(oauth, id, data))).containsExactly("ip_address_required");
		assertThat(api.call("PUT", "/sessions/" + id + "/collect-data", oauth, "not json").status()).isEqualTo(422);
	}

	@Test
	void expiredSessionsAreFinalAndRefuseActions() {
		String id = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("id");

		assertThat(emulator.expireSession(id)).isTrue();

		JsonNode body = api.getSession(oauth, id).json();
		assertThat(body.get("status").stringValue()).isEqualTo("expired");
		assertThat(actions(body)).isEmpty();
		assertThat(api.collectData(oauth, id, RawApi.browserChannelData()).status()).isEqualTo(403);
	}

	@Test
	void inspectionSeesSessionsAndCountsCreates() {
		long before = emulator.createRequestCount();
		String id = api.create(oauth, RawApi.nonHosted(FRICTIONLESS)).text("id");
		api.call("POST", "/sessions", oauth, "{}");

		assertThat(emulator.createRequestCount()).isEqualTo(before + 2);
		EmulatedSession session = emulator.session(id).orElseThrow();
		assertThat(session.status()).isEqualTo("pending");
		assertThat(session.reference()).isEqualTo("ORD-5023-4E89");
		assertThat(emulator.sessions()).extracting(EmulatedSession::id).contains(id);
	}

	static List<String> actions(JsonNode body) {
		List<String> actions = new ArrayList<>();
		body.get("next_actions").forEach(action -> actions.add(action.stringValue()));
		return actions;
	}

	static List<String> links(JsonNode body) {
		return new ArrayList<>(body.get("_links").propertyNames());
	}

	static List<String> codes(Reply reply) {
		List<String> codes = new ArrayList<>();
		reply.json().get("error_codes").forEach(code -> codes.add(code.stringValue()));
		return codes;
	}

}
