package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Read-only view of a client's state for health indicators: its OAuth token and its
 * recent calls. The client built by {@link SessionsClientBuilder} implements it; nothing
 * here calls the Sessions API.
 *
 * @since 0.1.0
 */
public interface SessionsClientDiagnostics {

	/**
	 * The OAuth token's state, without fetching one.
	 * @return the token state
	 */
	OAuthTokenState oauthTokenState();

	/**
	 * Obtains an OAuth token when none is cached, waiting at most {@code timeout}; a
	 * fetch still running then goes on in the background and fills the cache.
	 * @param timeout how long to wait
	 * @return the token state afterwards
	 */
	OAuthTokenState obtainOAuthToken(Duration timeout);

	/**
	 * The most recent finished calls, oldest first: at most
	 * {@link ClientSettings#recentCalls()}.
	 * @return the recent calls
	 */
	List<RecentCall> recentCalls();

	/**
	 * The limits the client puts on its calls, for health: {@code callTimeout},
	 * {@code maxConnections} (when the client owns its pool), {@code inFlightRequests}
	 * (HTTP requests waiting for a connection or an answer now) and {@code rateLimit}
	 * (budgets, store, and whether a shared store fell back to a local one). No secrets.
	 * @return the details, empty when unknown
	 */
	default Map<String, Object> limits() {
		return Map.of();
	}

}
