package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.checkout.CheckoutApiException;
import com.checkout.CheckoutSdk;
import com.checkout.CustomEnvironment;
import com.checkout.EmptyResponse;
import com.checkout.GsonSerializer;
import com.checkout.OAuthScope;
import com.checkout.common.ChallengeIndicator;
import com.checkout.common.CountryCode;
import com.checkout.common.Currency;
import com.checkout.common.Phone;
import com.checkout.sessions.AuthenticationType;
import com.checkout.sessions.Category;
import com.checkout.sessions.CreateSessionAcceptedResponse;
import com.checkout.sessions.CreateSessionOkResponse;
import com.checkout.sessions.GetSessionResponse;
import com.checkout.sessions.GetSessionResponseAfterChannelDataSupplied;
import com.checkout.sessions.NextAction;
import com.checkout.sessions.ResponseCode;
import com.checkout.sessions.SessionAddress;
import com.checkout.sessions.SessionMarketplaceData;
import com.checkout.sessions.SessionRequest;
import com.checkout.sessions.SessionResponse;
import com.checkout.sessions.SessionStatus;
import com.checkout.sessions.SessionsBillingDescriptor;
import com.checkout.sessions.SessionsClient;
import com.checkout.sessions.ThreeDsMethodCompletionRequest;
import com.checkout.sessions.TransactionType;
import com.checkout.sessions.UIElements;
import com.checkout.sessions.channel.AppSession;
import com.checkout.sessions.channel.BrowserSession;
import com.checkout.sessions.channel.ChannelData;
import com.checkout.sessions.channel.SdkEphemeralPublicKey;
import com.checkout.sessions.channel.SdkInterfaceType;
import com.checkout.sessions.channel.ThreeDsMethodCompletion;
import com.checkout.sessions.completion.HostedCompletionInfo;
import com.checkout.sessions.completion.NonHostedCompletionInfo;
import com.checkout.sessions.source.SessionCardSource;

import dev.checkoutsessions.emulator.test.SessionsEmulatorExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official Java SDK ({@code com.checkout:checkout-sdk-java}, the benchmarks'
 * version), unchanged, against the emulator: the flows and assertions of its own sandbox
 * integration tests ({@code RequestAndGetSessionsTestIT}, {@code UpdateSessionsTestIT},
 * {@code CompleteSessionsTestIT}) plus error paths, and every response read through the
 * SDK's model compared field by field with the raw body, so a field the emulator sends
 * that the SDK cannot read (a wrong enum value, a wrong shape) fails here.
 */
@SuppressWarnings("unchecked")
class OfficialJavaSdkTests {

	static final String CHALLENGE = "4242424242424242";

	static final String FRICTIONLESS = "4485040371536584";

	/**
	 * Body fields the SDK 6.0.30 models have no property for, so their view cannot show
	 * them (checked with {@code javap} against the 6.0.30 jar; the API documents every
	 * one): no model has the {@code 3ds} object, the 202 model lacks {@code completed}
	 * and {@code transaction_type}, the issuer-fingerprint model lacks
	 * {@code challenge_indicator} and {@code authentication_date}.
	 */
	static final Map<Class<?>, Set<String>> NOT_IN_SDK_6_0_30_MODEL = Map.of(CreateSessionAcceptedResponse.class,
			Set.of("/3ds", "/completed", "/transaction_type"), GetSessionResponseAfterChannelDataSupplied.class,
			Set.of("/3ds", "/challenge_indicator", "/authentication_date"));

	static final Set<String> NOT_IN_ANY_SDK_6_0_30_MODEL = Set.of("/3ds");

	@RegisterExtension
	static final SessionsEmulatorExtension checkout = new SessionsEmulatorExtension(RawApi.emulatorBuilder());

	static SessionsEmulator emulator;

	static RawApi api;

	static SessionsClient sdk;

	@BeforeAll
	static void connect(SessionsEmulator started) {
		emulator = started;
		api = new RawApi(started);
		sdk = sdkFor(started.clientId(), started.clientSecret());
	}

