package dev.checkoutsessions.benchmarks;

import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.checkout.CheckoutApi;
import com.checkout.CheckoutSdk;
import com.checkout.CustomEnvironment;
import com.checkout.OAuthScope;
import com.checkout.common.ChallengeIndicator;
import com.checkout.common.CountryCode;
import com.checkout.common.Currency;
import com.checkout.sessions.AuthenticationType;
import com.checkout.sessions.Category;
import com.checkout.sessions.GetSessionResponse;
import com.checkout.sessions.SessionAddress;
import com.checkout.sessions.SessionRequest;
import com.checkout.sessions.SessionResponse;
import com.checkout.sessions.SessionsClient;
import com.checkout.sessions.TransactionType;
import com.checkout.sessions.completion.NonHostedCompletionInfo;
import com.checkout.sessions.source.SessionCardSource;
import org.apache.http.impl.client.HttpClientBuilder;

/**
 * The official SDK 6.0.30, async-only: every call is {@code future.get()} on the caller
 * thread while an executor thread does the blocking exchange, as its users write it.
 */
final class SdkContender implements Contender {

	/** The request of {@link Fixtures#REQUEST}, built with the SDK's model. */
	static final SessionRequest REQUEST = SessionRequest.builder()
		.source(SessionCardSource.builder().number("4485040371536584").expiryMonth(1).expiryYear(2030).build())
		.amount(100L)
		.currency(Currency.USD)
		.authenticationType(AuthenticationType.REGULAR)
		.authenticationCategory(Category.PAYMENT)
		.challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
		.reference("ORD-5023-4E89")
		.transactionType(TransactionType.GOODS_SERVICE)
		.processingChannelId("pc_zs5fqhybzc2e3jmq3efvybybpq")
		.shippingAddress(SessionAddress.builderSessionAddress()
			.addressLine1("Checkout.com")
			.addressLine2("90 Tottenham Court Road")
			.city("London")
			.state("GB")
			.zip("W1T 4TJ")
			.country(CountryCode.GB)
			.build())
		.completion(NonHostedCompletionInfo.builder().callbackUrl("https://example.com/sessions/callback").build())
		.build();

	private final SessionsClient sessions;

	private final ExecutorService executor;

	/**
	 * @param tokenPath where the SDK gets tokens ({@code /connect/token/expires-in/0}
	 * makes it fetch one per call)
	 * @param tunedFor 0 for the SDK's defaults (2 connections per route, the common
	 * pool), else a connection pool and a thread pool of this size
	 */
	SdkContender(String baseUrl, String tokenPath, int tunedFor) {
		URI api = URI.create(baseUrl + "/");
		URI token = URI.create(baseUrl + tokenPath);
		// 6.0.30 insists on every URI of a custom environment, although Sessions only
		// uses checkoutApi.
		CustomEnvironment environment = CustomEnvironment.builder()
			.checkoutApi(api)
			.filesApi(api)
			.transfersApi(api)
			.balancesApi(api)
			.oAuthAuthorizationApi(token)
			.sandbox(true)
			.build();
		var builder = CheckoutSdk.builder()
			.oAuth()
			.clientCredentials(token, "ack_benchmark", "benchmark-secret")
			.scopes(OAuthScope.SESSIONS_APP, OAuthScope.SESSIONS_BROWSER)
			.environment(environment);
		if (tunedFor > 0) {
			this.executor = Executors.newFixedThreadPool(tunedFor);
			builder.httpClientBuilder(HttpClientBuilder.create().setMaxConnPerRoute(tunedFor).setMaxConnTotal(tunedFor))
				.executor(this.executor);
		}
		else {
			this.executor = null;
		}
		CheckoutApi checkoutApi = builder.build();
		this.sessions = checkoutApi.sessionsClient();
	}

	@Override
	public Object requestSession() throws Exception {
		return this.sessions.requestSession(REQUEST).get();
	}

	@Override
	public Object getSessionDetails() throws Exception {
		return this.sessions.getSessionDetails(Fixtures.SESSION_ID).get();
	}

	@Override
	public String sessionId(Object answer) {
		if (answer instanceof SessionResponse created) {
			return created.getCreated().getId();
		}
		return ((GetSessionResponse) answer).getId();
	}

	@Override
	public void close() {
		// The SDK 6.0.30 API has no close(); its pools die with the JVM. Only the tuned
		// executor is ours.
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

}
