package dev.checkoutsessions.benchmarks;

import java.net.http.HttpClient;
import java.time.Clock;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;

import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientBuilder;
import dev.checkoutsessions.client.model.AuthenticationType;
import dev.checkoutsessions.client.model.Category;
import dev.checkoutsessions.client.model.ChallengeIndicator;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionAddress;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.TransactionType;
import dev.checkoutsessions.client.model.GetSessionResponse;

/** Our {@link SessionsClient}, built as a merchant would, on a chosen transport. */
final class OursContender implements Contender {

	/**
	 * The transports Spring Boot can detect; {@code DEFAULT} lets the builder choose
	 * (HttpClient 5 when present).
	 */
	enum Transport {

		DEFAULT, JDK, JETTY, REACTOR

	}

	/** The request of {@link Fixtures#REQUEST}, built with our model. */
	static final SessionRequest REQUEST = SessionRequest.builder()
		.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
		.amount(100L)
		.currency("USD")
		.authenticationType(AuthenticationType.REGULAR)
		.authenticationCategory(Category.PAYMENT)
		.challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
		.reference("ORD-5023-4E89")
		.transactionType(TransactionType.GOODS_SERVICE)
		.processingChannelId("pc_zs5fqhybzc2e3jmq3efvybybpq")
		.shippingAddress(SessionAddress.builder()
			.addressLine1("Checkout.com")
			.addressLine2("90 Tottenham Court Road")
			.city("London")
			.state("GB")
			.zip("W1T 4TJ")
			.country("GB")
			.build())
		.completion(NonHostedCompletionInfo.builder().callbackUrl("https://example.com/sessions/callback").build())
		.build();

	private final SessionsClient client;

	private final AutoCloseable transportResources;

	OursContender(String baseUrl, Transport transport, ObservationRegistry observations, Clock clock) throws Exception {
		SessionsClientBuilder builder = SessionsClient.builder()
			.baseUrl(baseUrl)
			.tokenUrl(baseUrl + "/connect/token")
			.clientCredentials("ack_benchmark", "benchmark-secret")
			.observationRegistry(observations)
			.clock(clock);
		AutoCloseable resources = () -> {
		};
		ClientHttpRequestFactory factory = null;
		switch (transport) {
			case DEFAULT -> {
			}
			case JDK -> {
				// What the builder itself builds when HttpClient 5 is absent.
				JdkClientHttpRequestFactory jdk = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
					.connectTimeout(ClientSettings.defaults().connectTimeout())
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
				jdk.setReadTimeout(ClientSettings.defaults().readTimeout());
				factory = jdk;
			}
			case JETTY -> {
				JettyClientHttpRequestFactory jetty = new JettyClientHttpRequestFactory();
				jetty.setConnectTimeout(ClientSettings.defaults().connectTimeout());
				jetty.setReadTimeout(ClientSettings.defaults().readTimeout());
				jetty.afterPropertiesSet();
				resources = jetty::destroy;
				factory = jetty;
			}
			case REACTOR -> {
				ReactorClientHttpRequestFactory reactor = new ReactorClientHttpRequestFactory();
				reactor.setConnectTimeout(ClientSettings.defaults().connectTimeout());
				reactor.setReadTimeout(ClientSettings.defaults().readTimeout());
				factory = reactor;
			}
		}
		if (factory != null) {
			builder.requestFactory(factory);
		}
		this.client = builder.build();
		this.transportResources = resources;
	}

	/** Observation off: what a plain application gets. */
	static ObservationRegistry noObservations() {
		return ObservationRegistry.NOOP;
	}

	/**
	 * Observation on: timers for every observation, as Boot's actuator would record them.
	 */
	static ObservationRegistry meteredObservations() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		return registry;
	}

	@Override
	public Object requestSession() {
		return this.client.requestSession(REQUEST);
	}

	@Override
	public Object getSessionDetails() {
		return this.client.getSessionDetails(Fixtures.SESSION_ID);
	}

	@Override
	public String sessionId(Object answer) {
		if (answer instanceof SessionResponse created) {
			return created.getSession().getId();
		}
		return ((GetSessionResponse) answer).getId();
	}

	@Override
	public void close() throws Exception {
		((AutoCloseable) this.client).close();
		this.transportResources.close();
	}

}