	static SessionsClient sdkFor(String clientId, String clientSecret) {
		URI base = URI.create(emulator.baseUrl() + "/");
		URI token = URI.create(emulator.tokenUrl());
		// 6.0.30 insists on every URI of a custom environment, although Sessions only
		// uses checkoutApi.
		CustomEnvironment environment = CustomEnvironment.builder()
			.checkoutApi(base)
			.filesApi(base)
			.transfersApi(base)
			.balancesApi(base)
			.oAuthAuthorizationApi(token)
			.sandbox(true)
			.build();
		return CheckoutSdk.builder()
			.oAuth()
			.clientCredentials(token, clientId, clientSecret)
			.scopes(OAuthScope.SESSIONS_APP, OAuthScope.SESSIONS_BROWSER)
			.environment(environment)
			.build()
			.sessionsClient();
	}

	static Iterable<Arguments> browserSessionTypes() {
		return List.of(Arguments.of(Category.PAYMENT, ChallengeIndicator.NO_PREFERENCE, TransactionType.GOODS_SERVICE),
				Arguments.of(Category.NON_PAYMENT, ChallengeIndicator.CHALLENGE_REQUESTED,
						TransactionType.CHECK_ACCEPTANCE),
				Arguments.of(Category.NON_PAYMENT, ChallengeIndicator.CHALLENGE_REQUESTED_MANDATE,
						TransactionType.ACCOUNT_FUNDING));
	}

	/**
	 * RequestAndGetSessionsTestIT.shouldRequestAndGetCardSession_browserSession, then the
	 * challenge and complete.
	 */
	@ParameterizedTest
	@MethodSource("browserSessionTypes")
	void nonHostedBrowserSessionOnTheChallengeCard(Category category, ChallengeIndicator indicator,
			TransactionType transactionType) {
		SessionResponse response = join(
				sdk.requestSession(nonHostedRequest(browserSession(), category, indicator, transactionType)));

		assertThat(response.getAccepted()).isNull();
		CreateSessionOkResponse created = response.getCreated();
		assertThat(created.getHttpStatusCode()).isEqualTo(201);
		assertThat(created.getId()).isNotNull();
		assertThat(created.getSessionSecret()).isNotNull();
		assertThat(created.getTransactionId()).isNotNull();
		assertThat(created.getAmount()).isEqualTo(6540L);
		assertThat(created.getCertificates()).isNotNull();
		assertThat(created.getDs()).isNotNull();
		assertThat(created.getAcs()).isNotNull();
		assertThat(created.getCard()).isNotNull();
		assertThat(created.getAuthenticationType()).isEqualTo(AuthenticationType.REGULAR);
		assertThat(created.getAuthenticationCategory()).isEqualTo(category);
		assertThat(created.getStatus()).isEqualTo(SessionStatus.CHALLENGED);
		assertThat(created.getNextActions()).containsExactly(NextAction.CHALLENGE_CARDHOLDER);
		assertThat(created.getTransactionType()).isEqualTo(transactionType);
		assertThat(created.getResponseCode()).isEqualTo(ResponseCode.C);
		assertThat(created.getSelfLink()).isNotNull();
		assertThat(created.getLink("callback_url")).isNotNull();
		assertThat(created.getCompleted()).isFalse();
		assertSdkSeesTheWholeBody(created);

		String id = created.getId();
		GetSessionResponse byOauth = join(sdk.getSessionDetails(id));
		assertThat(byOauth.getSessionSecret()).isNotNull();
		assertThat(byOauth.getCertificates()).isNotNull();
		assertThat(byOauth.getDs()).isNotNull();
		assertThat(byOauth.getAcs()).isNotNull();
		assertThat(byOauth.getStatus()).isEqualTo(SessionStatus.CHALLENGED);
		assertThat(byOauth.getNextActions()).containsExactly(NextAction.CHALLENGE_CARDHOLDER);
		assertThat(byOauth.getResponseCode()).isEqualTo(ResponseCode.C);
		assertThat(byOauth.getTransactionType()).isEqualTo(transactionType);
		assertThat(byOauth.getCompleted()).isFalse();
		// .NET RequestAndGetSessionsIntegrationTest: authentication_date is set.
		assertThat(byOauth.getAuthenticationDate()).isNotNull();
		assertSdkSeesTheWholeBody(byOauth);

		GetSessionResponse bySecret = join(sdk.getSessionDetails(created.getSessionSecret(), id));
		assertThat(bySecret.getCertificates()).isNull();
		assertThat(bySecret.getSessionSecret()).isNull();
		assertThat(bySecret.getId()).isEqualTo(id);
		assertThat(bySecret.getTransactionId()).isNotNull();
		assertThat(bySecret.getAmount()).isNotNull();
		assertThat(bySecret.getDs()).isNotNull();
		assertThat(bySecret.getAcs()).isNotNull();
		assertThat(bySecret.getCard()).isNotNull();
		assertThat(bySecret.getStatus()).isEqualTo(SessionStatus.CHALLENGED);
		assertThat(bySecret.getNextActions()).containsExactly(NextAction.CHALLENGE_CARDHOLDER);
		assertThat(bySecret.getResponseCode()).isEqualTo(ResponseCode.C);
		assertThat(bySecret.getSelfLink()).isNotNull();
		assertThat(bySecret.getLink("callback_url")).isNotNull();
		assertSdkSeesTheWholeBody(bySecret);

		assertThat(api.submitChallenge(id, SessionsEmulator.CHALLENGE_PASSWORD, "submit").status()).isLessThan(400);
		GetSessionResponse challenged = join(sdk.getSessionDetails(id));
		assertThat(challenged.getStatus()).isEqualTo(SessionStatus.APPROVED);
		assertThat(challenged.getResponseCode()).isEqualTo(ResponseCode.Y);
		assertThat(challenged.getNextActions()).containsExactly(NextAction.COMPLETE);
		assertThat(challenged.getCryptogram()).isNotNull();
		assertThat(challenged.getEci()).isNotNull();
		assertThat(challenged.getChallenged()).isTrue();
		assertSdkSeesTheWholeBody(challenged);

		EmptyResponse completed = join(sdk.completeSession(id));
		assertThat(completed.getHttpStatusCode()).isEqualTo(204);
		GetSessionResponse after = join(sdk.getSessionDetails(created.getSessionSecret(), id));
		assertThat(after.getCompleted()).isTrue();
		assertThat(after.getNextActions()).isEmpty();
		assertThat(after.getCryptogram()).isNull();
		assertSdkSeesTheWholeBody(after);
	}

