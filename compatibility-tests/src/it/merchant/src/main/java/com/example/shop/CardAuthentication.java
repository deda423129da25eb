package com.example.shop;

import org.springframework.stereotype.Service;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;

/** What a merchant writes: authenticate a card payment with 3-D Secure through the injected client. */
@Service
public class CardAuthentication {

	private final SessionsClient sessions;

	public CardAuthentication(SessionsClient sessions) {
		this.sessions = sessions;
	}

	public GetSessionResponse authenticate(String cardNumber, long amountInMinorUnits) {
		SessionResponse created = this.sessions.requestSession(SessionRequest.builder()
			.source(SessionCardSource.builder().number(cardNumber).expiryMonth(12).expiryYear(2030).build())
			.amount(amountInMinorUnits)
			.currency(Currency.GBP)
			.completion(NonHostedCompletionInfo.builder().build())
			.channelData(BrowserSession.builder()
				.acceptHeader("text/html")
				.javaEnabled(false)
				.javascriptEnabled(true)
				.language("en-GB")
				.colorDepth("24")
				.screenHeight("1080")
				.screenWidth("1920")
				.timezone("0")
				.userAgent("Mozilla/5.0")
				.ipAddress("203.0.113.7")
				.build())
			.build());
		return this.sessions.getSessionDetails(created.getSession().getId());
	}

}
