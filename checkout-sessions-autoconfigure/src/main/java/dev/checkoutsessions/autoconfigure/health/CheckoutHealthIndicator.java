package dev.checkoutsessions.autoconfigure.health;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.checkoutsessions.client.OAuthTokenState;
import dev.checkoutsessions.client.RecentCall;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClientDiagnostics;
import dev.checkoutsessions.client.observation.CallOutcome;

/**
 * Health of a {@link SessionsClient}, judged from what the client already knows. It never
 * calls the Sessions API; the only request it may cause is an OAuth token fetch, when no
 * valid token is cached, bounded by a short timeout.
 *
 * <ul>
 * <li><b>DOWN</b> when the token endpoint rejected the client credentials, when no token
 * could be obtained, or when the most recent calls (at least
 * {@code transportFailureThreshold} of them) all failed on transport (connection refused,
 * reset, timeout) or ran out of their call timeout before an answer.</li>
 * <li><b>UNKNOWN</b> when the token fetch did not finish within the timeout (it carries
 * on in the background), or when the client offers no
 * {@link SessionsClientDiagnostics}.</li>
 * <li><b>UP</b> otherwise: a valid token is held and recent calls reached Checkout.com.
 * API errors (4xx/5xx answers) do not make the client unhealthy, nor do the client's own
 * bugs ({@code INTERNAL_ERROR}): they are reported in the details.</li>
 * </ul>
 *
 * Details: {@code tokenStatus}, {@code tokenExpiresAt}, {@code recentCalls} (counts by
 * outcome, pool exhaustion and deadline overruns included), {@code limits} (call timeout,
 * pool size, rate limiter and whether its shared store fell back to a local one) and
 * {@code lastError}; the client's diagnostics never hold tokens, secrets, session ids or
 * card data.
 *
 * <p>
 * Checkout.com being unreachable should not restart the application: keep this indicator
 * out of the liveness group.
 *
 * @since 0.1.0
 */
public class CheckoutHealthIndicator extends AbstractHealthIndicator {

	private final SessionsClient client;

	private final Duration tokenTimeout;

	private final int transportFailureThreshold;

	/**
	 * Creates an indicator.
	 * @param client the client to report on
	 * @param tokenTimeout how long to wait for an OAuth token when none is cached
	 * @param transportFailureThreshold how many most recent calls must all have failed on
	 * transport for DOWN
	 */
	public CheckoutHealthIndicator(SessionsClient client, Duration tokenTimeout, int transportFailureThreshold) {
		super("Checkout.com Sessions health check failed");
		this.client = client;
		this.tokenTimeout = tokenTimeout;
		this.transportFailureThreshold = transportFailureThreshold;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (!(this.client instanceof SessionsClientDiagnostics diagnostics)) {
			builder.unknown().withDetail("reason", "the SessionsClient bean offers no diagnostics");
			return;
		}
		OAuthTokenState token = diagnostics.oauthTokenState();
		if (needsToken(token)) {
			token = diagnostics.obtainOAuthToken(this.tokenTimeout);
		}
		List<RecentCall> calls = diagnostics.recentCalls();
		builder.withDetail("tokenStatus", token.status().name());
		if (token.expiresAt() != null) {
			builder.withDetail("tokenExpiresAt", token.expiresAt().toString());
		}
		builder.withDetail("recentCalls", countByOutcome(calls));
		Map<String, Object> limits = diagnostics.limits();
		if (!limits.isEmpty()) {
			// Call timeout, pool size, and the rate limiter's budgets and store (a Redis
			// fallback shows here).
			builder.withDetail("limits", limits);
		}
		String warmUp = diagnostics.warmUpState();
		if (warmUp != null) {
			// running, done or failed: reason (checkout.warm-up.*).
			builder.withDetail("warmUp", warmUp);
		}
		String lastError = lastError(token, calls);
		if (lastError != null) {
			builder.withDetail("lastError", lastError);
		}
		builder.status(status(token, calls, builder));
	}

	private static boolean needsToken(OAuthTokenState token) {
		// Rejected credentials stay rejected until the configuration changes: asking
		// again only adds load.
		return !token.credentialsRejected() && token.status() != OAuthTokenState.Status.VALID;
	}

	private Status status(OAuthTokenState token, List<RecentCall> calls, Health.Builder builder) {
		if (token.credentialsRejected()) {
			builder.withDetail("reason", "the OAuth token endpoint rejected the client credentials");
			return Status.DOWN;
		}
		if (token.status() == OAuthTokenState.Status.FAILED) {
			builder.withDetail("reason", "no OAuth token could be obtained");
			return Status.DOWN;
		}
		if (recentTransportFailures(calls)) {
			builder.withDetail("reason",
					"the last " + this.transportFailureThreshold + " or more calls failed to reach Checkout.com");
			return Status.DOWN;
		}
		if (token.status() != OAuthTokenState.Status.VALID) {
			builder.withDetail("reason", "no OAuth token within " + this.tokenTimeout + "; the request goes on");
			return Status.UNKNOWN;
		}
		return Status.UP;
	}

	private boolean recentTransportFailures(List<RecentCall> calls) {
		if (calls.size() < this.transportFailureThreshold) {
			return false;
		}
		return calls.subList(calls.size() - this.transportFailureThreshold, calls.size())
			.stream()
			// A call that ran out of time waiting for an answer did not reach
			// Checkout.com either.
			.allMatch((call) -> call.outcome() == CallOutcome.TRANSPORT_ERROR
					|| call.outcome() == CallOutcome.DEADLINE_EXCEEDED);
	}

	private static Map<String, Integer> countByOutcome(List<RecentCall> calls) {
		Map<CallOutcome, Integer> counts = new EnumMap<>(CallOutcome.class);
		for (CallOutcome outcome : CallOutcome.values()) {
			counts.put(outcome, 0);
		}
		calls.forEach((call) -> counts.merge(call.outcome(), 1, Integer::sum));
		Map<String, Integer> details = new LinkedHashMap<>();
		counts.forEach((outcome, count) -> details.put(outcome.name().toLowerCase(Locale.ROOT), count));
		return details;
	}

	private static @Nullable String lastError(OAuthTokenState token, List<RecentCall> calls) {
		if (token.lastError() != null) {
			return token.lastError();
		}
		for (int i = calls.size() - 1; i >= 0; i--) {
			RecentCall call = calls.get(i);
			if (call.outcome() != CallOutcome.SUCCESS) {
				return call.operation().tagValue() + ": " + call.outcome().name().toLowerCase(Locale.ROOT)
						+ ((call.statusCode() != 0) ? " (HTTP " + call.statusCode() + ")" : "")
						+ ((call.errorType() != null) ? " " + call.errorType() : "") + " at " + call.finishedAt();
			}
		}
		return null;
	}

}
