package dev.checkoutsessions.client.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.checkoutsessions.client.model.Fixtures.MAPPER;
import static dev.checkoutsessions.client.model.Fixtures.toTree;
import static org.assertj.core.api.Assertions.assertThat;

class PolymorphismTests {

	@Test
	void everySourceTypeRoundTripsWithItsDiscriminator() {
		Phone phone = Phone.builder().countryCode("44").number("2071234567").build();
		SessionAddress address = SessionAddress.builder().addressLine1("1 Road").city("London").country("GB").build();
		List<SessionSource> sources = List.of(
				SessionCardSource.builder()
					.number("4242424242424242")
					.expiryMonth(6)
					.expiryYear(2030)
					.name("Bruce")
					.stored(false)
					.storeForFutureUse(true)
					.scheme(SessionScheme.VISA)
					.billingAddress(address)
					.homePhone(phone)
					.mobilePhone(phone)
					.workPhone(phone)
					.email("b@example.com")
					.build(),
				SessionTokenSource.builder().token("tok_ubfj2q76miwundwlk72vxt2i7q").storeForFutureUse(false).build(),
				SessionIdSource.builder().id("src_wmlfc3zyhqzehihu7giusaaawu").email("b@example.com").build(),
				NetworkTokenSource.builder()
					.token("4543474002249996")
					.expiryMonth(1)
					.expiryYear(2031)
					.name("Bruce")
					.stored(true)
					.tokenType("vts")
					.cryptogram("AgAAAAAAAIR8CQrXcIhbQAAAAAA=")
					.build());
		List<String> types = List.of("card", "token", "id", "network_token");

		for (int i = 0; i < sources.size(); i++) {
			SessionSource source = sources.get(i);
			String json = MAPPER.writeValueAsString(source);
			SessionSource read = MAPPER.readValue(json, SessionSource.class);

			assertThat(toTree(source).get("type").asString()).isEqualTo(types.get(i));
			assertThat(source.getType().value()).isEqualTo(types.get(i));
			assertThat(read).isExactlyInstanceOf(source.getClass());
			assertThat(read.getType()).isSameAs(source.getType());
			assertThat(toTree(read)).isEqualTo(toTree(source));
		}
	}

	@Test
	void everyChannelTypeRoundTripsWithItsDiscriminator() {
		List<ChannelData> channels = List.of(
				BrowserSession.builder()
					.acceptHeader("*/*")
					.javaEnabled(false)
					.javascriptEnabled(true)
					.threeDsMethodCompletion(ThreeDsMethodCompletion.U)
					.iframePaymentAllowed(true)
					.userAgentClientHint("\"Chromium\";v=\"124\"")
					.build(),
				AppSession.builder()
					.sdkAppId("dbd64fcb-c19a-4728-8849-e3d50bfdde39")
					.sdkMaxTimeout(5L)
					.sdkEphemeralPublicKey(SdkEphemeralPublicKey.builder()
						.kty("EC")
						.crv("P-256")
						.x("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")
						.y("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")
						.build())
					.sdkReferenceNumber("3DS_LOA_SDK_PPFU_020100_00007")
					.sdkEncryptedData("{}")
					.sdkTransactionId("b2385523-a66c-4907-ac3c-91848e8c0067")
					.sdkInterfaceType(SdkInterfaceType.BOTH)
					.sdkUIElements(UIElement.SINGLE_SELECT, UIElement.HTML_OTHER)
					.build(),
				MerchantInitiatedSession.builder().requestType(RequestType.RECURRING_TRANSACTION).build());
		List<String> names = List.of("browser", "app", "merchant_initiated");

		for (int i = 0; i < channels.size(); i++) {
			ChannelData channel = channels.get(i);
			ChannelData read = MAPPER.readValue(MAPPER.writeValueAsString(channel), ChannelData.class);

			assertThat(toTree(channel).get("channel").asString()).isEqualTo(names.get(i));
			assertThat(read).isExactlyInstanceOf(channel.getClass());
			assertThat(toTree(read)).isEqualTo(toTree(channel));
		}
	}

	@Test
	void appChannelUsesTheWireKeysOfTheSdk() {
		AppSession app = AppSession.builder()
			.sdkEphemeralPublicKey(SdkEphemeralPublicKey.builder().kty("EC").build())
			.sdkUIElements(List.of(UIElement.TEXT))
			.build();

		assertThat(MAPPER.writeValueAsString(app)).contains("\"sdk_ephem_pub_key\":{\"kty\":\"EC\"}")
			.contains("\"sdk_ui_elements\":[\"text\"]");
		assertThat(app.getSdkUIElements()).containsExactly(UIElement.TEXT);
	}

	@Test
	void everyCompletionTypeRoundTripsWithItsDiscriminator() {
		List<CompletionInfo> completions = List.of(
				HostedCompletionInfo.builder()
					.successUrl("https://s")
					.failureUrl("https://f")
					.callbackUrl("https://c")
					.build(),
				NonHostedCompletionInfo.builder()
					.callbackUrl("https://c")
					.challengeNotificationUrl("https://n")
					.build());
		List<String> types = List.of("hosted", "non_hosted");

		for (int i = 0; i < completions.size(); i++) {
			CompletionInfo completion = completions.get(i);
			CompletionInfo read = MAPPER.readValue(MAPPER.writeValueAsString(completion), CompletionInfo.class);

			assertThat(toTree(completion).get("type").asString()).isEqualTo(types.get(i));
			assertThat(read).isExactlyInstanceOf(completion.getClass());
			assertThat(toTree(read)).isEqualTo(toTree(completion));
		}
	}

	@Test
	void discriminatorIsWrittenEvenWhenNothingElseIsSet() {
		assertThat(MAPPER.writeValueAsString(HostedCompletionInfo.builder().build()))
			.isEqualTo("{\"type\":\"hosted\"}");
		assertThat(MAPPER.writeValueAsString(SessionCardSource.builder().build())).isEqualTo("{\"type\":\"card\"}");
		assertThat(MAPPER.writeValueAsString(BrowserSession.builder().build())).isEqualTo("{\"channel\":\"browser\"}");
	}

	@Test
	void absentDiscriminatorsDefaultToBrowserAndCard() {
		ChannelData channel = MAPPER.readValue("{\"accept_header\":\"*/*\"}", ChannelData.class);
		SessionSource source = MAPPER.readValue("{\"number\":\"4242424242424242\"}", SessionSource.class);

		assertThat(channel).isInstanceOf(BrowserSession.class);
		assertThat(channel.getChannel()).isSameAs(ChannelType.BROWSER);
		assertThat(source).isInstanceOf(SessionCardSource.class);
		assertThat(source.getType()).isSameAs(SessionSourceType.CARD);

		SessionRequest request = MAPPER.readValue(
				"{\"source\":{\"number\":\"4242424242424242\"},\"channel_data\":{\"language\":\"en\"}}",
				SessionRequest.class);
		assertThat(request.getSource()).isInstanceOf(SessionCardSource.class);
		assertThat(request.getChannelData()).isInstanceOf(BrowserSession.class);
	}

}
