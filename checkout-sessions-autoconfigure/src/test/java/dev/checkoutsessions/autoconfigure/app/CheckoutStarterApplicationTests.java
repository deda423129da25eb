package dev.checkoutsessions.autoconfigure.app;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.CheckoutException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.ChallengeIndicator;
import dev.checkoutsessions.client.model.Category;
import dev.checkoutsessions.client.model.AuthenticationType;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;
import dev.checkoutsessions.client.model.TransactionType;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter in a real application: {@code application.yml} carries the keys, the
 * emulator stands in for Checkout.com, and Actuator exposes health, metrics and the
 * configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureSessionsEmulator
class CheckoutStarterApplicationTests {

	private static final String FRICTIONLESS_CARD = "4485040371536584";

	@Autowired
	private SessionsClient client;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private MeterRegistry meterRegistry;

	@Value("${local.server.port}")
	private int port;

	@Test
	void autowiredClientPerformsEveryOperationAndIsTimed() {
		SessionResponse created = this.client.requestSession(SessionRequest.builder()
			.source(SessionCardSource.builder().number(FRICTIONLESS_CARD).expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.USD)
			.authenticationType(AuthenticationType.REGULAR)
			.authenticationCategory(Category.PAYMENT)
			.challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
			.transactionType(TransactionType.GOODS_SERVICE)
			.reference("ORD-STARTER-1")
			.completion(NonHostedCompletionInfo.builder()
				.callbackUrl("http://localhost:" + this.port + "/sessions/callback")
				.build())
			.build());
		assertThat(created.isAccepted()).isTrue();
		String id = created.getSession().getId();

		GetSessionResponse fingerprinted = this.client.update3dsMethodCompletionIndicator(id,
				ThreeDsMethodCompletionRequest.builder().threeDsMethodCompletion(ThreeDsMethodCompletion.Y).build());
		assertThat(fingerprinted.getId()).isEqualTo(id);
		GetSessionResponse collected = this.client.updateSession(id,
				BrowserSession.builder()
					.acceptHeader("Accept:  *.*, q=0.1")
					.javaEnabled(true)
					.javascriptEnabled(true)
					.language("FR-fr")
					.colorDepth("16")
					.screenHeight("1080")
					.screenWidth("1920")
					.timezone("60")
					.userAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/69.0.3497.100 Safari/537.36")
					.ipAddress("1.12.123.255")
					.build());
		assertThat(collected.getStatus().toString()).containsIgnoringCase("approved");
		this.client.completeSession(id);
		GetSessionResponse details = this.client.getSessionDetails(id);
		assertThat(this.emulator.session(id).orElseThrow().completed()).isTrue();
		assertThat(details.getId()).isEqualTo(id);
		assertThat(this.emulator.session(id).orElseThrow().threeDsMethodCompletion()).isEqualTo("Y");

		for (String operation : List.of("request_session", "update_3ds_method_completion_indicator", "update_session",
				"complete_session", "get_session_details")) {
			Timer timer = this.meterRegistry.find("checkout.sessions.client").tag("operation", operation).timer();
			assertThat(timer).as(operation).isNotNull();
			assertThat(timer.count()).as(operation).isGreaterThanOrEqualTo(1);
		}
		assertThat(this.meterRegistry.find("http.client.requests").tag("uri", "/sessions/{id}").timer()).isNotNull();
	}

	@Test
	void healthEndpointReportsCheckoutUpWithoutSecrets() {
		// Health reports what calls have shown and makes none itself: one call first.
		assertThatExceptionOfType(CheckoutException.class)
			.isThrownBy(() -> this.client.getSessionDetails("sid_doesnotexist"));
		ResponseEntity<Map<String, Object>> health = actuator("/actuator/health/checkout");
		assertThat(health.getStatusCode().value()).isEqualTo(200);
		assertThat(health.getBody()).containsEntry("status", "UP");
		assertThat(health.getBody().toString()).doesNotContain(this.emulator.clientSecret());
	}

	@Test
	void configpropsAndEnvMaskTheClientSecret() {
		// The emulator comes in as connection details, so the properties shown are
		// application.yml's own.
		String configprops = actuatorText("/actuator/configprops/checkout");
		assertThat(configprops).contains("ack_from_application_yml").doesNotContain("application-yml-secret");
		assertThat(configprops).contains("******");
		String env = actuatorText("/actuator/env");
		assertThat(env).contains("checkout.oauth.client-secret")
			.doesNotContain(this.emulator.clientSecret())
			.doesNotContain("application-yml-secret");
		assertThat(actuatorText("/actuator/env/checkout.oauth.client-id")).contains("ack_from_application_yml");
	}

	private ResponseEntity<Map<String, Object>> actuator(String path) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.retrieve()
			.toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
			});
	}

	private String actuatorText(String path) {
		return RestClient.create("http://localhost:" + this.port).get().uri(path).retrieve().body(String.class);
	}

}
