package dev.checkoutsessions.emulator;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The five Sessions endpoints: authentication (OAuth bearer or raw session secret), scope
 * rules, account isolation, the state machine's guards and the status codes and error
 * bodies of the API reference.
 */
final class SessionsApi {

	private final SessionStore store;

	private final TokenEndpoint tokens;

	private final Map<String, EmulatorAccount> accounts;

	private final CallbackSender callbacks;

	private final Clock clock;

	private final Ids ids;

	private final Supplier<String> baseUrl;

	private final SessionTimeouts timeouts;

	SessionsApi(SessionStore store, TokenEndpoint tokens, Map<String, EmulatorAccount> accounts,
			CallbackSender callbacks, Clock clock, Ids ids, Supplier<String> baseUrl, SessionTimeouts timeouts) {
		this.timeouts = timeouts;
		this.store = store;
		this.tokens = tokens;
		this.accounts = Map.copyOf(accounts);
		this.callbacks = callbacks;
		this.clock = clock;
		this.ids = ids;
		this.baseUrl = baseUrl;
	}

	HttpAnswer handle(Endpoint endpoint, EmulatorRequest request) {
		if (endpoint == Endpoint.CREATE_SESSION) {
			return create(request);
		}
		String sessionId = endpoint.sessionId(request.path());
		if (sessionId == null) {
			throw new IllegalArgumentException("Not a session-scoped endpoint: " + endpoint);
		}
		Caller caller = authenticate(request, sessionId);
		caller.session().applyTimeouts(timeouts, clock.instant());
		return switch (endpoint) {
			case GET_SESSION -> HttpAnswer.json(200, caller.session().toJson(view(caller, request.header("channel"))));
			case COLLECT_DATA -> whileHoldingSession(caller, () -> collectData(caller, request));
			case ISSUER_FINGERPRINT -> whileHoldingSession(caller, () -> issuerFingerprint(caller, request));
			case COMPLETE_SESSION -> whileHoldingSession(caller, () -> complete(caller));
			default -> throw new IllegalArgumentException("Not a session-scoped endpoint: " + endpoint);
		};
	}

	private HttpAnswer create(EmulatorRequest request) {
		AccessToken token = bearerToken(request.header("Authorization"));
		if (token == null) {
			throw ApiException.unauthorized();
		}
		if (!Scopes.allowsSessions(token.scopes())) {
			throw ApiException.wrongScope();
		}
		EmulatorAccount account = accountOf(token);
		SessionRequest sessionRequest = account.parser().parse(Json.readObject(request.body()));
		ObjectNode channelData = sessionRequest.channelData();
		// Channel data that carries more than its discriminator runs the authentication
		// at once.
		ObjectNode runNow = (channelData != null && !ChannelData.isEmpty(channelData)) ? channelData : null;
		boolean runsNow = runNow != null;
		if (sessionRequest.completion().hosted() && !Scopes.allowsBrowser(token.scopes())) {
			throw ApiException.wrongScope();
		}
		if (runNow != null) {
			requireChannelScope(token.scopes(), ChannelData.channel(runNow));
		}
		Session session = new Session(ids, account.name(), sessionRequest, sessionScopes(token.scopes()),
				clock.instant(), account.webhooks().eventsFor());
		store.add(session);
		if (runNow != null) {
			session.authenticate(ChannelData.channel(runNow), ChannelData.methodCompletion(runNow), clock.instant());
		}
		ObjectNode body = session.toJson(new SessionView(true, null, baseUrl.get()));
		return HttpAnswer.json(runsNow ? 201 : 202, body);
	}

	private HttpAnswer collectData(Caller caller, EmulatorRequest request) {
		Session session = caller.session();
		if (!session.hasNextAction("collect_channel_data") && !session.hasNextAction("redirect_cardholder")
				|| !"pending".equals(session.status())) {
			throw ApiException.wrongState();
		}
		ObjectNode data = Json.readObject(request.body());
		if (data == null) {
			throw ApiException.invalid("channel_data_required");
		}
		List<String> codes = ChannelData.validate(data);
		if (!codes.isEmpty()) {
			throw ApiException.invalid(codes);
		}
		String channel = ChannelData.channel(data);
		requireChannelScope(caller.scopes(), channel);
		session.authenticate(channel, ChannelData.methodCompletion(data), clock.instant());
		return HttpAnswer.json(200, session.toJson(view(caller, null)));
	}

