package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.emulator.RawApi.Reply;
import dev.checkoutsessions.emulator.test.SessionsEmulatorExtension;
import tools.jackson.databind.JsonNode;

class BrowserPagesTests {

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
	void acsPageIsAPasswordFormThatPostsBackToTheEmulator() {
		JsonNode session = api.create(oauth, RawApi.nonHostedBrowser("4242424242424242")).json();

		Reply page = api.get(session.at("/acs/url").stringValue());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("name=\"password\"", "value=\"cancel\"",
				"action=\"" + emulator.baseUrl() + "/emulator/acs/" + session.get("id").stringValue() + "/submit\"");
	}

	@Test
	void everyCardholderPageHasTheSampleStyleAndSaysItIsEmulated() {
		JsonNode nonHosted = api.create(oauth, RawApi.nonHostedBrowser("4242424242424242")).json();
		JsonNode hosted = api.create(oauth, RawApi.hosted("4242424242424242")).json();

		List<Reply> pages = List.of(api.get(nonHosted.at("/acs/url").stringValue()),
				api.get(hosted.at("/_links/redirect_url/href").stringValue()),
				api.get(emulator.baseUrl() + "/emulator/acs/sid_unknown"));
		assertThat(pages).allSatisfy((page) -> assertThat(page.body())
			.contains("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">", "<style>" + Html.STYLE,
					"Emulated issuer · Checkout.com Sessions emulator")
			// The sample's palette and type, so checkout, issuer and result pages read as
			// one flow.
			.contains("font-family:system-ui", "background:#f5f6f8", "background:#186aff"));
	}

	@Test
	void rightPasswordApprovesAndTellsTheParentWindow() {
		String id = api.create(oauth, RawApi.nonHostedBrowser("4242424242424242")).text("id");

		Reply result = api.submitChallenge(id, "Checkout1!", "submit");

		assertThat(result.body()).contains("postMessage", "checkout-sessions-emulator:challenge-complete", "approved");
		JsonNode body = api.getSession(oauth, id).json();
		assertThat(body.get("status").stringValue()).isEqualTo("approved");
		assertThat(body.get("cryptogram").stringValue()).hasSize(28);
		assertThat(body.get("eci").stringValue()).isEqualTo("05");
		assertThat(body.has("3ds")).isFalse();
	}

	@Test
	void wrongPasswordDeclines() {
		String id = api.create(oauth, RawApi.nonHostedBrowser("4242424242424242")).text("id");

		api.submitChallenge(id, "guess", "submit");

		JsonNode body = api.getSession(oauth, id).json();
		assertThat(body.get("status").stringValue()).isEqualTo("declined");
		assertThat(body.get("response_code").stringValue()).isEqualTo("N");
		assertThat(body.get("approved").booleanValue()).isFalse();
		assertThat(body.has("cryptogram")).isFalse();
	}

	@Test
	void cancelAbandonsTheChallengeAndTheSecondSubmissionIsRefused() {
		String id = api.create(oauth, RawApi.nonHostedBrowser("4242424242424242")).text("id");

		api.submitChallenge(id, "", "cancel");

		JsonNode body = api.getSession(oauth, id).json();
		assertThat(body.get("status").stringValue()).isEqualTo("challenge_abandoned");
		assertThat(body.at("/acs/challenge_cancel_reason").stringValue()).isEqualTo("cardholder_cancel");
		assertThat(api.submitChallenge(id, "Checkout1!", "submit").status()).isEqualTo(409);
	}

	@Test
	void challengeResultIsPostedToTheChallengeNotificationUrl() {
		var request = RawApi.nonHostedBrowser("4242424242424242");
		request.putObject("completion")
			.put("type", "non_hosted")
			.put("challenge_notification_url", "https://merchant.example/3ds/notify");
		String id = api.create(oauth, request).text("id");

		Reply result = api.submitChallenge(id, "Checkout1!", "submit");

		assertThat(result.body()).contains("action=\"https://merchant.example/3ds/notify\"", "name=\"cres\"");
	}

	@Test
	void threeDsMethodPageRecordsTheFingerprintAndNotifies() {
		JsonNode session = api.create(oauth, RawApi.nonHosted("4485040371536584")).json();
		String id = session.get("id").stringValue();
		String methodData = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					"{\"threeDSServerTransID\":\"x\",\"threeDSMethodNotificationURL\":\"https://merchant.example/m\"}"
						.getBytes(StandardCharsets.UTF_8));

