package dev.checkoutsessions.client;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.ChannelType;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.ACCESS_TOKEN;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static dev.checkoutsessions.client.ApiStubs.SESSION_SECRET;
import static dev.checkoutsessions.client.ApiStubs.fixture;
import static dev.checkoutsessions.client.ApiStubs.fixtureResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every operation, with OAuth and with the session secret, checked on the wire: method,
 * path, headers, body.
 */
class SessionsClientWireTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private SessionsClient client;

	@BeforeEach
	void setUp() {
		ApiStubs.stubToken(api, ACCESS_TOKEN, 3600);
		this.client = ApiStubs.clientFor(api).build();
	}

	@AfterEach
	void tearDown() throws Exception {
		((AutoCloseable) this.client).close();
	}

	@Test
	void requestSessionPostsTheRequestJsonWithBearerTokenAndReadsA201() {
		api.stubFor(post("/sessions").willReturn(fixtureResponse(201, "post-sessions-201-approved.json")));
		SessionRequest request = SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.USD)
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://example.com/callback").build())
			.build();

		SessionResponse response = this.client.requestSession(request);

		assertThat(response.isCreated()).isTrue();
		assertThat(response.isAccepted()).isFalse();
		assertThat(response.getRequestId()).isEqualTo("req-201");
		assertThat(response.getSession().getStatus()).isSameAs(SessionStatus.APPROVED);
		assertThat(response.getSession().getCryptogram()).isEqualTo("AAABAVIREQAAAAAAAAAAAAAAAAA=");
		api.verify(
				postRequestedFor(urlEqualTo("/sessions")).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
					.withHeader("Content-Type", containing("application/json"))
					.withHeader("Accept", containing("application/json"))
					.withHeader("User-Agent", matching("checkout-sessions-client/\\d.*"))
					.withRequestBody(equalToJson("""
							{"source":{"type":"card","number":"4485040371536584","expiry_month":1,"expiry_year":2030},
							 "amount":100,"currency":"USD",
							 "completion":{"type":"non_hosted","callback_url":"https://example.com/callback"}}""")));
		api.verify(postRequestedFor(urlEqualTo("/connect/token")).withHeader("User-Agent",
				matching("checkout-sessions-client/\\d.*")));
	}

	@Test
	void requestSessionKeepsEverythingOfA202() {
		api.stubFor(post("/sessions").willReturn(fixtureResponse(202, "post-sessions-202-pending.json")));

		SessionResponse response = this.client.requestSession(minimalRequest());

		assertThat(response.isAccepted()).isTrue();
		assertThat(response.getAccepted()).isSameAs(response.getSession());
		assertThat(response.getCreated()).isNull();
		GetSessionResponse session = response.getSession();
		assertThat(session.getStatus()).isSameAs(SessionStatus.PENDING);
		assertThat(session.getSessionSecret()).startsWith("sek_");
		assertThat(session.getLinks()).containsKeys("self", "issuer_fingerprint", "collect_channel_data",
				"three_ds_method_url", "callback_url");
	}

	@Test
	void requestSessionAppliesTheDefaultProcessingChannelOnlyWhenTheRequestHasNone() throws Exception {
		api.stubFor(post("/sessions").willReturn(fixtureResponse(202, "post-sessions-202-pending.json")));
		try (AutoCloseable withChannel = (AutoCloseable) ApiStubs.clientFor(api)
			.processingChannelId("pc_zs5fqhybzc2e3jmq3efvybybpq")
			.build()) {
			SessionsClient channelClient = (SessionsClient) withChannel;
			channelClient.requestSession(minimalRequest());
			channelClient.requestSession(minimalRequest().toBuilder().processingChannelId("pc_own").build());
		}
		List<LoggedRequest> posts = api.findAll(postRequestedFor(urlEqualTo("/sessions")));
		assertThat(posts.get(0).getBodyAsString())
			.contains("\"processing_channel_id\":\"pc_zs5fqhybzc2e3jmq3efvybybpq\"");
		assertThat(posts.get(1).getBodyAsString()).contains("\"processing_channel_id\":\"pc_own\"");
	}

	@Test
	void getSessionDetailsUsesGetWithoutBody() {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(fixtureResponse(200, "get-sessions-200-all-fields-synthetic.json")));

		GetSessionResponse session = this.client.getSessionDetails(SESSION_ID);

		assertThat(session.getId()).isEqualTo(SESSION_ID);
		api.verify(getRequestedFor(urlEqualTo("/sessions/" + SESSION_ID))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void getSessionDetailsForAChannelSendsTheChannelHeaderOnEveryVariant() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(fixtureResponse(200, "get-sessions-200-pending.json")));

		this.client.getSessionDetails(SESSION_ID, ChannelType.BROWSER);
		this.client.withSessionSecret(SESSION_SECRET).getSessionDetails(SESSION_ID, ChannelType.APP);
		this.client.async().getSessionDetails(SESSION_ID, ChannelType.APP).get();
		this.client.async().withSessionSecret(SESSION_SECRET).getSessionDetails(SESSION_ID, ChannelType.BROWSER).get();
		this.client.getSessionDetails(SESSION_ID);

		api.verify(2, getRequestedFor(urlEqualTo("/sessions/" + SESSION_ID)).withHeader("channel", equalTo("browser")));
		api.verify(2, getRequestedFor(urlEqualTo("/sessions/" + SESSION_ID)).withHeader("channel", equalTo("app")));
		api.verify(1, getRequestedFor(urlEqualTo("/sessions/" + SESSION_ID)).withHeader("channel", absent()));
	}

	@Test
	void aChannelOtherThanBrowserOrAppIsRefusedBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.getSessionDetails(SESSION_ID, ChannelType.MERCHANT_INITIATED))
			.withMessageContaining("channel must be ChannelType.BROWSER or ChannelType.APP");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.async().getSessionDetails(SESSION_ID, (ChannelType) null))
			.withMessageContaining("channel");
		api.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void updateSessionPutsTheChannelDataToCollectData() {
		api.stubFor(put("/sessions/" + SESSION_ID + "/collect-data")
			.willReturn(fixtureResponse(200, "put-sessions-collect-data-200.json")));

		this.client.updateSession(SESSION_ID, browserData());

		api.verify(putRequestedFor(urlEqualTo("/sessions/" + SESSION_ID + "/collect-data"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withRequestBody(equalToJson(fixture("put-sessions-collect-data-request-browser.json"))));
	}

	@Test
	void completeSessionPostsNoBodyAndAccepts204() {
		api.stubFor(post("/sessions/" + SESSION_ID + "/complete").willReturn(aResponse().withStatus(204)));

		this.client.completeSession(SESSION_ID);

		LoggedRequest request = api.findAll(postRequestedFor(urlEqualTo("/sessions/" + SESSION_ID + "/complete")))
			.get(0);
		assertThat(request.getBody()).isEmpty();
		assertThat(request.containsHeader("Content-Type")).isFalse();
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
	}

	@Test
	void update3dsMethodCompletionIndicatorPutsTheIndicator() {
		api.stubFor(put("/sessions/" + SESSION_ID + "/issuer-fingerprint")
			.willReturn(fixtureResponse(200, "put-sessions-issuer-fingerprint-200.json")));

		GetSessionResponse session = this.client.update3dsMethodCompletionIndicator(SESSION_ID,
				ThreeDsMethodCompletionRequest.builder().threeDsMethodCompletion(ThreeDsMethodCompletion.Y).build());

		assertThat(session.getStatus()).isSameAs(SessionStatus.APPROVED);
		api.verify(putRequestedFor(urlEqualTo("/sessions/" + SESSION_ID + "/issuer-fingerprint"))
			.withRequestBody(equalToJson(fixture("put-sessions-issuer-fingerprint-request.json"))));
	}

	@Test
	void sessionSecretOperationsSendTheRawSecretAndNeverFetchAToken() {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(fixtureResponse(200, "get-sessions-200-pending.json")));
		api.stubFor(put("/sessions/" + SESSION_ID + "/collect-data")
			.willReturn(fixtureResponse(200, "put-sessions-collect-data-200.json")));
		api.stubFor(put("/sessions/" + SESSION_ID + "/issuer-fingerprint")
			.willReturn(fixtureResponse(200, "put-sessions-issuer-fingerprint-200.json")));
		api.stubFor(post("/sessions/" + SESSION_ID + "/complete").willReturn(aResponse().withStatus(204)));
		SessionSecretOperations secretOperations = this.client.withSessionSecret(SESSION_SECRET);

		secretOperations.getSessionDetails(SESSION_ID);
		secretOperations.updateSession(SESSION_ID, browserData());
		secretOperations.update3dsMethodCompletionIndicator(SESSION_ID,
				ThreeDsMethodCompletionRequest.builder().threeDsMethodCompletion(ThreeDsMethodCompletion.U).build());
		secretOperations.completeSession(SESSION_ID);

		api.verify(4,
				anyRequestedFor(urlPathMatching("/sessions/.*")).withHeader("Authorization", equalTo(SESSION_SECRET)));
		api.verify(0, postRequestedFor(urlPathEqualTo("/connect/token")));
		assertThat(secretOperations.toString()).doesNotContain(SESSION_SECRET);
	}

	@Test
	void asyncOperationsCompleteWithTheSameResults() throws Exception {
		api.stubFor(post("/sessions").willReturn(fixtureResponse(201, "post-sessions-201-approved.json")));
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(fixtureResponse(200, "get-sessions-200-pending.json")));
		api.stubFor(post("/sessions/" + SESSION_ID + "/complete").willReturn(aResponse().withStatus(204)));

		assertThat(this.client.async().requestSession(minimalRequest()).get().isCreated()).isTrue();
		assertThat(this.client.async().getSessionDetails(SESSION_ID).get().getStatus()).isSameAs(SessionStatus.PENDING);
		assertThat(this.client.async().withSessionSecret(SESSION_SECRET).getSessionDetails(SESSION_ID).get().getId())
			.isEqualTo("sid_jlfm4ithpgpefdxgzzdnc3xrc4");
		this.client.async().completeSession(SESSION_ID).get();
		api.verify(1, postRequestedFor(urlEqualTo("/sessions/" + SESSION_ID + "/complete")));
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequestAndNameTheParameter() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.requestSession(null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.getSessionDetails(" "))
			.withMessageContaining("sessionId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.updateSession(SESSION_ID, null))
			.withMessageContaining("channelData");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.withSessionSecret(null))
			.withMessageContaining("sessionSecret");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.async().getSessionDetails(null))
			.withMessageContaining("sessionId");
		api.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void sessionIdsCannotChangeThePathQueryOrHeaders() {
		for (String hostile : List.of("sid_x/../../payments", "..", "sid_x?expand=all", "sid_x#frag", "sid_x%2F..",
				"sid_x\r\nX-Injected: 1", "sid x")) {
			assertThatIllegalArgumentException().as(hostile)
				.isThrownBy(() -> this.client.getSessionDetails(hostile))
				.withMessageContaining("sessionId");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.withSessionSecret("sek_abc\r\nX-Injected: 1"))
			.withMessageNotContaining("sek_abc");
		api.verify(0, anyRequestedFor(anyUrl()));
	}

	static com.github.tomakehurst.wiremock.matching.UrlPathPattern urlPathMatching(String regex) {
		return com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(regex);
	}

	static SessionRequest minimalRequest() {
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.currency(Currency.USD)
			.completion(NonHostedCompletionInfo.builder().build())
			.build();
	}

	static BrowserSession browserData() {
		return BrowserSession.builder()
			.acceptHeader("Accept:  *.*, q=0.1")
			.javaEnabled(true)
			.javascriptEnabled(true)
			.language("FR-fr")
			.colorDepth("16")
			.screenHeight("1080")
			.screenWidth("1920")
			.timezone("60")
			.userAgent(
					"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.100 Safari/537.36")
			.ipAddress("1.12.123.255")
			.build();
	}

}
