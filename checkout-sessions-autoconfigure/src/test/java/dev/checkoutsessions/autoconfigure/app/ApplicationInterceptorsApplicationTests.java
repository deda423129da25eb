package dev.checkoutsessions.autoconfigure.app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

import dev.checkoutsessions.autoconfigure.CheckoutConnectionDetails;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop that logs every outgoing request's headers and body with an application-wide
 * interceptor, as many do for debugging: the client's requests, which carry the card
 * number and the OAuth client secret, do not pass through it unless the shop opts in.
 */
@SpringBootTest(
		classes = { CheckoutStarterApplication.class,
				ApplicationInterceptorsApplicationTests.BodyLoggingInterceptor.class },
		properties = "checkout.warm-up.enabled=false")
@AutoConfigureSessionsEmulator
class ApplicationInterceptorsApplicationTests {

	private static final String CARD_NUMBER = "4485040371536584";

	@Autowired
	SessionsClient client;

	@Autowired
	CheckoutConnectionDetails connection;

	@Autowired
	MeterRegistry meterRegistry;

	@Autowired
	List<String> logged;

	@BeforeEach
	void forgetEarlierRequests() {
		this.logged.clear();
	}

	@Test
	void theApplicationsBodyLoggingInterceptorSeesNoCardNumberNorClientSecretByDefault() {
		SessionResponse response = this.client.requestSession(request());
		this.client.getSessionDetails(response.getSession().getId());

		assertThat(this.logged).isEmpty();
		// Boot's observation is not an application customizer: it still applies.
		assertThat(this.meterRegistry.find("http.client.requests").tag("uri", "/sessions/{id}").timer()).isNotNull();
	}

	@Nested
	@TestPropertySource(properties = "checkout.http.apply-application-customizers=true")
	class WhenTheShopOptsIn {

		@Test
		void theApplicationsInterceptorsSeeEveryRequestWithItsCardNumberAndClientSecret() {
			// Why the default is off: what an opted-in interceptor gets to see.
			SessionResponse response = ApplicationInterceptorsApplicationTests.this.client.requestSession(request());
			ApplicationInterceptorsApplicationTests.this.client.getSessionDetails(response.getSession().getId());

			String output = String.join("\n", ApplicationInterceptorsApplicationTests.this.logged);
			assertThat(output).contains("POST /connect/token", "POST /sessions", "GET /sessions/", CARD_NUMBER,
					ApplicationInterceptorsApplicationTests.this.connection.getClientSecret());
		}

	}

	private static SessionRequest request() {
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number(CARD_NUMBER).expiryMonth(12).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.GBP)
			.completion(NonHostedCompletionInfo.builder()
				.callbackUrl("https://shop.example/checkout/sessions/callback")
				.build())
			.build();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class BodyLoggingInterceptor {

		@Bean
		List<String> logged() {
			return new CopyOnWriteArrayList<>();
		}

		@Bean
		RestClientCustomizer bodyLogging(List<String> logged) {
			return (builder) -> builder.requestInterceptor((request, body, execution) -> {
				logged.add(request.getMethod() + " " + request.getURI().getPath() + " " + request.getHeaders() + " "
						+ new String(body, StandardCharsets.UTF_8));
				return execution.execute(request, body);
			});
		}

	}

}
