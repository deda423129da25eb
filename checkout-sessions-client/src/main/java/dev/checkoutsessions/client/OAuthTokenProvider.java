package dev.checkoutsessions.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import dev.checkoutsessions.client.observation.CallOutcome;
import dev.checkoutsessions.client.observation.DefaultOAuthTokenObservationConvention;
import dev.checkoutsessions.client.observation.OAuthTokenObservationContext;
import dev.checkoutsessions.client.observation.OAuthTokenObservationConvention;
import dev.checkoutsessions.client.observation.SessionsObservationDocumentation;

/**
 * OAuth client-credentials tokens: fetched lazily, cached, refreshed ahead of expiry by
 * one caller while the others keep using the still-valid token. No lock is held on the
 * hot path (a volatile read), and callers that must wait for a token share one in-flight
 * request instead of each fetching their own.
 */
final class OAuthTokenProvider {

	private static final Log logger = LogFactory.getLog(OAuthTokenProvider.class);

	// A token response is a few hundred bytes; anything this large is not one.
	private static final int MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;

	/**
	 * Longer than any real token lives (Checkout.com's live an hour): past it, a lifetime
	 * is nonsense.
	 */
	private static final long MAX_LIFETIME_SECONDS = Duration.ofDays(366).toSeconds();

	// Marks an answer whose body was refused (compared by identity).
	private static final byte[] TOO_LARGE = new byte[0];

	private final RestClient restClient;

	private final URI tokenUrl;

	private final byte[] requestBody;

	private final JsonCodec json;

	private final Clock clock;

	private final ObservationRegistry observationRegistry;

	private final BoundedBodyReader bodyReader;

	private final DeadlineAlarm deadlineAlarm;

	private final @Nullable OAuthTokenObservationConvention convention;

	private final AtomicReference<@Nullable AccessToken> current = new AtomicReference<>();

	private final AtomicReference<@Nullable CompletableFuture<AccessToken>> inflight = new AtomicReference<>();

	private volatile @Nullable CheckoutAuthenticationException lastFailure;

	// The account's tag for the observation: its configured name, never a credential.
	private final String account;

	OAuthTokenProvider(String account, RestClient restClient, URI tokenUrl, String clientId, String clientSecret,
			List<String> scopes, JsonCodec json, Clock clock, ObservationRegistry observationRegistry,
			@Nullable OAuthTokenObservationConvention convention, Duration readTimeout, DeadlineAlarm deadlineAlarm) {
		this.account = account;
		this.restClient = restClient;
		this.deadlineAlarm = deadlineAlarm;
		this.tokenUrl = tokenUrl;
		this.requestBody = ("grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
				+ encode(clientSecret) + "&scope=" + encode(String.join(" ", scopes)))
			.getBytes(StandardCharsets.UTF_8);
		this.json = json;
		this.clock = clock;
		this.observationRegistry = observationRegistry;
		this.convention = convention;
		this.bodyReader = new BoundedBodyReader(MAX_TOKEN_RESPONSE_BYTES, readTimeout);
	}

	/**
	 * A usable token, fetching one when none is cached or the cached one is due for
	 * refresh.
	 */
	String token() {
		AccessToken token = this.current.get();
		Instant now = this.clock.instant();
		if (token != null && token.isFresh(now)) {
			return token.value();
		}
		if (token != null && token.isUsable(now)) {
			return refreshAhead(token);
		}
		return awaitNewToken();
	}

	/**
	 * Forgets {@code rejected} after the API answered 401 with it, unless another caller
	 * already replaced it.
	 */
	void invalidate(String rejected) {
		AccessToken token = this.current.get();
		if (token != null && token.value().equals(rejected)) {
			this.current.compareAndSet(token, null);
		}
	}

	OAuthTokenState state() {
		AccessToken token = this.current.get();
		CheckoutAuthenticationException failure = this.lastFailure;
		if (failure != null) {
			return new OAuthTokenState(OAuthTokenState.Status.FAILED, (token != null) ? token.expiresAt() : null,
					failure.getMessage(), failure.isCredentialsRejected());
		}
		if (token == null) {
			return new OAuthTokenState(OAuthTokenState.Status.NONE, null, null, false);
		}
		return new OAuthTokenState(
				token.isUsable(this.clock.instant()) ? OAuthTokenState.Status.VALID : OAuthTokenState.Status.EXPIRED,
				token.expiresAt(), null, false);
	}

