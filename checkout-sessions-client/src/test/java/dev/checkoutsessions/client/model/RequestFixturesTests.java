package dev.checkoutsessions.client.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.checkoutsessions.client.model.Fixtures.MAPPER;
import static dev.checkoutsessions.client.model.Fixtures.parse;
import static dev.checkoutsessions.client.model.Fixtures.toTree;
import static dev.checkoutsessions.client.model.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

class RequestFixturesTests {

	@ParameterizedTest
	@CsvSource({ "post-sessions-request-hosted.json, dev.checkoutsessions.client.model.SessionRequest",
			"post-sessions-request-non-hosted.json, dev.checkoutsessions.client.model.SessionRequest",
			"post-sessions-request-non-hosted-browser-channel.json, dev.checkoutsessions.client.model.SessionRequest",
			"put-sessions-collect-data-request-browser.json, dev.checkoutsessions.client.model.ChannelData",
			"channel-data-browser-spec-example.json, dev.checkoutsessions.client.model.ChannelData",
			"put-sessions-issuer-fingerprint-request.json, dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest" })
	void everyRequestFixtureReadsAndWritesBackUnchanged(String fixture, Class<?> type) {
		Object request = parse(fixture, type);

		assertThat(toTree(request)).isEqualTo(tree(fixture));
		assertThat(((ExtensibleModel) request).getAdditionalProperties()).isEmpty();
	}

	@Test
	void hostedRequestBuiltInCodeMatchesFixture() {
		SessionRequest request = SessionRequest.builder()
			.source(card())
			.amount(100L)
			.currency(Currency.USD)
			.authenticationType(AuthenticationType.REGULAR)
			.authenticationCategory(Category.PAYMENT)
			.challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
			.reference("ORD-5023-4E89")
			.transactionType(TransactionType.GOODS_SERVICE)
			.shippingAddress(SessionAddress.builder()
				.addressLine1("123 Anywhere St.")
				.addressLine2("Apt. 456")
				.city("Anytown")
				.state("AL")
				.zip("123456")
				.country("US")
				.build())
			.completion(HostedCompletionInfo.builder()
				.successUrl("http://example.com/sessions/success")
				.failureUrl("https://example.com/payments/failure")
				.build())
			.build();

		assertThat(toTree(request)).isEqualTo(tree("post-sessions-request-hosted.json"));
		assertThat(parse("post-sessions-request-hosted.json", SessionRequest.class).getCompletion())
			.isInstanceOf(HostedCompletionInfo.class);
	}

	@Test
	void nonHostedRequestBuiltInCodeMatchesFixture() {
		SessionRequest request = nonHosted("https://example.com/sessions/callback").build();

		assertThat(toTree(request)).isEqualTo(tree("post-sessions-request-non-hosted.json"));
	}

	@Test
	void nonHostedRequestWithBrowserChannelBuiltInCodeMatchesFixture() {
		SessionRequest request = nonHosted("https://checkout.com")
			.channelData(browser().javascriptEnabled(true).build())
			.build();

		assertThat(toTree(request)).isEqualTo(tree("post-sessions-request-non-hosted-browser-channel.json"));
		SessionRequest read = parse("post-sessions-request-non-hosted-browser-channel.json", SessionRequest.class);
		assertThat(read.getChannelData()).isInstanceOf(BrowserSession.class);
		assertThat(((BrowserSession) read.getChannelData()).getScreenWidth()).isEqualTo("1920");
		assertThat(((SessionCardSource) read.getSource()).getExpiryYear()).isEqualTo(2030);
	}

	@Test
	void collectDataBodyBuiltInCodeMatchesFixture() {
		assertThat(toTree(browser().javascriptEnabled(true).build()))
			.isEqualTo(tree("put-sessions-collect-data-request-browser.json"));
	}