	/**
	 * RequestAndGetSessionsTestIT.shouldRequestAndGetCardSession_appSession: the sandbox
	 * answers app data on this card unavailable; the emulator challenges it on purpose
	 * (see the emulator README), so only the shape is compared here: certificates, the DS
	 * id and the ACS's signed content, all readable by the SDK.
	 */
	@Test
	void nonHostedAppSessionOnTheChallengeCard() {
		CreateSessionOkResponse created = join(sdk.requestSession(nonHostedRequest(appSession(), Category.PAYMENT,
				ChallengeIndicator.NO_PREFERENCE, TransactionType.GOODS_SERVICE)))
			.getCreated();

		assertThat(created.getCertificates()).isNotNull();
		assertThat(created.getCertificates().getDsPublic()).isNotBlank();
		assertThat(created.getDs().getDsId()).isEqualTo("A000000003");
		assertThat(created.getAcs().getSignedContent()).isNotBlank();
		assertThat(created.getNextActions()).containsExactly(NextAction.CHALLENGE_CARDHOLDER);
		assertSdkSeesTheWholeBody(created);
		GetSessionResponse byOauth = join(sdk.getSessionDetails(created.getId()));
		assertThat(byOauth.getCertificates()).isNotNull();
		assertSdkSeesTheWholeBody(byOauth);
	}

	/** CompleteSessionsTestIT and UpdateSessionsTestIT: the hosted session as created. */
	@Test
	void hostedSessionIsAcceptedPendingAwaitingTheRedirect() {
		CreateSessionAcceptedResponse created = createHosted();

		assertThat(created.getHttpStatusCode()).isEqualTo(202);
		assertThat(created.getId()).isNotNull();
		assertThat(created.getSessionSecret()).isNotNull();
		assertThat(created.getTransactionId()).isNotNull();
		assertThat(created.getAmount()).isEqualTo(100L);
		assertThat(created.getCard()).isNotNull();
		assertThat(created.getAuthenticationType()).isEqualTo(AuthenticationType.REGULAR);
		assertThat(created.getAuthenticationCategory()).isEqualTo(Category.PAYMENT);
		assertThat(created.getStatus()).isEqualTo(SessionStatus.PENDING);
		assertThat(created.getNextActions()).containsExactly(NextAction.REDIRECT_CARDHOLDER);
		assertThat(created.getSelfLink()).isNotNull();
		assertThat(created.getLink("success_url")).isNotNull();
		assertThat(created.getLink("failure_url")).isNotNull();
		assertThat(created.getLink("redirect_url")).isNotNull();
		assertSdkSeesTheWholeBody(created);
	}

