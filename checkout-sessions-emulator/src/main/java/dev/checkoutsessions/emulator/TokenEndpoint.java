package dev.checkoutsessions.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /connect/token}: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4)
 * with the error bodies of RFC 6749 §5.2, and the store of issued tokens that the
 * Sessions endpoints check.
 */
final class TokenEndpoint {

	/**
	 * Above this many live entries, expired tokens are swept on issue so long runs do not
	 * grow without bound.
	 */
	private static final int SWEEP_THRESHOLD = 1_000;

	private final Map<String, ClientRegistration> clients;

	private final Duration lifetime;

	private final Clock clock;

	private final Ids ids;

	private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

	TokenEndpoint(Map<String, ClientRegistration> clients, Duration lifetime, Clock clock, Ids ids) {
		this.clients = Map.copyOf(clients);
		this.lifetime = lifetime;
		this.clock = clock;
		this.ids = ids;
	}

	HttpAnswer handle(EmulatorRequest request) {
		Map<String, String> form = request.form();
		String[] fromHeader = basicCredentials(request.header("Authorization"));
		boolean basic = fromHeader != null;
		String[] credentials = (fromHeader != null) ? fromHeader
				: new String[] { form.get("client_id"), form.get("client_secret") };
		ClientRegistration client = credentials[0] == null ? null : clients.get(credentials[0]);
		if (client == null || !client.secretMatches(credentials[1])) {
			// RFC 6749 §5.2: invalid_client is 400, except that a client which
			// authenticated with an
			// Authorization header (HTTP Basic) gets 401 and the challenge for the scheme
			// it used.
			return basic ? oauthError(401, "invalid_client").withHeader("WWW-Authenticate", "Basic realm=\"checkout\"")
					: oauthError(400, "invalid_client");
		}
		String grantType = form.get("grant_type");
		if (grantType == null || grantType.isBlank()) {
			return oauthError(400, "invalid_request");
		}
		if (!"client_credentials".equals(grantType)) {
			return oauthError(400, "unsupported_grant_type");
		}
		Set<String> scopes = requestedScopes(form.get("scope"), client);
		if (scopes == null) {
			return oauthError(400, "invalid_scope");
		}
		return HttpAnswer.json(200, issue(client, scopes)).withHeader("Cache-Control", "no-store");
	}

	/**
	 * The token behind an {@code Authorization: Bearer …} value, if it is known and not
	 * expired.
	 */
	@Nullable AccessToken validToken(String bearerToken) {
		AccessToken token = tokens.get(bearerToken);
		return token == null || token.isExpiredAt(clock.instant()) ? null : token;
	}

	/**
	 * Ends the life of every issued token now, so a client's next call exercises its
	 * refresh path.
	 */
	void expireAll() {
		tokens.clear();
	}

	private tools.jackson.databind.node.ObjectNode issue(ClientRegistration client, Set<String> scopes) {
		Instant now = clock.instant();
		if (tokens.size() > SWEEP_THRESHOLD) {
			tokens.values().removeIf(token -> token.isExpiredAt(now));
		}
		String value = ids.accessToken();
		tokens.put(value, new AccessToken(client.account(), client.clientId(), Set.copyOf(scopes), now.plus(lifetime)));
		var body = Json.object();
		body.put("access_token", value);
		body.put("token_type", "Bearer");
		body.put("expires_in", lifetime.toSeconds());
		body.put("scope", String.join(" ", scopes));
		return body;
	}

	/**
	 * The scopes to grant, or {@code null} when one requested scope is not allowed for
	 * this client.
	 */
	private static @Nullable Set<String> requestedScopes(@Nullable String scopeParameter, ClientRegistration client) {
		if (scopeParameter == null || scopeParameter.isBlank()) {
			return client.scopes();
		}
		Set<String> requested = new LinkedHashSet<>(Arrays.asList(scopeParameter.trim().split("\\s+")));
		return client.scopes().containsAll(requested) ? requested : null;
	}

	private static String @Nullable [] basicCredentials(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static HttpAnswer oauthError(int status, String error) {
		var body = Json.object();
		body.put("error", error);
		return HttpAnswer.json(status, body).withHeader("Cache-Control", "no-store");
	}

}
