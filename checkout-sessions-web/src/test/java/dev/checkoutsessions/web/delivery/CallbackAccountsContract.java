package dev.checkoutsessions.web.delivery;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SentCallback;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.web.app.RecordedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Callbacks of two Checkout.com accounts, each its own emulator (a session of one is not
 * found by the other, as on Checkout.com), over real HTTP: the application has a
 * {@link SessionsClients} bean of accounts {@code eu} and {@code us} and no default
 * account, and no {@code SessionsClient} bean. A callback is read through the account
 * that created its session, recorded when the application created it or named by the
 * path; reading through any other account would find nothing.
 */
abstract class CallbackAccountsContract {

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsClients clients;

	@Autowired
	private TwoAccounts accounts;

	@Autowired
	private RecordedEvents events;

	@Test
	void aCallbackOnThePlainPathIsReadThroughTheAccountThatCreatedTheSession() {
		SessionsClient us = this.clients.get("us");
		String id = us.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, callbackUrl("")))
			.getSession()
			.getId();

		us.completeSession(id);

		assertThat(awaitPublished(id).getAccount()).isEqualTo("us");
		assertThat(this.accounts.us().callbacks()).filteredOn((callback) -> callback.sessionId().equals(id))
			.singleElement()
			.extracting(SentCallback::status)
			.isEqualTo(202);
		assertThat(this.accounts.eu().requestCount(Endpoint.GET_SESSION)).isZero();
	}

	@Test
	void aCallbackAtAnAccountsPathIsReadThroughThatAccountThoughTheApplicationDidNotRecordTheSession() {
		// Created by another instance, or before a restart: this one has no record of it.
		String id = this.accounts.euClient()
			.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, callbackUrl("/eu")))
			.getSession()
			.getId();

		this.accounts.euClient().completeSession(id);

		SessionCompletedEvent event = awaitPublished(id);
		assertThat(event.getAccount()).isEqualTo("eu");
		assertThat(event.getSession().getCryptogram()).isNotBlank();
	}

	@Test
	void aCallbackAtAnotherAccountsPathFindsNoSessionThereAndPublishesNothing() {
		String id = this.accounts.euClient()
			.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		this.accounts.euClient().completeSession(id);

		HttpResponse<String> response = Deliveries.postJson(callbackUrl("/us"), body(id));

		SessionCallbackApplicationTests.assertProblem(response, 404, "session_not_found");
		assertThat(this.events.completed(id)).isEmpty();
	}

	@Test
	void aRecordedSessionIsReadThroughItsOwnAccountEvenWhenTheCallbackNamesAnother() {
		SessionsClient eu = this.clients.get("eu");
		String id = eu.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		eu.completeSession(id);

		assertThat(Deliveries.postJson(callbackUrl(""), body(id)).statusCode()).isEqualTo(202);

		assertThat(awaitPublished(id).getAccount()).isEqualTo("eu");
	}

	@Test
	void aCallbackForAnAccountThatIsNotConfiguredIs404ProblemDetail() {
		HttpResponse<String> response = Deliveries.postJson(callbackUrl("/asia"), body("sid_" + "a".repeat(26)));

		SessionCallbackApplicationTests.assertProblem(response, 404, "unknown_account");
	}

	@Test
	void withoutADefaultAccountAnUnrecordedSessionOnThePlainPathIs404WithoutARead() {
		String id = this.accounts.euClient()
			.requestSession(Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null))
			.getSession()
			.getId();
		long euReads = this.accounts.eu().requestCount(Endpoint.GET_SESSION);
		long usReads = this.accounts.us().requestCount(Endpoint.GET_SESSION);

		HttpResponse<String> response = Deliveries.postJson(callbackUrl(""), body(id));

		SessionCallbackApplicationTests.assertProblem(response, 404, "session_account_unknown");
		assertThat(this.accounts.eu().requestCount(Endpoint.GET_SESSION)).isEqualTo(euReads);
		assertThat(this.accounts.us().requestCount(Endpoint.GET_SESSION)).isEqualTo(usReads);
	}

	@Test
	void getHandsOutOneRecordingClientPerAccountThatKeepsTheClientsInterfaces() {
		assertThat(this.clients.get("eu")).isSameAs(this.clients.get("eu"))
			.isNotSameAs(this.clients.get("us"))
			.isNotSameAs(this.accounts.euClient())
			.isInstanceOf(dev.checkoutsessions.client.SessionsClientDiagnostics.class);
	}

	private SessionCompletedEvent awaitPublished(String sessionId) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.events.completed(sessionId).isEmpty());
		return this.events.completed(sessionId).get(0);
	}

	private String callbackUrl(String accountPath) {
		return "http://localhost:" + this.port + "/checkout/sessions/callback" + accountPath;
	}

	private static String body(String sessionId) {
		return "{\"session_id\":\"" + sessionId + "\",\"status\":\"approved\"}";
	}

	/**
	 * Two accounts, each an emulator of its own, and the {@link SessionsClients} of their
	 * clients (what the starter's auto-configuration builds from
	 * {@code checkout.accounts}).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class TwoAccountsConfiguration {

		@Bean(destroyMethod = "close")
		TwoAccounts twoAccounts() {
			return new TwoAccounts(SessionsEmulator.start(), SessionsEmulator.start());
		}

		@Bean
		SessionsClients sessionsClients(TwoAccounts accounts) {
			Map<String, SessionsClient> clients = new LinkedHashMap<>();
			clients.put("eu", accounts.euClient());
			clients.put("us", accounts.usClient());
			return SessionsClients.of(clients, null);
		}

	}

	/** The emulators and their clients, closed with the context. */
	record TwoAccounts(SessionsEmulator eu, SessionsEmulator us, SessionsClient euClient,
			SessionsClient usClient) implements AutoCloseable {

		TwoAccounts(SessionsEmulator eu, SessionsEmulator us) {
			this(eu, us, client("eu", eu), client("us", us));
		}

		private static SessionsClient client(String account, SessionsEmulator emulator) {
			return SessionsClient.builder()
				.account(account)
				.baseUrl(emulator.baseUrl())
				.tokenUrl(emulator.tokenUrl())
				.clientCredentials(emulator.clientId(), emulator.clientSecret())
				.processingChannelId(emulator.processingChannelId())
				.build();
		}

		@Override
		public void close() {
			this.euClient.close();
			this.usClient.close();
			this.eu.close();
			this.us.close();
		}

	}

}