	@Test
	void specChannelDataExampleBuiltInCodeMatchesFixture() {
		BrowserSession channelData = browser().threeDsMethodCompletion(ThreeDsMethodCompletion.Y).build();

		assertThat(toTree(channelData)).isEqualTo(tree("channel-data-browser-spec-example.json"));
	}

	@Test
	void issuerFingerprintBodyBuiltInCodeMatchesFixture() {
		ThreeDsMethodCompletionRequest request = ThreeDsMethodCompletionRequest.builder()
			.threeDsMethodCompletion(ThreeDsMethodCompletion.Y)
			.build();

		assertThat(toTree(request)).isEqualTo(tree("put-sessions-issuer-fingerprint-request.json"));
	}

	@Test
	void toBuilderCopiesEveryFieldAndLeavesTheOriginalUnchanged() {
		SessionRequest original = nonHosted("https://checkout.com").processingChannelId(null)
			.preferredExperiences(Experience.GOOGLE_SPA, Experience.THREE_DS)
			.build();

		SessionRequest copy = original.toBuilder().processingChannelId("pc_default00000000000000000000").build();

		assertThat(original.getProcessingChannelId()).isNull();
		assertThat(copy.getProcessingChannelId()).isEqualTo("pc_default00000000000000000000");
		assertThat(toTree(copy.toBuilder().processingChannelId(null).build())).isEqualTo(toTree(original));
	}

	@Test
	void toBuilderKeepsPropertiesThisLibraryDoesNotModel() {
		SessionRequest relayed = MAPPER.readValue(
				"{\"source\":{\"type\":\"card\",\"number\":\"4485040371536584\",\"expiry_month\":1,"
						+ "\"expiry_year\":2030},\"currency\":\"USD\",\"amount\":100,\"new_field\":{\"a\":1}}",
				SessionRequest.class);

		SessionRequest copy = relayed.toBuilder().processingChannelId("pc_default00000000000000000000").build();

		assertThat(copy.getAdditionalProperties()).containsOnlyKeys("new_field");
		assertThat(toTree(copy).get("new_field")).isEqualTo(toTree(relayed).get("new_field"));
	}

	@Test
	void currencyAcceptsTextAndAccountInfoIsAnAliasWritingAccountInfo() {
		SessionRequest request = SessionRequest.builder()
			.currency("GBP")
			.accountInfo(CardholderAccountInfo.builder().purchaseCount(3L).build())
			.build();

		assertThat(request.getCurrency()).isSameAs(Currency.GBP);
		assertThat(toTree(request).get("account_info").get("purchase_count").asInt()).isEqualTo(3);
	}

	static SessionCardSource card() {
		return SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build();
	}

	private static SessionRequest.Builder nonHosted(String callbackUrl) {
		return SessionRequest.builder()
			.source(card())
			.amount(100L)
			.currency(Currency.USD)
			.authenticationType(AuthenticationType.REGULAR)
			.authenticationCategory(Category.PAYMENT)
			.challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
			.reference("ORD-5023-4E89")
			.transactionType(TransactionType.GOODS_SERVICE)
			.processingChannelId("pc_zs5fqhybzc2e3jmq3efvybybpq")
			.shippingAddress(SessionAddress.builderSessionAddress()
				.addressLine1("Checkout.com")
				.addressLine2("90 Tottenham Court Road")
				.city("London")
				.state("GB")
				.zip("W1T 4TJ")
				.country("GB")
				.build())
			.completion(NonHostedCompletionInfo.builder().callbackUrl(callbackUrl).build());
	}

	private static BrowserSession.Builder browser() {
		return BrowserSession.builder()
			.acceptHeader("Accept:  *.*, q=0.1")
			.javaEnabled(true)
			.language("FR-fr")
			.colorDepth("16")
			.screenHeight("1080")
			.screenWidth("1920")
			.timezone("60")
			.userAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
					+ "Chrome/69.0.3497.100 Safari/537.36")
			.ipAddress("1.12.123.255");
	}

}
