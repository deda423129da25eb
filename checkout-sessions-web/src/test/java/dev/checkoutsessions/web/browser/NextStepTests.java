package dev.checkoutsessions.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.checkoutsessions.client.model.GetSessionResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NextStepTests {

	private static final String LINKS_PENDING = "'_links':{'self':{'href':'https://api/sessions/x'},"
			+ "'collect_channel_data':{'href':'https://api/c'},'issuer_fingerprint':{'href':'https://api/f'},"
			+ "'three_ds_method_url':{'href':'https://acs.example/method'}}";

	@Test
	void aPendingSessionWithAMethodUrlRunsTheMethodFirst() {
		NextStep step = NextStep.of(session("'status':'pending','transaction_id':'tx-1',"
				+ "'next_actions':['collect_channel_data','issuer_fingerprint']," + LINKS_PENDING));

		assertThat(step).isEqualTo(new NextStep.RunMethod(Sessions.ID, "https://acs.example/method", "tx-1", true));
	}

	@Test
	void aPendingSessionWithoutMethodUrlCollectsData() {
		assertThat(NextStep.of(session("'status':'pending','next_actions':['collect_channel_data']")))
			.isEqualTo(new NextStep.CollectData(Sessions.ID));
	}

	@Test
	void anIssuerFingerprintWithoutItsLinkIsNotRunnable() {
		assertThat(
				NextStep.of(session("'status':'pending','next_actions':['collect_channel_data','issuer_fingerprint']")))
			.isInstanceOf(NextStep.CollectData.class);
	}

	@Test
	void aChallengedSessionIsChallengedAtTheCreqsWindowSize() {
		NextStep step = NextStep.of(session("'status':'challenged','response_code':'C',"
				+ "'next_actions':['challenge_cardholder'],'acs':{'url':'https://acs.example/challenge'},"
				+ "'3ds':{'challenge_request':'" + Sessions.creq("03") + "'}"));

		assertThat(step).isInstanceOfSatisfying(NextStep.Challenge.class, (challenge) -> {
			assertThat(challenge.acsUrl()).isEqualTo("https://acs.example/challenge");
			assertThat(challenge.windowSize()).isEqualTo(ChallengeWindowSize.SIZE_500_X_600);
			assertThat(challenge.windowSize().width()).isEqualTo(500);
			assertThat(challenge.windowSize().height()).isEqualTo(600);
		});
	}

	@Test
	void aHostedSessionRedirects() {
		assertThat(NextStep.of(session("'status':'pending','next_actions':['redirect_cardholder'],"
				+ "'_links':{'redirect_url':{'href':'https://3ds2.checkout.com/interceptor/x'}}")))
			.isEqualTo(new NextStep.Redirect(Sessions.ID, "https://3ds2.checkout.com/interceptor/x"));
	}

	@Test
	void aFinalSessionThatOffersCompleteIsCompletedFirst() {
		assertThat(NextStep.of(session("'status':'approved','response_code':'Y','approved':true,'completed':false,"
				+ "'next_actions':['complete'],'eci':'05','cryptogram':'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=',"
				+ "'_links':{'complete':{'href':'https://api/complete'}}")))
			.isEqualTo(new NextStep.Complete(Sessions.ID, "approved"));
	}

	@Test
	void approvedAndAttemptedAreAuthorisedWithEciAndCryptogram() {
		NextStep approved = NextStep.of(session("'status':'approved','response_code':'Y','approved':true,"
				+ "'completed':true,'next_actions':[],'eci':'05','cryptogram':'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=','xid':'x1'"));
		NextStep attempted = NextStep.of(session("'status':'attempted','response_code':'A','approved':true,"
				+ "'next_actions':[],'eci':'06','cryptogram':'QUJDREVGR0hJSktMTU5PUFFSU1Q='"));

		assertThat(approved).isEqualTo(
				new NextStep.Authorise(Sessions.ID, "approved", "Y", "05", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=", "x1"));
		assertThat(((NextStep.Authorise) approved).hasAuthenticationValue()).isTrue();
		assertThat(attempted).isInstanceOfSatisfying(NextStep.Authorise.class,
				(authorise) -> assertThat(authorise.eci()).isEqualTo("06"));
	}

	@Test
	void aSessionSecretReadHasNoAuthenticationValueToAuthoriseWith() {
		NextStep step = NextStep
			.of(session("'status':'approved','response_code':'Y','approved':true,'next_actions':[]"));
		assertThat(step).isInstanceOfSatisfying(NextStep.Authorise.class,
				(authorise) -> assertThat(authorise.hasAuthenticationValue()).isFalse());
	}

	@Test
	void theCryptogramNeverReachesToString() {
		NextStep step = NextStep.of(session("'status':'approved','response_code':'Y','approved':true,"
				+ "'next_actions':[],'eci':'05','cryptogram':'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA='"));
		assertThat(step.toString()).doesNotContain("MTIzNDU2").contains("eci=05").contains("cryptogram=****");
	}

	@Test
	void everyFailedOutcomeIsNotAuthorised() {
		assertThat(NextStep.of(session("'status':'declined','response_code':'N','approved':false,"
				+ "'response_status_reason':'01','next_actions':[]")))
			.isEqualTo(new NextStep.DoNotAuthorise(Sessions.ID, "declined", "N", "01"));
		for (String status : new String[] { "rejected", "unavailable", "challenge_abandoned", "expired" }) {
			assertThat(NextStep.of(session("'status':'" + status + "','approved':false,'next_actions':[]")))
				.isInstanceOf(NextStep.DoNotAuthorise.class);
		}
	}

	@Test
	void processingAndUnknownStatusesWait() {
		assertThat(NextStep.of(session("'status':'processing','next_actions':[]")))
			.isEqualTo(new NextStep.Wait(Sessions.ID, "processing", java.util.List.of()));
		assertThat(NextStep.of(session("'status':'some_new_status','next_actions':['something_new']")))
			.isEqualTo(new NextStep.Wait(Sessions.ID, "some_new_status", java.util.List.of("something_new")));
	}

	@Test
	void theFixturesMapToTheirSteps() throws Exception {
		assertThat(NextStep.of(fixture("post-sessions-202-pending.json"))).isInstanceOf(NextStep.RunMethod.class);
		assertThat(NextStep.of(fixture("post-sessions-201-approved.json"))).isInstanceOf(NextStep.Complete.class);
	}

	@Test
	void aBodyWithoutIdIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> NextStep.of(Sessions.read("{'status':'pending'}")))
			.withMessageContaining("no id");
		assertThatIllegalArgumentException().isThrownBy(() -> NextStep.of(null))
			.withMessage("session must not be null");
	}

	@Test
	void theBrowserSeesTheStepWithoutEciOrCryptogram() {
		BrowserStep step = BrowserStep.of(session("'status':'approved','response_code':'Y','approved':true,"
				+ "'next_actions':[],'eci':'05','cryptogram':'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA='"));
		assertThat(step.step()).isEqualTo("authorise");
		assertThat(step.toString()).doesNotContain("MTIzNDU2").doesNotContain("05,");

		BrowserStep challenge = BrowserStep.of(session("'status':'challenged','next_actions':['challenge_cardholder'],"
				+ "'acs':{'url':'https://acs.example/c'},'3ds':{'challenge_request':'" + Sessions.creq("01") + "'}"));
		assertThat(challenge.step()).isEqualTo("challenge");
		assertThat(challenge.windowSize()).isEqualTo("01");
		assertThat(challenge.width()).isEqualTo(250);
		assertThat(challenge.height()).isEqualTo(400);
	}

	private static GetSessionResponse session(String fields) {
		return Sessions.read("{'id':'" + Sessions.ID + "'," + fields + "}");
	}

	private static GetSessionResponse fixture(String name) throws Exception {
		return Sessions.readExactly(Files.readString(Path.of("..", "fixtures", name)));
	}

}
