package dev.checkoutsessions.autoconfigure.app;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two configured accounts in one application, against the emulator serving both as the
 * API does: neither sees the other's sessions, each has its own token, and the meters say
 * which account called.
 */
@SpringBootTest(properties = { "checkout.accounts.eu.environment=sandbox", "checkout.accounts.us.environment=sandbox",
		"checkout.warm-up.enabled=false" })
@AutoConfigureSessionsEmulator
class SeveralAccountsApplicationTests {

	@Autowired
	private SessionsClients clients;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private MeterRegistry meterRegistry;

	@Autowired
	private ApplicationContext context;

	@Test
	void twoConfiguredAccountsNeverSeeEachOthersSessions() {
		SessionsClient eu = this.clients.get("eu");
		SessionsClient us = this.clients.get("us");
		String euSession = eu.requestSession(request()).getSession().getId();
		String usSession = us.requestSession(request()).getSession().getId();

		assertThat(eu.getSessionDetails(euSession).getId()).isEqualTo(euSession);
		assertThat(us.getSessionDetails(usSession).getId()).isEqualTo(usSession);
		assertThatExceptionOfType(CheckoutApiException.class).isThrownBy(() -> us.getSessionDetails(euSession))
			.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
		assertThatExceptionOfType(CheckoutApiException.class).isThrownBy(() -> eu.getSessionDetails(usSession))
			.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
		assertThat(this.emulator.session(euSession).orElseThrow().account()).isEqualTo("eu");
		assertThat(this.emulator.session(usSession).orElseThrow().account()).isEqualTo("us");
	}

	@Test
	void theTopLevelAccountOfApplicationYmlIsTheDefaultBesideTheConfiguredOnes() {
		assertThat(this.clients.names()).containsExactlyInAnyOrder("default", "eu", "us");
		assertThat(this.context.getBean(SessionsClient.class)).isSameAs(this.clients.defaultClient());
		String session = this.clients.defaultClient().requestSession(request()).getSession().getId();
		assertThatExceptionOfType(CheckoutApiException.class)
			.isThrownBy(() -> this.clients.get("eu").getSessionDetails(session))
			.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(404));
	}

	@Test
	void eachAccountsCallsAreTimedUnderItsName() {
		this.clients.get("eu").requestSession(request());
		assertThat(this.meterRegistry.find("checkout.sessions.client")
			.tag("account", "eu")
			.tag("operation", "request_session")
			.timer()).isNotNull();
		assertThat(this.meterRegistry.find("checkout.oauth.token").tag("account", "eu").timer()).isNotNull();
	}

	private static SessionRequest request() {
		return SessionRequest.builder()
			.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.currency(Currency.USD)
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://shop.example/callback").build())
			.build();
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Shop {

	}

}
