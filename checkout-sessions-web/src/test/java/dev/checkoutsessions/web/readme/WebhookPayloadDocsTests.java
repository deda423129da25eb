package dev.checkoutsessions.web.readme;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.delivery.AuthenticationEventType;
import dev.checkoutsessions.web.delivery.CheckoutWebhookEvent;
import dev.checkoutsessions.web.delivery.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook body that docs/callbacks-and-webhooks.md prints, signed and posted to the page's application as
 * Checkout.com would: the receiver accepts it and publishes the event the page describes, which the page's
 * {@link AuthenticationOutcomes} records.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "checkout.webhooks.signature-key=" + WebhookPayloadDocsTests.KEY)
@AutoConfigureSessionsEmulator
class WebhookPayloadDocsTests {

	static final String KEY = "docs-webhook-key";

	@LocalServerPort
	int port;

	@Autowired
	AuthenticationOutcomes outcomes;

	@Autowired
	Recorder recorder;

	@Test
	void thePrintedPayloadIsAcceptedAndPublishedAsTheSessionsApproval() {
		String payload = DocsPage.page("docs/callbacks-and-webhooks.md").codeBlock("json");

		ResponseEntity<Void> answer = RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/checkout/webhooks")
			.contentType(MediaType.APPLICATION_JSON)
			.header(WebhookSignature.HEADER, WebhookSignature.sign(KEY, payload))
			.body(payload)
			.retrieve()
			.toBodilessEntity();

		assertThat(answer.getStatusCode().is2xxSuccessful()).isTrue();
		assertThat(this.recorder.published).singleElement().satisfies((event) -> {
			assertThat(event.getId()).isEqualTo("evt_az5sblvku4ge3dwpztvyizgcau");
			assertThat(event.getAuthenticationType()).contains(AuthenticationEventType.APPROVED);
			assertThat(event.getSessionId()).contains("sid_llraltf4jlwu5dxdtprcv7ba5i");
			assertThat(event.getSessionStatus()).contains(SessionStatus.APPROVED);
			assertThat(event.getCreatedOn()).isEqualTo(Instant.parse("2026-12-07T09:30:12.345Z"));
		});
		assertThat(this.outcomes.webhook("sid_llraltf4jlwu5dxdtprcv7ba5i")).contains(AuthenticationEventType.APPROVED);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class PublishedEvents {

		@Bean
		Recorder webhookRecorder() {
			return new Recorder();
		}

	}

	static class Recorder {

		final List<CheckoutWebhookEvent> published = new CopyOnWriteArrayList<>();

		@EventListener
		void on(CheckoutWebhookEvent event) {
			this.published.add(event);
		}

	}

}
