package dev.checkoutsessions.web.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.only;
import static org.mockito.Mockito.verify;

/**
 * What the recorder makes of the application's clients: each client of
 * {@link SessionsClients} records under its account, the default one under the default
 * account's name, and nothing records twice.
 */
class CreatedSessionsRecorderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SessionCallbackReceiver receiver = mock(SessionCallbackReceiver.class);

	private final CreatedSessionsRecorder recorder = new CreatedSessionsRecorder(provider(this.receiver));

	private final SessionsClient topLevel = client("sid_" + "t".repeat(26));

	private final SessionsClient eu = client("sid_" + "e".repeat(26));

	@Test
	void theDefaultClientIsTheSameRecordingClientAsItsAccountsAndRecordsUnderItsName() {
		SessionsClients clients = recording(accounts("eu"));

		SessionsClient defaultClient = clients.defaultClient();
		defaultClient.requestSession(request());

		assertThat(defaultClient).isSameAs(clients.get("eu")).isNotSameAs(this.eu);
		verify(this.receiver, only()).created("sid_" + "e".repeat(26), "eu");
	}

	@Test
	void theTopLevelAccountsClientRecordsUnderDefault() {
		SessionsClients clients = recording(accounts("default"));

		clients.defaultClient().requestSession(request());

		verify(this.receiver, only()).created("sid_" + "t".repeat(26), "default");
	}

	@Test
	void aSessionsClientBeanMadeFromTheRecordingClientsRecordsOnce() {
		SessionsClients clients = recording(accounts("eu"));
		SessionsClient bean = (SessionsClient) this.recorder.postProcessAfterInitialization(clients.defaultClient(),
				"sessionsClient");

		bean.requestSession(request());

		assertThat(bean).isSameAs(clients.defaultClient());
		verify(this.receiver, only()).created("sid_" + "e".repeat(26), "eu");
	}

	@Test
	void aSessionsClientBeanOfItsOwnRecordsUnderTheDefaultAccount() {
		given(this.receiver.defaultAccount()).willReturn("default");
		SessionsClient bean = (SessionsClient) this.recorder.postProcessAfterInitialization(this.topLevel,
				"sessionsClient");

		bean.requestSession(request());

		verify(this.receiver).created("sid_" + "t".repeat(26), "default");
	}

	private SessionsClients accounts(String defaultAccount) {
		Map<String, SessionsClient> clients = new LinkedHashMap<>();
		clients.put("default", this.topLevel);
		clients.put("eu", this.eu);
		return SessionsClients.of(clients, defaultAccount);
	}

	private SessionsClients recording(SessionsClients clients) {
		return (SessionsClients) this.recorder.postProcessAfterInitialization(clients, "checkoutSessionsClients");
	}

	private static SessionsClient client(String createdId) {
		SessionsClient client = mock(SessionsClient.class);
		SessionResponse response = SessionResponse.of(201,
				JSON.readValue("{\"id\":\"" + createdId + "\"}", GetSessionResponse.class), null);
		given(client.requestSession(org.mockito.ArgumentMatchers.any())).willReturn(response);
		return client;
	}

	private static SessionRequest request() {
		return Deliveries.authenticatedAtOnce(Deliveries.FRICTIONLESS, null);
	}

	private static ObjectProvider<SessionCallbackReceiver> provider(SessionCallbackReceiver receiver) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sessionCallbackReceiver", receiver);
		return beans.getBeanProvider(SessionCallbackReceiver.class);
	}

}
