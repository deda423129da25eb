package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;
import dev.checkoutsessions.client.observation.SessionsObservationContext.Authentication;

/**
 * The {@link SessionsClient} built by {@link SessionsClientBuilder}.
 */
final class DefaultSessionsClient implements SessionsClient, SessionsClientDiagnostics, AutoCloseable {

	private final ApiTransport transport;

	private final OAuthTokenProvider tokens;

	private final CallExecutor executor;

	private final JsonCodec json;

	private final @Nullable String processingChannelId;

	private final RecentCalls recentCalls;

	private final Executor asyncExecutor;

	private final @Nullable AutoCloseable ownedResources;

	private final AsyncSessionsClient async;

	DefaultSessionsClient(ApiTransport transport, OAuthTokenProvider tokens, CallExecutor executor, JsonCodec json,
			@Nullable String processingChannelId, RecentCalls recentCalls, Executor asyncExecutor,
			@Nullable AutoCloseable ownedResources) {
		this.transport = transport;
		this.tokens = tokens;
		this.executor = executor;
		this.json = json;
		this.processingChannelId = processingChannelId;
		this.recentCalls = recentCalls;
		this.asyncExecutor = asyncExecutor;
		this.ownedResources = ownedResources;
		this.async = new AsyncSessionsClientAdapter(this, asyncExecutor);
	}

	@Override
	public SessionResponse requestSession(SessionRequest request) {
		Arguments.sessionRequest(request);
		SessionRequest effective = (this.processingChannelId != null && request.getProcessingChannelId() == null)
				? request.toBuilder().processingChannelId(this.processingChannelId).build() : request;
		byte[] body = this.json.write(effective);
		SessionsOperation operation = SessionsOperation.REQUEST_SESSION;
		return this.executor.execute(operation, Authentication.OAUTH, this.transport, (attempts) -> {
			HttpAnswer answer = withOAuth(operation, null, body, attempts);
			return SessionResponse.of(answer.status(), readSession(operation, answer), answer.requestId());
		});
	}

	@Override
	public GetSessionResponse getSessionDetails(String sessionId) {
		return sessionCall(SessionsOperation.GET_SESSION_DETAILS, Arguments.sessionId(sessionId), null, null);
	}

	@Override
	public GetSessionResponse updateSession(String sessionId, ChannelData channelData) {
		return sessionCall(SessionsOperation.UPDATE_SESSION, Arguments.sessionId(sessionId),
				Arguments.channelData(channelData), null);
	}

	@Override
	public void completeSession(String sessionId) {
		complete(Arguments.sessionId(sessionId), null);
	}

	@Override
	public GetSessionResponse update3dsMethodCompletionIndicator(String sessionId,
			ThreeDsMethodCompletionRequest request) {
		return sessionCall(SessionsOperation.UPDATE_3DS_METHOD_COMPLETION_INDICATOR, Arguments.sessionId(sessionId),
				Arguments.notNull(request, "request"), null);
	}

	@Override
	public SessionSecretOperations withSessionSecret(String sessionSecret) {
		return new SessionSecretClient(Arguments.sessionSecret(sessionSecret));
	}

	@Override
	public AsyncSessionsClient async() {
		return this.async;
	}

	@Override
	public OAuthTokenState oauthTokenState() {
		return this.tokens.state();
	}