		Reply page = api.form(session.at("/_links/three_ds_method_url/href").stringValue(),
				"threeDSMethodData=" + methodData, Map.of());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("checkout-sessions-emulator:3ds-method-complete",
				"action=\"https://merchant.example/m\"");
		assertThat(emulator.session(id).orElseThrow().threeDsMethodInvoked()).isTrue();
		assertThat(api.issuerFingerprint(oauth, id, "Y").status()).isEqualTo(200);
	}

	@Test
	void hostedFrictionlessFlowEndsOnTheSuccessUrl() {
		JsonNode session = api.create(oauth, RawApi.hosted("4485040371536584")).json();
		assertThat(SessionLifecycleTests.actions(session)).containsExactly("redirect_cardholder");
		assertThat(SessionLifecycleTests.links(session)).containsExactlyInAnyOrder("self", "success_url", "failure_url",
				"redirect_url");
		String redirectUrl = session.at("/_links/redirect_url/href").stringValue();

		Reply landing = api.get(redirectUrl);
		assertThat(landing.body()).contains("method=\"post\"", "action=\"" + redirectUrl + "\"");
		Reply afterDevice = api.form(redirectUrl, "color_depth=24&screen_height=1080", Map.of());

		assertThat(afterDevice.status()).isEqualTo(303);
		assertThat(afterDevice.header("Location")).isEqualTo("http://example.com/sessions/success");
		JsonNode body = api.getSession(oauth, session.get("id").stringValue()).json();
		assertThat(body.get("status").stringValue()).isEqualTo("approved");
		assertThat(SessionLifecycleTests.actions(body)).isEmpty();
		assertThat(SessionLifecycleTests.links(body)).containsExactlyInAnyOrder("self", "success_url", "failure_url");
		assertThat(api.complete(oauth, session.get("id").stringValue()).status()).isEqualTo(403);
	}

	@Test
	void hostedChallengeFlowGoesThroughTheAcsAndEndsOnTheFailureUrlWhenDeclined() {
		JsonNode session = api.create(oauth, RawApi.hosted("4242424242424242")).json();
		String id = session.get("id").stringValue();
		String redirectUrl = session.at("/_links/redirect_url/href").stringValue();

		Reply afterDevice = api.form(redirectUrl, "", Map.of());
		assertThat(afterDevice.status()).isEqualTo(303);
		assertThat(afterDevice.header("Location")).isEqualTo(emulator.baseUrl() + "/emulator/acs/" + id);
		assertThat(api.get(afterDevice.header("Location")).body()).contains("name=\"password\"");

		Reply result = api.submitChallenge(id, "wrong", "submit");

		assertThat(result.status()).isEqualTo(303);
		assertThat(result.header("Location")).isEqualTo("https://example.com/payments/failure");
		assertThat(api.getSession(oauth, id).text("status")).isEqualTo("declined");
	}

	@Test
	void hostedCompletePendingIsRefusedForOauthAndSecret() {
		JsonNode session = api.create(oauth, RawApi.hosted("4485040371536584")).json();
		String id = session.get("id").stringValue();

		Reply viaOauth = api.complete(oauth, id);
		Reply viaSecret = api.complete(session.get("session_secret").stringValue(), id);

		assertThat(SessionLifecycleTests.codes(viaOauth)).containsExactly("update_not_allowed_due_to_state");
		assertThat(SessionLifecycleTests.codes(viaSecret)).containsExactly("update_not_allowed_due_to_state");
		assertThat(viaSecret.header("Cko-Request-Id")).isNotBlank();
	}

	@Test
	void hostedCollectDataWithBrowserDataApprovesAndDropsTheRedirectLink() {
		String id = api.create(oauth, RawApi.hosted("4485040371536584")).text("id");

		JsonNode body = api.collectData(oauth, id, RawApi.browserChannelData()).json();

		assertThat(body.get("status").stringValue()).isEqualTo("approved");
		assertThat(SessionLifecycleTests.links(body)).containsExactlyInAnyOrder("self", "success_url", "failure_url");
	}

}
