package dev.checkoutsessions.autoconfigure.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import dev.checkoutsessions.autoconfigure.CheckoutConnectionDetails;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.AuthenticationType;
import dev.checkoutsessions.client.model.Category;
import dev.checkoutsessions.client.model.ChallengeIndicator;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.TransactionType;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant test whose code passes its configured processing channel explicitly, with no
 * credentials in its properties: the emulator's connection details carry the credentials
 * (so the startup check has nothing to complain about) and the emulator accepts the
 * application's channel instead of answering 422.
 */
@SpringBootTest(properties = { "checkout.processing-channel-id=pc_merchantownchannel00000000",
		"checkout.oauth.client-id=", "checkout.oauth.client-secret=" })
@AutoConfigureSessionsEmulator
class OwnProcessingChannelApplicationTests {

	@Autowired
	private SessionsClient client;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private CheckoutConnectionDetails connectionDetails;

	@Value("${checkout.processing-channel-id}")
	private String processingChannelId;

	@Test
	void theConfiguredChannelIsKeptAndAcceptedByTheEmulator() {
		assertThat(this.processingChannelId).isEqualTo("pc_merchantownchannel00000000");
		assertThat(this.emulator.processingChannelId()).isEqualTo(this.processingChannelId);

		SessionResponse created = this.client.requestSession(SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.processingChannelId(this.processingChannelId)
			.amount(100L)
			.currency(Currency.USD)
			.authenticationType(AuthenticationType.REGULAR)
			.authenticationCategory(Category.PAYMENT)
			.challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
			.transactionType(TransactionType.GOODS_SERVICE)
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://merchant.example/callback").build())
			.build());

		assertThat(created.isAccepted()).isTrue();
		assertThat(this.emulator.createRequestCount()).isEqualTo(1);
	}

	@Test
	void connectionDetailsComeFromTheEmulatorAndNeverShowTheSecret() {
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.emulator.baseUrl());
		assertThat(this.connectionDetails.getTokenUrl()).isEqualTo(this.emulator.tokenUrl());
		assertThat(this.connectionDetails.getClientId()).isEqualTo(this.emulator.clientId());
		assertThat(this.connectionDetails.getClientSecret()).isEqualTo(this.emulator.clientSecret());
		assertThat(this.connectionDetails.toString()).doesNotContain(this.emulator.clientSecret());
	}

}
