package dev.checkoutsessions.client.model;

import org.junit.jupiter.api.Test;

import static dev.checkoutsessions.client.model.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

class ToStringTests {

	@Test
	void sessionToStringIsReadableButHidesSecrets() {
		GetSessionResponse session = parse("get-sessions-200-all-fields-synthetic.json", GetSessionResponse.class);

		String text = session.toString();

		assertThat(text).startsWith("GetSessionResponse{id=sid_y3oqhf46pyzuxjbcn2giaqnb44")
			.contains("status=challenged", "sessionSecret=sek_****", "cryptogram=****", "nextActions=[")
			.doesNotContain("Dal7UyiH8rIFXA4PfgiIk2jUyQkVDeEWgVBEL4TsRTE", "MTIzNDU2Nzg5MDA5ODc2NTQzMjE");
	}

	@Test
	void requestToStringShowsOnlyTheLastFourDigits() {
		SessionRequest request = SessionRequest.builder()
			.source(SessionCardSource.builder()
				.number("4242424242424242")
				.expiryMonth(6)
				.expiryYear(2030)
				.name("Bruce Wayne")
				.email("bruce@wayne-enterprises.com")
				.build())
			.amount(100L)
			.currency(Currency.GBP)
			.channelData(BrowserSession.builder().ipAddress("1.12.123.255").build())
			.shippingAddress(SessionAddress.builder().addressLine1("1007 Mountain Drive").city("Gotham").build())
			.build();

		String text = request.toString();

		assertThat(text).contains("number=************4242", "email=b****@wayne-enterprises.com", "city=Gotham")
			.doesNotContain("4242424242424242", "Bruce", "1.12.123.255", "Mountain");
	}

	@Test
	void otherSensitiveValuesAreMasked() {
		NetworkTokenSource token = NetworkTokenSource.builder()
			.token("4543474002249996")
			.cryptogram("AgAAAAAAAIR8CQrXcIhbQAAAAAA=")
			.build();
		SessionCallback callback = parse("complete-callback-request.json", SessionCallback.class);

		assertThat(token.toString()).contains("token=************9996")
			.doesNotContain("4543474002249996", "AgAAAAAAAIR8CQrXcIhbQAAAAAA=");
		assertThat(callback.toString()).contains("sessionId=sid_llraltf4jlwu5dxdtprcv7ba5i", "cryptogram=****")
			.doesNotContain("MTIzNDU2Nzg5MDA5ODc2NTQzMjE=");
		assertThat(Redact.lastFour("4242")).isEqualTo("****");
		assertThat(Redact.secret("sek_abc")).isEqualTo("sek_****");
	}

}
