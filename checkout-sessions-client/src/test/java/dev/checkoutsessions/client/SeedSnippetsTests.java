package dev.checkoutsessions.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.client.model.AuthenticationType;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Category;
import dev.checkoutsessions.client.model.ChallengeIndicator;
import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.MarketplaceData;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionAddress;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.SessionsBillingDescriptor;
import dev.checkoutsessions.client.model.TransactionType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four snippets of the official SDK's documentation (seed/sessions-sdk-docs.md),
 * changed only in imports, in how the client is obtained
 * ({@code fourApi.sessionsClient()} becomes {@code client.async()}), and with values in
 * the builder calls the seed leaves empty (the browser fields the API requires, which the
 * seed elides, included: without them the client refuses the request before any I/O).
 * They compile against our types and run against WireMock.
 */
class SeedSnippetsTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final String sessionId = "sid_y3oqhf46pyzuxjbcn2giaqnb44";

	private SessionsClient client;

	@BeforeEach
	void setUp() {
		ApiStubs.stubToken(api, ApiStubs.ACCESS_TOKEN, 3600);
		this.client = ApiStubs.clientFor(api).build();
	}

	@AfterEach
	void tearDown() throws Exception {
		((AutoCloseable) this.client).close();
	}

	@Test
	void requestASession() throws Exception {
		api.stubFor(post("/sessions").willReturn(ApiStubs.fixtureResponse(201, "post-sessions-201-approved.json")));

		ChannelData channelData = BrowserSession.builder() // other channel data types
															// available
			.acceptHeader("Accept:  *.*, q=0.1")
			.javaEnabled(true)
			.language("FR-fr")
			.colorDepth("16")
			.screenHeight("1080")
			.screenWidth("1920")
			.timezone("60")
			.userAgent("Mozilla/5.0")
			.ipAddress("1.12.123.255")
			.build();

		SessionRequest sessionRequest = SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build()) // more
																													// sources
																													// available
			.amount(6540L)
			.currency(Currency.USD)
			.processingChannelId("pc_zs5fqhybzc2e3jmq3efvybybpq")
			.marketplace(MarketplaceData.builder().subEntityId("ent_ocw5i74vowfg2edpy66izhts2u").build())
			.authenticationType(AuthenticationType.REGULAR)
			.authenticationCategory(Category.PAYMENT)
			.challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
			.billingDescriptor(SessionsBillingDescriptor.builder().name("SUPERHEROES.COM").build())
			.reference("ORD-5023-4E89")
			.transactionType(TransactionType.GOODS_SERVICE)
			.shippingAddress(SessionAddress.builderSessionAddress().city("London").country("GB").build())
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://merchant.example/callback").build())
			.channelData(channelData)
			.build();

		SessionResponse response = this.client.async().requestSession(sessionRequest).get();

		assertThat(response.isCreated()).isTrue();
		api.verify(postRequestedFor(urlEqualTo("/sessions")).withRequestBody(equalToJson("""
				{"source":{"type":"card","number":"4485040371536584","expiry_month":1,"expiry_year":2030},
				 "amount":6540,"currency":"USD","processing_channel_id":"pc_zs5fqhybzc2e3jmq3efvybybpq",
				 "marketplace":{"sub_entity_id":"ent_ocw5i74vowfg2edpy66izhts2u"},
				 "authentication_type":"regular","authentication_category":"payment",
				 "challenge_indicator":"no_preference","billing_descriptor":{"name":"SUPERHEROES.COM"},
				 "reference":"ORD-5023-4E89","transaction_type":"goods_service",
				 "shipping_address":{"city":"London","country":"GB"},
				 "completion":{"type":"non_hosted","callback_url":"https://merchant.example/callback"},
				 "channel_data":{"channel":"browser","accept_header":"Accept:  *.*, q=0.1","java_enabled":true,
				  "language":"FR-fr","color_depth":"16","screen_height":"1080","screen_width":"1920",
				  "timezone":"60","user_agent":"Mozilla/5.0","ip_address":"1.12.123.255"}}""")));
	}

	@Test
	void getSessionDetails() throws Exception {
		api.stubFor(get("/sessions/" + this.sessionId)
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-all-fields-synthetic.json")));

		GetSessionResponse response = this.client.async().getSessionDetails(sessionId).get();

		assertThat(response.getId()).isEqualTo(this.sessionId);
	}

	@Test
	void updateASession() throws Exception {
		api.stubFor(put("/sessions/" + this.sessionId + "/collect-data")
			.willReturn(ApiStubs.fixtureResponse(200, "put-sessions-collect-data-200.json")));

		ChannelData channelData = BrowserSession.builder() // other channel data types
															// available
			.acceptHeader("Accept:  *.*, q=0.1")
			.javaEnabled(true)
			.language("FR-fr")
			.colorDepth("16")
			.screenHeight("1080")
			.screenWidth("1920")
			.timezone("60")
			.userAgent("Mozilla/5.0")
			.ipAddress("1.12.123.255")
			.build();

		GetSessionResponse response = this.client.async().updateSession(sessionId, channelData).get();

		assertThat(response.getNextActions()).isNotEmpty();
	}

	@Test
	void completeASession() throws Exception {
		api.stubFor(post("/sessions/" + this.sessionId + "/complete").willReturn(aResponse().withStatus(204)));

		this.client.async().completeSession(sessionId).get();

		api.verify(postRequestedFor(urlEqualTo("/sessions/" + this.sessionId + "/complete")));
	}

}
