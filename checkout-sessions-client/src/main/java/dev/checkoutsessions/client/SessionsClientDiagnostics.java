package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A client's state for health indicators (its OAuth token, its recent calls, its limits)
 * and its warm-up. The client built by {@link SessionsClientBuilder} implements it;
 * nothing here calls the Sessions API.
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

	/**
	 * Prepares the client for its first call, waiting at most {@code budget}: exercises
	 * the JSON path offline, obtains an OAuth token when none is cached and opens a
	 * pooled connection to the API host with a request that carries no credentials and
	 * creates nothing. Never throws; the outcome is also kept for {@link #warmUpState()}.
	 * Call it once the application is ready, never while it starts: it uses the network.
	 * @param budget how long the whole warm-up may take
	 * @return {@code done}, {@code failed: } and a reason without secrets, or
	 * {@code skipped: } and why for a client that cannot warm up
	 */
	default String warmUp(Duration budget) {
		// Not "done": nothing was prepared, and health must not say otherwise.
		return "skipped: this client has no warm-up";
	}

	/**
	 * The state of the last {@link #warmUp(Duration)}: {@code running}, {@code done} or
	 * {@code failed: } and a reason; {@code null} when none was started.
	 * @return the state, or {@code null}
	 */
	default @Nullable String warmUpState() {
		return null;
	}

}
