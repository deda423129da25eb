package dev.checkoutsessions.web.readme;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.delivery.AuthenticationEventType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureSessionsEmulator(webhooks = true)
class CallbackAndWebhookTests {

    @LocalServerPort
    int port;

    @Autowired
    SessionsClient sessions;

    @Autowired
    AuthenticationOutcomes outcomes;

    @Test
    void completingASessionPublishesTheCallbackAndTheWebhook() {
        String id = sessions.requestSession(SessionRequest.builder()
            .source(SessionCardSource.builder().number("4485040371536584").expiryMonth(12).expiryYear(2030).build())
            .amount(100L)
            .currency(Currency.GBP)
            .completion(NonHostedCompletionInfo.builder()
                .callbackUrl("http://localhost:" + port + "/checkout/sessions/callback").build())
            .channelData(BrowserSession.builder().acceptHeader("text/html").javaEnabled(false)
                .javascriptEnabled(true).language("en-GB").colorDepth("24").screenHeight("1080")
                .screenWidth("1920").timezone("0").userAgent("Mozilla/5.0").ipAddress("203.0.113.7").build())
            .build()).getSession().getId();

        sessions.completeSession(id);   // the emulator posts the result to the callback URL

        await().until(() -> outcomes.completed(id).isPresent() && outcomes.webhook(id).isPresent());
        assertThat(outcomes.completed(id).get().getStatus()).isEqualTo(SessionStatus.APPROVED);
        assertThat(outcomes.webhook(id)).contains(AuthenticationEventType.APPROVED);
    }
}