	/**
	 * UpdateSessionsTestIT.shouldUpdateCardSession_browserSession (OAuth and session
	 * secret).
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void hostedSessionWithBrowserDataIsApproved(boolean usingSessionSecret) {
		CreateSessionAcceptedResponse created = createHosted();

		GetSessionResponse updated = join(
				usingSessionSecret ? sdk.updateSession(created.getSessionSecret(), created.getId(), browserSession())
						: sdk.updateSession(created.getId(), browserSession()));

		assertThat(updated.getSessionSecret() == null).isEqualTo(usingSessionSecret);
		assertThat(updated.getTransactionId()).isNotNull();
		assertThat(updated.getAmount()).isNotNull();
		assertThat(updated.getCard()).isNotNull();
		assertThat(updated.getAuthenticationType()).isEqualTo(AuthenticationType.REGULAR);
		assertThat(updated.getAuthenticationCategory()).isEqualTo(Category.PAYMENT);
		assertThat(updated.getStatus()).isEqualTo(SessionStatus.APPROVED);
		assertThat(updated.getNextActions()).isEmpty();
		assertThat(updated.getSelfLink()).isNotNull();
		assertThat(updated.getLink("success_url")).isNotNull();
		assertThat(updated.getLink("failure_url")).isNotNull();
		assertThat(updated.getLink("redirect_url")).isNull();
		assertSdkSeesTheWholeBody(updated);
	}

	/**
	 * UpdateSessionsTestIT.shouldUpdateCardSession_appSession: app data on a hosted
	 * session is unavailable.
	 */
	@Test
	void hostedSessionWithAppDataIsUnavailable() {
		CreateSessionAcceptedResponse created = createHosted();

		GetSessionResponse updated = join(sdk.updateSession(created.getId(), appSession()));

		assertThat(updated.getStatus()).isEqualTo(SessionStatus.UNAVAILABLE);
		assertThat(updated.getTransactionId()).isNotNull();
		assertThat(updated.getAmount()).isNotNull();
		assertThat(updated.getCard()).isNotNull();
		assertThat(updated.getSelfLink()).isNotNull();
		assertThat(updated.getLink("success_url")).isNotNull();
		assertThat(updated.getLink("failure_url")).isNotNull();
		assertSdkSeesTheWholeBody(updated);
	}

