package dev.checkoutsessions.emulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.CheckoutTransportException;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.HostedCompletionInfo;
import dev.checkoutsessions.client.model.NextAction;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.ResponseCode;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The emulator driven through the project's own typed {@link SessionsClient}: the flows a
 * merchant runs, with the emulator's answers decoded by the real client.
 */
class ThroughSessionsClientTests {

	private static SessionsEmulator emulator;

	private static SessionsClient client;

	private static RawApi raw;

	@BeforeAll
	static void start() {
		emulator = SessionsEmulator.start();
		raw = new RawApi(emulator);
		client = SessionsClient.builder()
			.baseUrl(emulator.baseUrl())
			.tokenUrl(emulator.tokenUrl())
			.clientCredentials(emulator.clientId(), emulator.clientSecret())
			.processingChannelId(emulator.processingChannelId())
			.readTimeout(Duration.ofSeconds(2))
			.retry(ClientSettings.Retry.defaults()
				.withDelays(Duration.ofMillis(5), Duration.ofMillis(20))
				.withJitter(Duration.ZERO))
			.build();
	}

	@AfterAll
	static void stop() throws Exception {
		((AutoCloseable) client).close();
		emulator.close();
	}

	@Test
	void nonHostedChallengeFlowEndsApprovedAndCompletes() {
		SessionResponse created = client.requestSession(request("4242424242424242", "flow-challenge"));
		assertThat(created.isAccepted()).isTrue();
		GetSessionResponse pending = created.getSession();
		assertThat(pending.getStatus()).isSameAs(SessionStatus.PENDING);
		assertThat(pending.hasNextAction(NextAction.COLLECT_CHANNEL_DATA)).isTrue();
		String id = pending.getId();
		dev.checkoutsessions.client.SessionSecretOperations secret = client
			.withSessionSecret(pending.getSessionSecret());

		if (pending.hasNextAction(NextAction.ISSUER_FINGERPRINT)) {
			secret.update3dsMethodCompletionIndicator(id,
					ThreeDsMethodCompletionRequest.builder()
						.threeDsMethodCompletion(ThreeDsMethodCompletion.Y)
						.build());
		}
		GetSessionResponse challenged = secret.updateSession(id, browser());
		assertThat(challenged.getStatus()).isSameAs(SessionStatus.CHALLENGED);
		assertThat(challenged.getResponseCode()).isSameAs(ResponseCode.C);
		assertThat(challenged.getAcs().getUrl()).startsWith(emulator.baseUrl());

		assertThat(raw.submitChallenge(id, SessionsEmulator.CHALLENGE_PASSWORD, "submit").status()).isEqualTo(200);

		GetSessionResponse viaSecret = secret.getSessionDetails(id);
		assertThat(viaSecret.getStatus()).isSameAs(SessionStatus.APPROVED);
		assertThat(viaSecret.getCryptogram()).isNull();
		assertThat(viaSecret.getSessionSecret()).isNull();
		assertThat(viaSecret.hasNextAction(NextAction.COMPLETE)).isTrue();

		client.completeSession(id);
		GetSessionResponse result = client.getSessionDetails(id);
		assertThat(result.getCompleted()).isTrue();
		assertThat(result.getCryptogram()).isNotBlank();
		assertThat(result.getEci()).isNotBlank();
		assertThat(result.getResponseCode()).isSameAs(ResponseCode.Y);
	}

	@Test
	void frictionlessWithChannelDataIsCreatedAtOnce() {
		SessionResponse created = client.requestSession(
				request("4485040371536584", "flow-frictionless").toBuilder().channelData(browser()).build());

		assertThat(created.isCreated()).isTrue();
		assertThat(created.getSession().getStatus()).isSameAs(SessionStatus.APPROVED);
		assertThat(created.getSession().getApproved()).isTrue();
		assertThat(created.getRequestId()).isNotBlank();
	}

	@Test
	void completingAHostedSessionIsRefusedWithTheApiError() {
		SessionResponse created = client.requestSession(SessionRequest.builder()
			.source(card("4485040371536584"))
			.amount(100L)
			.currency(Currency.GBP)
			.completion(HostedCompletionInfo.builder()
				.successUrl("https://merchant.example/success")
				.failureUrl("https://merchant.example/failure")
				.build())
			.build());
		assertThat(created.getSession().hasNextAction(NextAction.REDIRECT_CARDHOLDER)).isTrue();
		assertThat(created.getSession().getLink("redirect_url")).isPresent();

		assertThatExceptionOfType(CheckoutApiException.class)
			.isThrownBy(() -> client.completeSession(created.getSession().getId()))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatusCode()).isEqualTo(403);
				assertThat(ex.getErrorType()).isEqualTo("operation_not_allowed");
				assertThat(ex.getErrorCodes()).containsExactly("update_not_allowed_due_to_state");
				assertThat(ex.getRequestId()).isNotBlank();
			});
	}

	@Test
	void unknownSessionIsNotFound() {
		assertThatExceptionOfType(CheckoutApiException.class)
			.isThrownBy(() -> client.getSessionDetails("sid_aaaaaaaaaaaaaaaaaaaaaaaaaa"))
			.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
	}

	@Test
	void transientRefusalIsRetriedButAProcessedCreateIsNeverRepeated() {
		emulator.faults().next(2).on(Endpoint.GET_SESSION).respondWith503();
		SessionResponse created = client.requestSession(request("4485040371536584", "flow-retry"));
		assertThat(client.getSessionDetails(created.getSession().getId()).getId())
			.isEqualTo(created.getSession().getId());

		long createsBefore = emulator.createRequestCount();
		emulator.faults().next(1).on(Endpoint.CREATE_SESSION).resetAfterProcessing();
		assertThatExceptionOfType(CheckoutTransportException.class)
			.isThrownBy(() -> client.requestSession(request("4485040371536584", "flow-reset")))
			.satisfies((ex) -> assertThat(ex.isRequestSent()).isTrue())
			.withMessageContaining("could create a second session");
		assertThat(emulator.createRequestCount()).isEqualTo(createsBefore + 1);
		assertThat(emulator.sessions()).filteredOn((session) -> "flow-reset".equals(session.reference())).hasSize(1);
	}

	private static SessionRequest request(String card, String reference) {
		return SessionRequest.builder()
			.source(card(card))
			.amount(6540L)
			.currency(Currency.USD)
			.reference(reference)
			.completion(NonHostedCompletionInfo.builder().build())
			.build();
	}

	private static SessionCardSource card(String number) {
		return SessionCardSource.builder().number(number).expiryMonth(12).expiryYear(2030).build();
	}

	private static BrowserSession browser() {
		return BrowserSession.builder()
			.acceptHeader("text/html")
			.javaEnabled(false)
			.javascriptEnabled(true)
			.language("en-GB")
			.colorDepth("24")
			.screenHeight("1080")
			.screenWidth("1920")
			.timezone("0")
			.userAgent("Mozilla/5.0")
			.ipAddress("127.0.0.1")
			.build();
	}

}