	private HttpAnswer issuerFingerprint(Caller caller, EmulatorRequest request) {
		Session session = caller.session();
		if (!Scopes.allowsBrowser(caller.scopes())) {
			throw ApiException.wrongScope();
		}
		if (Session.CHANNEL_APP.equals(session.channel())) {
			throw ApiException.notAllowed("three_ds_method_not_supported_for_app");
		}
		if (!session.card.hasMethodUrl()) {
			throw ApiException.notAllowed("three_ds_method_not_supported_without_url");
		}
		// A hosted session waiting for the cardholder takes the indicator too and stays
		// pending (Java SDK
		// UpdateSessionsTestIT.shouldUpdate3dsMethodCompletionIndicator, Go
		// TestUpdate3dsMethodCompletion).
		boolean hostedWaiting = session.request.completion().hosted() && "pending".equals(session.status())
				&& session.channel() == null;
		// Device data sent with the create already ran the authentication; the sandbox
		// still takes the indicator and answers 200 with the session (API reference link
		// issuer_fingerprint, fixture put-sessions-issuer-fingerprint-200.json).
		if (!session.hasNextAction("issuer_fingerprint") && !hostedWaiting && !session.browserDataSentOnCreate()) {
			throw ApiException.wrongState();
		}
		ObjectNode body = Json.readObject(request.body());
		String indicator = body == null ? null : Json.text(body, "three_ds_method_completion");
		if (indicator == null) {
			throw ApiException.invalid("three_ds_method_completion_required");
		}
		if (!ChannelData.isMethodCompletion(indicator)) {
			throw ApiException.invalid("three_ds_method_completion_invalid");
		}
		session.recordMethodCompletion(indicator.toUpperCase(Locale.ROOT));
		return HttpAnswer.json(200, session.toJson(view(caller, null)));
	}

	private HttpAnswer complete(Caller caller) {
		Session session = caller.session();
		if (session.request.completion().hosted() || !session.hasNextAction("complete")) {
			throw ApiException.wrongState();
		}
		// Completed before the callback goes out: a receiver that reads the session back
		// while handling the callback
		// must see it completed, as it does against the API.
		session.markCompleted();
		String callbackUrl = session.request.completion().callbackUrl();
		if (callbackUrl != null) {
			try {
				callbacks.send(session.id, callbackUrl, session.callbackPayload());
			}
			catch (ApiException ex) {
				session.reopenForCompletion();
				throw ex;
			}
		}
		return HttpAnswer.empty(204);
	}

	/**
	 * Actions on one session are serialised like the API does: a second action while one
	 * runs is refused with 409 at once rather than queued, so clients see the real
	 * contract ({@code session_already_in_use}).
	 */
	private static HttpAnswer whileHoldingSession(Caller caller, Supplier<HttpAnswer> action) {
		Session session = caller.session();
		if (!session.actionLock.tryLock()) {
			throw ApiException.sessionInUse();
		}
		try {
			return action.get();
		}
		finally {
			session.actionLock.unlock();
		}
	}

	/**
	 * Resolves the caller of a session-scoped endpoint. A session secret is only good for
	 * its own session (401 otherwise, as for any unknown credential); an OAuth token must
	 * belong to the session's account (404 otherwise, exactly as for an unknown id, so
	 * one account cannot even learn that another's session exists) and share a scope with
	 * the one the session was created under (403
	 * {@code operation_not_allowed_for_scope}).
	 */
	private Caller authenticate(EmulatorRequest request, String sessionId) {
		String authorization = request.header("Authorization");
		if (authorization != null && authorization.startsWith("sek_")) {
			Session session = store.bySecret(authorization.trim());
			if (session == null || !session.id.equals(sessionId)) {
				throw ApiException.unauthorized();
			}
			return new Caller(session, false, session.initiatingScopes);
		}
		AccessToken token = bearerToken(authorization);
		if (token == null) {
			throw ApiException.unauthorized();
		}
		Session session = store.byId(sessionId);
		if (session == null || !session.account.equals(token.account())) {
			throw ApiException.notFound();
		}
		Set<String> shared = sharedScopes(token.scopes(), session.initiatingScopes);
		if (shared.isEmpty()) {
			throw ApiException.wrongScope();
		}
		return new Caller(session, true, shared);
	}

	private @Nullable AccessToken bearerToken(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return tokens.validToken(authorization.substring(7).trim());
	}

	/** Tokens are only issued to registered clients, whose accounts all exist. */
	private EmulatorAccount accountOf(AccessToken token) {
		EmulatorAccount account = accounts.get(token.account());
		if (account == null) {
			throw new IllegalStateException("No account " + token.account() + " for client " + token.clientId());
		}
		return account;
	}

	private static void requireChannelScope(Set<String> scopes, String channel) {
		boolean allowed = switch (channel) {
			case Session.CHANNEL_BROWSER -> Scopes.allowsBrowser(scopes);
			case Session.CHANNEL_APP -> Scopes.allowsApp(scopes);
			default -> Scopes.allowsSessions(scopes);
		};
		if (!allowed) {
			throw ApiException.wrongScope();
		}
	}

	/**
	 * The specific session scopes a token carries, the umbrella {@code sessions}
	 * expanded.
	 */
	private static Set<String> sessionScopes(Set<String> scopes) {
		Set<String> result = new LinkedHashSet<>();
		if (Scopes.allowsApp(scopes)) {
			result.add(Scopes.APP);
		}
		if (Scopes.allowsBrowser(scopes)) {
			result.add(Scopes.BROWSER);
		}
		return result;
	}

	private static Set<String> sharedScopes(Set<String> tokenScopes, Set<String> sessionScopes) {
		Set<String> shared = sessionScopes(tokenScopes);
		shared.retainAll(sessionScopes);
		return shared;
	}

	private SessionView view(Caller caller, @Nullable String channelHint) {
		return new SessionView(caller.oauth(), channelHint, baseUrl.get());
	}

	/** An authenticated caller of one session and the scopes it may act with there. */
	private record Caller(Session session, boolean oauth, Set<String> scopes) {
	}

}