	/**
	 * UpdateSessionsTestIT.shouldUpdate3dsMethodCompletionIndicator (OAuth and session
	 * secret).
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void issuerFingerprintOnAHostedSessionStaysPending(boolean usingSessionSecret) {
		CreateSessionAcceptedResponse created = createHosted();
		ThreeDsMethodCompletionRequest request = ThreeDsMethodCompletionRequest.builder()
			.threeDsMethodCompletion(ThreeDsMethodCompletion.Y)
			.build();

		GetSessionResponseAfterChannelDataSupplied updated = join(usingSessionSecret
				? sdk.update3dsMethodCompletionIndicator(created.getSessionSecret(), created.getId(), request)
				: sdk.update3dsMethodCompletionIndicator(created.getId(), request));

		assertThat(updated.getHttpStatusCode()).isEqualTo(200);
		assertThat(updated.getId()).isEqualTo(created.getId());
		assertThat(updated.getTransactionId()).isNotNull();
		assertThat(updated.getAmount()).isNotNull();
		assertThat(updated.getCard()).isNotNull();
		assertThat(updated.getAuthenticationType()).isEqualTo(AuthenticationType.REGULAR);
		assertThat(updated.getAuthenticationCategory()).isEqualTo(Category.PAYMENT);
		assertThat(updated.getStatus()).isEqualTo(SessionStatus.PENDING);
		assertSdkSeesTheWholeBody(updated);
	}

	/**
	 * CompleteSessionsTestIT: complete on a hosted session is 403 operation_not_allowed,
	 * by OAuth and by secret.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void completeOnAHostedSessionIsNotAllowed(boolean usingSessionSecret) {
		CreateSessionAcceptedResponse created = createHosted();

		CheckoutApiException failure = apiFailure(
				() -> usingSessionSecret ? sdk.completeSession(created.getSessionSecret(), created.getId())
						: sdk.completeSession(created.getId()));

		assertThat(failure.getHttpStatusCode()).isEqualTo(403);
		assertThat(failure.getErrorDetails()).containsEntry("error_type", "operation_not_allowed");
		// Go SDK TestCompleteSession: the first error code.
		assertThat((List<Object>) failure.getErrorDetails().get("error_codes")).first()
			.isEqualTo("update_not_allowed_due_to_state");
		assertThat(failure.getRequestId()).isNotBlank();
	}

	/**
	 * The non-hosted flow a browser integration runs with the session secret:
	 * fingerprint, data, complete.
	 */
	@Test
	void nonHostedFrictionlessFlowWithTheSessionSecret() {
		CreateSessionAcceptedResponse created = join(sdk.requestSession(nonHostedRequest(null, Category.PAYMENT,
				ChallengeIndicator.NO_PREFERENCE, TransactionType.GOODS_SERVICE, FRICTIONLESS)))
			.getAccepted();
		assertThat(created.getNextActions()).containsExactly(NextAction.COLLECT_CHANNEL_DATA,
				NextAction.ISSUER_FINGERPRINT);
		assertSdkSeesTheWholeBody(created);
		String secret = created.getSessionSecret();

		GetSessionResponseAfterChannelDataSupplied fingerprinted = join(sdk.update3dsMethodCompletionIndicator(secret,
				created.getId(),
				ThreeDsMethodCompletionRequest.builder().threeDsMethodCompletion(ThreeDsMethodCompletion.Y).build()));
		assertThat(fingerprinted.getNextActions()).containsExactly(NextAction.COLLECT_CHANNEL_DATA);
		assertSdkSeesTheWholeBody(fingerprinted);
		GetSessionResponse collected = join(sdk.updateSession(secret, created.getId(), browserSession()));
		assertThat(collected.getStatus()).isEqualTo(SessionStatus.APPROVED);
		assertThat(collected.getNextActions()).containsExactly(NextAction.COMPLETE);
		assertThat(collected.getCryptogram()).isNull();
		assertSdkSeesTheWholeBody(collected);

		assertThat(join(sdk.completeSession(secret, created.getId())).getHttpStatusCode()).isEqualTo(204);
		GetSessionResponse completed = join(sdk.getSessionDetails(created.getId()));
		assertThat(completed.getCompleted()).isTrue();
		assertThat(completed.getCryptogram()).isNotNull();
		assertThat(completed.getEci()).isEqualTo("05");
		assertSdkSeesTheWholeBody(completed);
	}

	/**
	 * Go SDK TestGetSessionDetailsBrowser, TestUpdateSession,
	 * TestUpdate3dsMethodCompletion: unknown ids are 404.
	 */
	@Test
	void unknownSessionIs404() {
		String unknown = "sid_av6o4xl4h7yejkliycvn67euay";

		assertThat(apiFailure(() -> sdk.getSessionDetails(unknown)).getHttpStatusCode()).isEqualTo(404);
		assertThat(apiFailure(() -> sdk.updateSession(unknown, browserSession())).getHttpStatusCode()).isEqualTo(404);
		assertThat(apiFailure(() -> sdk.update3dsMethodCompletionIndicator(unknown,
				ThreeDsMethodCompletionRequest.builder().threeDsMethodCompletion(ThreeDsMethodCompletion.Y).build()))
			.getHttpStatusCode()).isEqualTo(404);
	}

	@Test
	void wrongSessionSecretIs401WithoutDetails() {
		CreateSessionAcceptedResponse created = createHosted();

		CheckoutApiException failure = apiFailure(
				() -> sdk.getSessionDetails("sek_" + UUID.randomUUID(), created.getId()));

		assertThat(failure.getHttpStatusCode()).isEqualTo(401);
		assertThat(failure.getErrorDetails()).isNull();
	}

	@Test
	void invalidRequestIs422WithTheErrorCodes() {
		SessionRequest request = SessionRequest.builder()
			.source(SessionCardSource.builder().number(FRICTIONLESS).expiryMonth(1).expiryYear(2030).build())
			.amount(100L)
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://merchant.com/callback").build())
			.build();

		CheckoutApiException failure = apiFailure(() -> sdk.requestSession(request));

		assertThat(failure.getHttpStatusCode()).isEqualTo(422);
		assertThat(failure.getErrorDetails()).containsKeys("request_id", "error_type", "error_codes");
		assertThat((List<Object>) failure.getErrorDetails().get("error_codes")).contains("currency_required");
	}