	boolean hasUsableToken() {
		AccessToken token = this.current.get();
		return token != null && token.isUsable(this.clock.instant());
	}

	private String refreshAhead(AccessToken stillValid) {
		CompletableFuture<AccessToken> mine = new CompletableFuture<>();
		if (!this.inflight.compareAndSet(null, mine)) {
			return stillValid.value();
		}
		try {
			return fetchInto(mine).value();
		}
		catch (CheckoutAuthenticationException ex) {
			logger.warn("Refreshing the Checkout.com OAuth token ahead of expiry failed; the current token stays in "
					+ "use until " + stillValid.expiresAt() + ": " + ex.getMessage());
			return stillValid.value();
		}
	}

	private String awaitNewToken() {
		while (true) {
			CompletableFuture<AccessToken> pending = this.inflight.get();
			if (pending == null) {
				CompletableFuture<AccessToken> mine = new CompletableFuture<>();
				if (this.inflight.compareAndSet(null, mine)) {
					// Another caller may have fetched a token between this caller finding
					// none and getting here: use it rather than ask the token endpoint
					// again.
					AccessToken fetchedMeanwhile = this.current.get();
					if (fetchedMeanwhile != null && fetchedMeanwhile.isFresh(this.clock.instant())) {
						mine.complete(fetchedMeanwhile);
						this.inflight.compareAndSet(mine, null);
						return fetchedMeanwhile.value();
					}
					return fetchInto(mine).value();
				}
				continue;
			}
			return awaitPending(pending).value();
		}
	}

