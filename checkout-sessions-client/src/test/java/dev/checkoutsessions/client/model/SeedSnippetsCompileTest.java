package dev.checkoutsessions.client.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of the official SDK's documentation (seed/sessions-sdk-docs.md) with real values in the builder
 * calls and without the {@code fourApi.sessionsClient()} calls: they must compile against this model.
 */
class SeedSnippetsCompileTest {

    @Test
    void requestASession() {
        ChannelData channelData = BrowserSession.builder() // other channel data types available
              .acceptHeader("Accept:  *.*, q=0.1")
              .build();

        SessionRequest sessionRequest = SessionRequest.builder()
            .source(SessionCardSource.builder().build()) // more sources available
            .amount(6540L)
            .currency(Currency.USD)
            .processingChannelId("pc_zs5fqhybzc2e3jmq3efvybybpq")
            .marketplace(MarketplaceData.builder().subEntityId("ent_ocw5i74vowfg2edpy66izhts2u").build())
            .authenticationType(AuthenticationType.REGULAR)
            .authenticationCategory(Category.PAYMENT)
            .challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
            .billingDescriptor(SessionsBillingDescriptor.builder().build())
            .reference("ORD-5023-4E89")
            .transactionType(TransactionType.GOODS_SERVICE)
            .shippingAddress(SessionAddress.builderSessionAddress().build())
            .completion(NonHostedCompletionInfo.builder().build())
            .channelData(channelData)
            .build();

        assertThat(sessionRequest.getChannelData()).isSameAs(channelData);
        assertThat(sessionRequest.getSource().getType()).isSameAs(SessionSourceType.CARD);
        assertThat(sessionRequest.getCompletion().getType()).isSameAs(CompletionType.NON_HOSTED);
        assertThat(sessionRequest.getMarketplace().getSubEntityId()).isEqualTo("ent_ocw5i74vowfg2edpy66izhts2u");
    }

    @Test
    void updateASession() {
        ChannelData channelData = BrowserSession.builder() // other channel data types available
              .acceptHeader("Accept:  *.*, q=0.1")
              .build();

        assertThat(channelData.getChannel()).isSameAs(ChannelType.BROWSER);
        assertThat(((BrowserSession) channelData).getAcceptHeader()).isEqualTo("Accept:  *.*, q=0.1");
    }

    @Test
    void getSessionDetailsAndCompleteASessionNeedOnlyAnId() {
        // These two snippets consist only of the client call; what remains is the id they take.
        String sessionId = "sid_y3oqhf46pyzuxjbcn2giaqnb44";

        assertThat(sessionId).startsWith("sid_");
    }
}