	@Override
	public OAuthTokenState obtainOAuthToken(Duration timeout) {
		if (!this.tokens.hasUsableToken()) {
			CompletableFuture<String> fetch = CompletableFuture.supplyAsync(this.tokens::token, this.asyncExecutor);
			try {
				fetch.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException | ExecutionException ex) {
				// The state below reports the failure; a slow fetch carries on and fills the cache.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return this.tokens.state();
	}

	@Override
	public List<RecentCall> recentCalls() {
		return this.recentCalls.snapshot();
	}

	@Override
	public void close() throws Exception {
		if (this.ownedResources != null) {
			this.ownedResources.close();
		}
	}

	@Override
	public String toString() {
		return "SessionsClient{" + this.transport + "}";
	}

	/** A session-scoped call with OAuth ({@code secret == null}) or with the session secret. */
	private GetSessionResponse sessionCall(SessionsOperation operation, String sessionId, @Nullable Object payload,
			@Nullable String secret) {
		byte[] body = (payload != null) ? this.json.write(payload) : null;
		Authentication authentication = (secret != null) ? Authentication.SESSION_SECRET : Authentication.OAUTH;
		return this.executor.execute(operation, authentication, this.transport, (attempts) -> {
			HttpAnswer answer = (secret != null) ? withSecret(operation, sessionId, secret, body, attempts)
					: withOAuth(operation, sessionId, body, attempts);
			return readSession(operation, answer);
		});
	}

	private void complete(String sessionId, @Nullable String secret) {
		SessionsOperation operation = SessionsOperation.COMPLETE_SESSION;
		Authentication authentication = (secret != null) ? Authentication.SESSION_SECRET : Authentication.OAUTH;
		this.executor.execute(operation, authentication, this.transport, (attempts) -> (secret != null)
				? withSecret(operation, sessionId, secret, null, attempts)
				: withOAuth(operation, sessionId, null, attempts));
	}

	private HttpAnswer withOAuth(SessionsOperation operation, @Nullable String sessionId, byte @Nullable [] body,
			CallExecutor.Attempts attempts) {
		String token = this.tokens.token();
		HttpAnswer answer = attempts.send(sessionId, "Bearer " + token, body);
		if (answer.status() == 401) {
			// The token may have been revoked or rotated early: fetch a new one and try exactly once more.
			this.tokens.invalidate(token);
			answer = attempts.send(sessionId, "Bearer " + this.tokens.token(), body);
		}
		return successOrThrow(operation, answer, false);
	}

	private HttpAnswer withSecret(SessionsOperation operation, String sessionId, String secret,
			byte @Nullable [] body, CallExecutor.Attempts attempts) {
		return successOrThrow(operation, attempts.send(sessionId, secret, body), true);
	}

	private HttpAnswer successOrThrow(SessionsOperation operation, HttpAnswer answer, boolean sessionSecret) {
		if (!answer.isSuccess()) {
			throw ApiErrors.toException(operation, answer, this.json, sessionSecret);
		}
		return answer;
	}

	private GetSessionResponse readSession(SessionsOperation operation, HttpAnswer answer) {
		if (!answer.hasJsonBody()) {
			throw unusable(operation, answer, "where a JSON session was expected");
		}
		try {
			return this.json.read(answer.body(), GetSessionResponse.class);
		}
		catch (JacksonException ex) {
			// The body is not quoted: a truncated session could still contain its secret.
			throw unusable(operation, answer,
					"that is not a valid session JSON document (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static CheckoutResponseException unusable(SessionsOperation operation, HttpAnswer answer, String why) {
		return new CheckoutResponseException(operation.httpMethod() + " " + operation.uriTemplate() + " answered HTTP "
				+ answer.status() + " with " + answer.describeBody() + " " + why, answer.status(), answer.requestId(),
				null);
	}

	/** The operations bound to one session secret. */
	private final class SessionSecretClient implements SessionSecretOperations {

		private final String secret;

		SessionSecretClient(String secret) {
			this.secret = secret;
		}

		@Override
		public GetSessionResponse getSessionDetails(String sessionId) {
			return sessionCall(SessionsOperation.GET_SESSION_DETAILS, Arguments.sessionId(sessionId), null,
					this.secret);
		}

		@Override
		public GetSessionResponse updateSession(String sessionId, ChannelData channelData) {
			return sessionCall(SessionsOperation.UPDATE_SESSION, Arguments.sessionId(sessionId),
					Arguments.channelData(channelData), this.secret);
		}

		@Override
		public void completeSession(String sessionId) {
			complete(Arguments.sessionId(sessionId), this.secret);
		}

		@Override
		public GetSessionResponse update3dsMethodCompletionIndicator(String sessionId,
				ThreeDsMethodCompletionRequest request) {
			return sessionCall(SessionsOperation.UPDATE_3DS_METHOD_COMPLETION_INDICATOR,
					Arguments.sessionId(sessionId), Arguments.notNull(request, "request"), this.secret);
		}

		@Override
		public String toString() {
			return "SessionSecretOperations{secret=sek_****}";
		}

	}

}