	/**
	 * Another caller's token request, waited for no longer than what is left of this
	 * call.
	 */
	private static AccessToken awaitPending(CompletableFuture<AccessToken> pending) {
		CallDeadline deadline = CallDeadline.current();
		if (deadline == null) {
			try {
				return pending.join();
			}
			catch (CompletionException ex) {
				throw unwrap(ex.getCause(), ex);
			}
		}
		try {
			return pending.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw new CheckoutAuthenticationException("No Checkout.com OAuth token within the call timeout of "
					+ deadline.timeout().toMillis() + " ms: the token request under way has not finished", null, 0,
					true, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CheckoutAuthenticationException("Interrupted while waiting for a Checkout.com OAuth token", null,
					0, true, null);
		}
		catch (ExecutionException ex) {
			throw unwrap(ex.getCause(), new CompletionException(ex.getCause()));
		}
	}

	private static RuntimeException unwrap(@Nullable Throwable cause, RuntimeException otherwise) {
		return (cause instanceof CheckoutAuthenticationException authFailure) ? authFailure : otherwise;
	}

	private AccessToken fetchInto(CompletableFuture<AccessToken> mine) {
		try {
			AccessToken token = fetch();
			this.current.set(token);
			this.lastFailure = null;
			mine.complete(token);
			return token;
		}
		catch (CheckoutAuthenticationException ex) {
			this.lastFailure = ex;
			mine.completeExceptionally(ex);
			throw ex;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inflight.compareAndSet(mine, null);
		}
	}

	private AccessToken fetch() {
		OAuthTokenObservationContext context = new OAuthTokenObservationContext(this.account);
		Observation observation = SessionsObservationDocumentation.OAUTH_TOKEN
			.observation(this.convention, DefaultOAuthTokenObservationConvention.INSTANCE, () -> context,
					this.observationRegistry)
			.start();
		try {
			HttpAnswer answer = exchange();
			context.setStatusCode(answer.status());
			AccessToken token = parse(answer);
			context.setOutcome(CallOutcome.SUCCESS);
			if (logger.isDebugEnabled()) {
				logger.debug("Obtained a Checkout.com OAuth token valid until " + token.expiresAt());
			}
			return token;
		}
		catch (CheckoutAuthenticationException ex) {
			context.setOutcome(CallOutcomes.of(ex));
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	private HttpAnswer exchange() {
		long sentAt = System.nanoTime();
		HttpAnswer answer;
		DeadlineAlarm.Armed alarm = this.deadlineAlarm.arm();
		try {
			answer = this.restClient.method(HttpMethod.POST)
				.uri(this.tokenUrl)
				.header(HttpHeaders.USER_AGENT, ClientVersion.USER_AGENT)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(this.requestBody)
				.exchange((request, response) -> {
					byte[] body = this.bodyReader.read(response.getBody(), response.getHeaders().getContentLength(),
							sentAt);
					return new HttpAnswer(response.getStatusCode().value(),
							response.getHeaders().getFirst(ApiTransport.REQUEST_ID_HEADER),
							response.getHeaders().getContentType(), null, (body != null) ? body : TOO_LARGE);
				}, true);
			alarm.ended();
		}
		catch (RuntimeException ex) {
			RuntimeException failure = alarm.failed("POST " + this.tokenUrl, ex);
			if (!(failure instanceof RestClientException) && !(failure instanceof CheckoutTransportException)) {
				throw failure;
			}
			// The token request is its own: classified as such, and the cause says where
			// it failed.
			CheckoutTransportException transport = (failure instanceof CheckoutTransportException deadline) ? deadline
					: TransportFailures.classify("POST " + this.tokenUrl, failure);
			throw new CheckoutAuthenticationException("Could not obtain a Checkout.com OAuth token from "
					+ this.tokenUrl + ": " + transport.describeFailure(), null, 0, true, transport);
		}
		if (answer.body() == TOO_LARGE) {
			throw new CheckoutAuthenticationException(
					"The Checkout.com token endpoint " + this.tokenUrl + " answered HTTP " + answer.status()
							+ " with a body larger than " + MAX_TOKEN_RESPONSE_BYTES
							+ " bytes, which is not a token response; check the token URL",
					null, answer.status(), false, null);
		}
		return answer;
	}

	private AccessToken parse(HttpAnswer answer) {
		JsonNode body = null;
		if (answer.hasJsonBody()) {
			try {
				body = this.json.readTree(answer.body());
			}
			catch (JacksonException ex) {
				body = null;
			}
		}
		if (!answer.isSuccess()) {
			String error = (body != null && body.path("error").isString()) ? body.get("error").asString() : null;
			throw rejected(answer, error);
		}
		JsonNode accessToken = (body != null) ? body.get("access_token") : null;
		JsonNode expiresIn = (body != null) ? body.get("expires_in") : null;
		if (accessToken == null || !accessToken.isString() || accessToken.asString().isBlank()) {
			throw new CheckoutAuthenticationException(
					"The Checkout.com token endpoint " + this.tokenUrl + " answered HTTP " + answer.status() + " with "
							+ answer.describeBody() + " that holds no access_token; check the token URL",
					null, answer.status(), false, null);
		}
		long seconds = (expiresIn != null && (expiresIn.isNumber() || expiresIn.isString()))
				? parseSeconds(expiresIn.asString()) : 0;
		if (seconds <= 0 || seconds > MAX_LIFETIME_SECONDS) {
			// 1e30 or Infinity is no lifetime: without this bound it ended in a
			// DateTimeException when the expiry was computed.
			throw new CheckoutAuthenticationException("The Checkout.com token endpoint answered without a usable "
					+ "expires_in (" + ((expiresIn != null) ? shorten(expiresIn.asString()) : "none")
					+ "); the token's lifetime is unknown", null, answer.status(), false, null);
		}
		return AccessToken.of(accessToken.asString(), this.clock.instant(), Duration.ofSeconds(seconds));
	}

	private CheckoutAuthenticationException rejected(HttpAnswer answer, @Nullable String error) {
		int status = answer.status();
		boolean transientFailure = status >= 500 || status == 429;
		String hint = switch ((error != null) ? error : "") {
			case "invalid_client", "unauthorized_client" -> "the client id or secret is wrong, revoked, or for the "
					+ "other environment (sandbox and production keys differ)";
			case "invalid_scope" -> "the OAuth client may not request the scopes asked for; give it the sessions "
					+ "scopes in the Dashboard or request fewer scopes";
			default -> transientFailure ? "the token endpoint is unavailable; calls will try again"
					: "the token endpoint refused the request";
		};
		return new CheckoutAuthenticationException(
				"Checkout.com refused to issue an OAuth token: HTTP " + status
						+ ((error != null) ? " " + error : " with " + answer.describeBody()) + "; " + hint,
				error, status, transientFailure, null);
	}

	private static long parseSeconds(String text) {
		try {
			double seconds = Double.parseDouble(text.trim());
			return Double.isFinite(seconds) ? (long) seconds : Long.MAX_VALUE;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String shorten(String text) {
		return (text.length() > 24) ? text.substring(0, 24) + "…" : text;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
