package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.checkoutsessions.client.observation.DefaultSessionsObservationConvention;
import dev.checkoutsessions.client.observation.SessionsObservationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static dev.checkoutsessions.client.ApiStubs.SESSION_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * One {@code checkout.sessions.client} observation per logical call, token fetches
 * observed, retries counted, Spring's per-attempt {@code http.client.requests} nested
 * under the call with URI templates, and no session id in any tag.
 */
class ObservationTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final List<String> events = new CopyOnWriteArrayList<>();

	@BeforeEach
	void setUp() {
		ApiStubs.stubToken(api, ApiStubs.ACCESS_TOKEN, 3600);
		this.registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				ObservationTests.this.stopped.add(context);
			}

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				ObservationTests.this.events.add(event.getName());
			}
		});
	}

	private SessionsClient client(SessionsClientBuilder builder) {
		return builder.observationRegistry(this.registry).meterRegistry(this.meters).build();
	}

	@Test
	void aTokenAnswerWithoutAnAccessTokenIsTheSameOutcomeOnTheTokenAndTheCallObservation() throws Exception {
		api.stubFor(ApiStubs.tokenEndpoint().willReturn(ApiStubs.json(200, "{\"token_type\":\"Bearer\"}")));
		// A cold first request on a loaded machine can take longer than the stubs' 800
		// ms.
		try (SessionsClient client = client(
				ApiStubs.clientFor(api).retry(ClientSettings.Retry.disabled()).readTimeout(Duration.ofSeconds(5)))) {
			assertThatExceptionOfType(CheckoutAuthenticationException.class)
				.isThrownBy(() -> client.getSessionDetails(SESSION_ID));
		}

		// The server answered, but not with a token: its failure, on both meters.
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("checkout.oauth.token")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SERVER_ERROR");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("checkout.sessions.client")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SERVER_ERROR");
	}

	@Test
	void successfulCallIsOneObservationWithLowCardinalityTags() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		try (AutoCloseable client = (AutoCloseable) client(ApiStubs.clientFor(api))) {
			((SessionsClient) client).getSessionDetails(SESSION_ID);
		}

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("checkout.sessions.client", 1)
			.hasObservationWithNameEqualTo("checkout.sessions.client")
			.that()
			.hasLowCardinalityKeyValue("operation", "get_session_details")
			.hasLowCardinalityKeyValue("authentication", "oauth")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("error.type", "none")
			.hasHighCardinalityKeyValue("checkout.request_id", "req-200")
			.hasBeenStopped();
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("checkout.oauth.token")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SUCCESS");
		assertThat(this.meters.get("checkout.sessions.client").tag("outcome", "SUCCESS").timer().count()).isEqualTo(1);
	}

	@Test
	void perAttemptHttpObservationsNestUnderTheCallWithUriTemplates() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		try (AutoCloseable client = (AutoCloseable) client(ApiStubs.clientFor(api))) {
			((SessionsClient) client).withSessionSecret(SESSION_SECRET).getSessionDetails(SESSION_ID);
		}

		Observation.Context http = this.stopped.stream()
			.filter((context) -> "http.client.requests".equals(context.getName()))
			.findFirst()
			.orElseThrow();
		assertThat(http.getLowCardinalityKeyValue("uri").getValue()).isEqualTo("/sessions/{id}");
		assertThat(http.getParentObservation()).isNotNull();
		assertThat(http.getParentObservation().getContextView().getName()).isEqualTo("checkout.sessions.client");
	}

	@Test
	void retriesAreCountedAndRecordedAsEvents() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.json(503, "{\"error_type\":\"service_not_available\"}")));
		try (AutoCloseable client = (AutoCloseable) client(ApiStubs.clientFor(api))) {
			catchThrowable(() -> ((SessionsClient) client).getSessionDetails(SESSION_ID));
		}

		assertThat(this.meters.get("checkout.sessions.client.retries")
			.tag("operation", "get_session_details")
			.tag("reason", "http_503")
			.counter()
			.count()).isEqualTo(3);
		assertThat(this.events).containsExactly("retry", "retry", "retry");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("checkout.sessions.client")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
			.hasLowCardinalityKeyValue("status", "503")
			.hasLowCardinalityKeyValue("error.type", "CheckoutApiException")
			.hasHighCardinalityKeyValue("checkout.attempts", "4")
			.hasError();
	}

	@Test
	void transportFailuresAreTaggedAsSuch() throws Exception {
		api.stubFor(post("/sessions")
			.willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
		try (AutoCloseable client = (AutoCloseable) client(ApiStubs.clientFor(api))) {
			catchThrowable(() -> ((SessionsClient) client).requestSession(SessionsClientWireTests.minimalRequest()));
		}

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("checkout.sessions.client")
			.that()
			.hasLowCardinalityKeyValue("operation", "request_session")
			.hasLowCardinalityKeyValue("outcome", "TRANSPORT_ERROR")
			.hasLowCardinalityKeyValue("status", "NONE")
			.hasLowCardinalityKeyValue("error.type", "CheckoutTransportException");
		assertThat(this.events).isEmpty();
	}

	@Test
	void sessionIdsAndSecretsNeverAppearInTags() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(ApiStubs.json(404, "{\"error_type\":\"not_found\"}")));
		api.stubFor(post("/sessions").willReturn(ApiStubs.fixtureResponse(201, "post-sessions-201-approved.json")));
		try (AutoCloseable client = (AutoCloseable) client(ApiStubs.clientFor(api))) {
			SessionsClient sessions = (SessionsClient) client;
			sessions.requestSession(SessionsClientWireTests.minimalRequest());
			catchThrowable(() -> sessions.getSessionDetails(SESSION_ID));
			catchThrowable(() -> sessions.withSessionSecret(SESSION_SECRET).getSessionDetails(SESSION_ID));
		}

		assertThat(this.stopped).isNotEmpty();
		for (Observation.Context context : this.stopped) {
			List<KeyValue> checked = context.getName().startsWith("checkout.")
					? context.getAllKeyValues().stream().toList()
					: context.getLowCardinalityKeyValues().stream().toList();
			assertThat(checked).as(context.getName())
				.allSatisfy((keyValue) -> assertThat(keyValue.getValue()).doesNotContain("sid_")
					.doesNotContain("sek_")
					.doesNotContain(ApiStubs.ACCESS_TOKEN));
		}
		assertThat(this.meters.getMeters())
			.allSatisfy((meter) -> assertThat(meter.getId().getTags().toString()).doesNotContain("sid_")
				.doesNotContain("sek_"));
	}

	@Test
	void customConventionCanRenameAndAddTags() throws Exception {
		api.stubFor(get("/sessions/" + SESSION_ID)
			.willReturn(ApiStubs.fixtureResponse(200, "get-sessions-200-pending.json")));
		DefaultSessionsObservationConvention custom = new DefaultSessionsObservationConvention() {
			@Override
			public String getName() {
				return "payments.3ds";
			}

			@Override
			public io.micrometer.common.KeyValues getLowCardinalityKeyValues(SessionsObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("region", "eu");
			}
		};
		try (AutoCloseable client = (AutoCloseable) client(ApiStubs.clientFor(api).observationConvention(custom))) {
			((SessionsClient) client).getSessionDetails(SESSION_ID);
		}

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("payments.3ds")
			.that()
			.hasLowCardinalityKeyValue("region", "eu")
			.hasLowCardinalityKeyValue("operation", "get_session_details");
	}

}