	@Test
	void actionInTheWrongStateIs403UpdateNotAllowedDueToState() {
		CreateSessionOkResponse created = join(sdk.requestSession(nonHostedRequest(browserSession(), Category.PAYMENT,
				ChallengeIndicator.NO_PREFERENCE, TransactionType.GOODS_SERVICE)))
			.getCreated();

		CheckoutApiException failure = apiFailure(() -> sdk.completeSession(created.getId()));

		assertThat(failure.getHttpStatusCode()).isEqualTo(403);
		assertThat((List<Object>) failure.getErrorDetails().get("error_codes"))
			.containsExactly("update_not_allowed_due_to_state");
	}

	@Test
	void wrongClientSecretFailsTheTokenRequest() {
		// 6.0.30 fetches its first token while the SDK is built.
		Throwable failure = catchThrowable(() -> sdkFor(emulator.clientId(), "not-the-secret"));

		assertThat(failure).isInstanceOf(com.checkout.CheckoutException.class).hasMessageContaining("invalid_client");
	}

	// The SDK's view against the raw body

	/**
	 * Re-serialises the SDK's model with the SDK's own serializer and compares it with
	 * the body it was read from: every field of the body must come out with the same
	 * value, or the SDK lost or misread it.
	 */
	static void assertSdkSeesTheWholeBody(com.checkout.HttpMetadata response) {
		assertThat(response.getBody()).as("raw body kept by the SDK").isNotBlank();
		JsonNode raw = RawApi.MAPPER.readTree(response.getBody());
		ObjectNode sdkView = (ObjectNode) RawApi.MAPPER.readTree(new GsonSerializer().toJson(response));
		sdkView.remove(List.of("http_status_code", "body", "response_headers"));
		List<String> differences = new ArrayList<>();
		compare("", raw, sdkView,
				NOT_IN_SDK_6_0_30_MODEL.getOrDefault(response.getClass(), NOT_IN_ANY_SDK_6_0_30_MODEL), differences);
		assertThat(differences).as("fields the SDK's model does not read as sent:\n" + response.getBody()).isEmpty();
	}

	private static void compare(String path, JsonNode raw, JsonNode sdk, Set<String> unread, List<String> differences) {
		if (unread.contains(path)) {
			return;
		}
		if (sdk == null || sdk.isNull()) {
			differences.add(path + " missing from the SDK's view (raw " + raw + ")");
			return;
		}
		if (raw.isObject()) {
			for (Map.Entry<String, JsonNode> field : raw.properties()) {
				compare(path + "/" + field.getKey(), field.getValue(), sdk.get(field.getKey()), unread, differences);
			}
			return;
		}
		if (raw.isArray()) {
			if (!sdk.isArray() || sdk.size() != raw.size()) {
				differences.add(path + " raw " + raw + " but SDK " + sdk);
				return;
			}
			Iterator<JsonNode> sdkElements = sdk.iterator();
			int index = 0;
			for (JsonNode element : raw) {
				compare(path + "/" + index++, element, sdkElements.next(), unread, differences);
			}
			return;
		}
		if (!sameValue(raw, sdk)) {
			differences.add(path + " raw " + raw + " but SDK " + sdk);
		}
	}

	private static boolean sameValue(JsonNode raw, JsonNode sdk) {
		if (raw.isNumber() && sdk.isNumber()) {
			return new BigDecimal(raw.asString()).compareTo(new BigDecimal(sdk.asString())) == 0;
		}
		if (raw.isString() && sdk.isString() && !raw.stringValue().equals(sdk.stringValue())) {
			// The SDK reads fractions but writes instants in whole seconds, so its view
			// is compared to the second.
			Instant rawInstant = instantOrNull(raw.stringValue());
			return rawInstant != null
					&& rawInstant.truncatedTo(ChronoUnit.SECONDS).equals(instantOrNull(sdk.stringValue()));
		}
		return raw.equals(sdk);
	}

