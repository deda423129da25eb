package dev.checkoutsessions.client;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.client.model.AppSession;
import dev.checkoutsessions.client.model.AuthenticationType;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.HostedCompletionInfo;
import dev.checkoutsessions.client.model.Installment;
import dev.checkoutsessions.client.model.MerchantInitiatedSession;
import dev.checkoutsessions.client.model.NetworkTokenSource;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.Phone;
import dev.checkoutsessions.client.model.SdkEphemeralPublicKey;
import dev.checkoutsessions.client.model.SdkInterfaceType;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionIdSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionTokenSource;
import dev.checkoutsessions.client.model.UIElement;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.ACCESS_TOKEN;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static dev.checkoutsessions.client.ApiStubs.SESSION_SECRET;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every field the Sessions API requires fails before I/O with a message naming the field
 * (instead of a 422 round trip), for the blocking, asynchronous and session-secret entry
 * points alike.
 */
class RequiredFieldsTests {

	private static final String CARD_NUMBER = "4485040371536584";

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
		api.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void anEmptyRequestNamesSourceCurrencyAndCompletionAtOnce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.requestSession(SessionRequest.builder().amount(100L).build()))
			.withMessageStartingWith("request lacks what the Sessions API requires: source (")
			.withMessageContaining("; currency (")
			.withMessageContaining("; completion (")
			.withMessageEndingWith("Nothing was sent.");
	}

	@Test
	void aCardSourceNeedsNumberAndExpiryAndTheMessageNeverEchoesTheCard() {
		SessionRequest request = valid().source(SessionCardSource.builder().number(CARD_NUMBER).build()).build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.requestSession(request))
			.withMessageContaining("source.expiry_month")
			.withMessageContaining("source.expiry_year")
			.withMessageNotContaining("source.number")
			.withMessageNotContaining(CARD_NUMBER);
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.requestSession(
				valid().source(SessionCardSource.builder().number(" ").expiryMonth(1).expiryYear(2030).build())
					.build()))
			.withMessageContaining("source.number");
	}

	@Test
	void eachSourceTypeNamesItsOwnRequiredField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.requestSession(valid().source(SessionTokenSource.builder().build()).build()))
			.withMessageContaining("source.token");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.requestSession(valid().source(SessionIdSource.builder().build()).build()))
			.withMessageContaining("source.id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client
				.requestSession(valid().source(NetworkTokenSource.builder().token("4543474002249996").build()).build()))
			.withMessageContaining("source.expiry_month")
			.withMessageNotContaining("4543474002249996");
	}

	@Test
	void aPhoneNeedsBothCountryCodeAndNumber() {
		SessionRequest request = valid()
			.source(card().mobilePhone(Phone.builder().number("7700900000").build()).build())
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.requestSession(request))
			.withMessageContaining("source.mobile_phone.country_code")
			.withMessageNotContaining("7700900000");
	}

	@Test
	void hostedCompletionNeedsBothUrlsAndABrowser() {
		SessionRequest noUrls = valid().completion(HostedCompletionInfo.builder().build()).build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.requestSession(noUrls))
			.withMessageContaining("completion.success_url")
			.withMessageContaining("completion.failure_url");
		SessionRequest hostedApp = valid()
			.completion(HostedCompletionInfo.builder()
				.successUrl("https://shop.example/ok")
				.failureUrl("https://shop.example/ko")
				.build())
			.channelData(app().build())
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.requestSession(hostedApp))
			.withMessageContaining("hosted completion is for browsers only");
	}

	@Test
	void channelDataInTheRequestNamesEachMissingBrowserField() {
		SessionRequest request = valid().channelData(BrowserSession.builder().acceptHeader("text/html").build())
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.requestSession(request))
			.withMessageContaining("channel_data.java_enabled")
			.withMessageContaining("channel_data.ip_address")
			.withMessageNotContaining("channel_data.accept_header");
	}

	@Test
	void updateSessionChecksTheChannelDataWithOAuthWithTheSessionSecretAndAsync() {
		BrowserSession partial = BrowserSession.builder().language("en-GB").build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.updateSession(SESSION_ID, partial))
			.withMessageStartingWith("channelData lacks")
			.withMessageContaining("accept_header")
			.withMessageNotContaining("channel_data.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.withSessionSecret(SESSION_SECRET).updateSession(SESSION_ID, partial))
			.withMessageContaining("user_agent");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.async().updateSession(SESSION_ID, AppSession.builder().build()))
			.withMessageContaining("sdk_app_id")
			.withMessageContaining("sdk_ui_elements");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.async()
				.withSessionSecret(SESSION_SECRET)
				.updateSession(SESSION_ID, MerchantInitiatedSession.builder().build()))
			.withMessageContaining("request_type");
	}

	@Test
	void asyncRequestSessionFailsOnTheCallersThread() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.async().requestSession(SessionRequest.builder().build()))
			.withMessageContaining("source");
	}

	@Test
	void recurringAndInstallmentNeedAnAmountAndInstallmentsTheirNumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client
				.requestSession(valid().amount(null).authenticationType(AuthenticationType.RECURRING).build()))
			.withMessageContaining("amount greater than 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.requestSession(valid().authenticationType(AuthenticationType.INSTALLMENT)
				.installment(Installment.builder().build())
				.build()))
			.withMessageContaining("installment.number_of_payments")
			.withMessageNotContaining("amount");
	}

	@Test
	void completeRequestsAndChannelDataPassTheCheck() {
		assertThatNoException().isThrownBy(() -> RequiredFields.check(valid().channelData(browser()).build()));
		assertThatNoException().isThrownBy(() -> RequiredFields.check(app().build()));
		assertThatNoException().isThrownBy(() -> RequiredFields.check(
				valid()
					.completion(HostedCompletionInfo.builder()
						.successUrl("https://shop.example/ok")
						.failureUrl("https://shop.example/ko")
						.build())
					.build()));
	}

	private static SessionRequest.Builder valid() {
		return SessionRequest.builder()
			.source(card().build())
			.amount(100L)
			.currency(Currency.GBP)
			.completion(NonHostedCompletionInfo.builder().build());
	}

	private static SessionCardSource.Builder card() {
		return SessionCardSource.builder().number(CARD_NUMBER).expiryMonth(1).expiryYear(2030);
	}

	private static BrowserSession browser() {
		return BrowserSession.builder()
			.acceptHeader("text/html")
			.javaEnabled(false)
			.language("en-GB")
			.colorDepth("24")
			.screenHeight("900")
			.screenWidth("1440")
			.timezone("0")
			.userAgent("Mozilla/5.0")
			.ipAddress("192.0.2.1")
			.build();
	}

	private static AppSession.Builder app() {
		return AppSession.builder()
			.sdkAppId("dbd64fcb-c19a-4728-8849-e3d50bfdde39")
			.sdkMaxTimeout(5L)
			.sdkEphemeralPublicKey(SdkEphemeralPublicKey.builder()
				.kty("EC")
				.crv("P-256")
				.x("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")
				.y("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")
				.build())
			.sdkEncryptedData("{}")
			.sdkReferenceNumber("3DS_LOA_SDK_PPFU_020100_00007")
			.sdkTransactionId("b2385523-a66c-4907-ac3c-91848e8c0067")
			.sdkInterfaceType(SdkInterfaceType.BOTH)
			.sdkUIElements(List.of(UIElement.SINGLE_SELECT));
	}

}