	private static Instant instantOrNull(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	// Requests as the SDK's integration tests build them (AbstractSessionsTestIT)

	static SessionRequest nonHostedRequest(ChannelData channelData, Category category, ChallengeIndicator indicator,
			TransactionType transactionType) {
		return nonHostedRequest(channelData, category, indicator, transactionType, CHALLENGE);
	}

	static SessionRequest nonHostedRequest(ChannelData channelData, Category category, ChallengeIndicator indicator,
			TransactionType transactionType, String card) {
		Phone phone = Phone.builder().number("0204567895").countryCode("234").build();
		return SessionRequest.builder()
			.source(SessionCardSource.builder()
				.email("john.doe+" + UUID.randomUUID() + "@example.com")
				.expiryMonth(6)
				.expiryYear(2030)
				.number(card)
				.name("John Doe")
				.billingAddress(SessionAddress.builderSessionAddress()
					.addressLine1("Address Line 1")
					.addressLine2("Address Line 2")
					.addressLine3("Address Line 3")
					.city("City")
					.country(CountryCode.GB)
					.build())
				.homePhone(phone)
				.workPhone(phone)
				.mobilePhone(phone)
				.build())
			.amount(6540L)
			.currency(Currency.USD)
			.processingChannelId(RawApi.PROCESSING_CHANNEL)
			.marketplace(SessionMarketplaceData.builder().subEntityId("ent_ocw5i74vowfg2edpy66izhts2u").build())
			.authenticationType(AuthenticationType.REGULAR)
			.authenticationCategory(category)
			.challengeIndicator(indicator)
			.billingDescriptor(SessionsBillingDescriptor.builder().name("SUPERHEROES.COM").build())
			.reference("ORD-5023-4E89")
			.transactionType(transactionType)
			.shippingAddress(shippingAddress())
			.completion(NonHostedCompletionInfo.builder().callbackUrl("https://merchant.com/callback").build())
			.channelData(channelData)
			.build();
	}

	static CreateSessionAcceptedResponse createHosted() {
		SessionResponse response = join(sdk.requestSession(SessionRequest.builder()
			.source(SessionCardSource.builder().expiryMonth(1).expiryYear(2030).number(FRICTIONLESS).build())
			.amount(100L)
			.currency(Currency.USD)
			.processingChannelId(RawApi.PROCESSING_CHANNEL)
			.authenticationType(AuthenticationType.REGULAR)
			.authenticationCategory(Category.PAYMENT)
			.challengeIndicator(ChallengeIndicator.NO_PREFERENCE)
			.reference("ORD-5023-4E89")
			.transactionType(TransactionType.GOODS_SERVICE)
			.shippingAddress(shippingAddress())
			.completion(HostedCompletionInfo.builder()
				.successUrl("http://example.com/sessions/success")
				.failureUrl("http://example.com/sessions/fail")
				.build())
			.build()));
		assertThat(response.getCreated()).isNull();
		return response.getAccepted();
	}

	static SessionAddress shippingAddress() {
		return SessionAddress.builderSessionAddress()
			.addressLine1("Checkout.com")
			.addressLine2("ABC building")
			.addressLine3("14 Wells Mews")
			.city("London")
			.country(CountryCode.GB)
			.state("ENG")
			.zip("W1T 4TJ")
			.build();
	}

	static BrowserSession browserSession() {
		return BrowserSession.builder()
			.acceptHeader("Accept:  *.*, q=0.1")
			.javaEnabled(true)
			.javascriptEnabled(true)
			.language("FR-fr")
			.colorDepth("16")
			.screenWidth("1920")
			.screenHeight("1080")
			.timezone("60")
			.userAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
					+ "Chrome/69.0.3497.100 Safari/537.36")
			.threeDsMethodCompletion(ThreeDsMethodCompletion.Y)
			.ipAddress("1.12.123.255")
			.build();
	}

	static AppSession appSession() {
		return AppSession.builder()
			.sdkAppId("dbd64fcb-c19a-4728-8849-e3d50bfdde39")
			.sdkMaxTimeout(5L)
			.sdkEncryptedData("{}")
			.sdkEphemeralPublicKey(SdkEphemeralPublicKey.builder()
				.kty("EC")
				.crv("P-256")
				.x("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")
				.y("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")
				.build())
			.sdkReferenceNumber("3DS_LOA_SDK_PPFU_020100_00007")
			.sdkTransactionId("b2385523-a66c-4907-ac3c-91848e8c0067")
			.sdkInterfaceType(SdkInterfaceType.BOTH)
			.sdkUIElements(List.of(UIElements.SINGLE_SELECT, UIElements.HTML_OTHER))
			.build();
	}

	static <T> T join(CompletableFuture<T> future) {
		return future.join();
	}

	static CheckoutApiException apiFailure(Supplier<CompletableFuture<?>> call) {
		Throwable failure = catchThrowable(() -> call.get().join());
		assertThat(failure).isInstanceOf(CompletionException.class).cause().isInstanceOf(CheckoutApiException.class);
		return (CheckoutApiException) failure.getCause();
	}

}
