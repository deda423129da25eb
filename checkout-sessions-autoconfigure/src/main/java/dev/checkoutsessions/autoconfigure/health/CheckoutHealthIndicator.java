package dev.checkoutsessions.autoconfigure.health;

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
 * Health of a {@link SessionsClient}, judged only from what the client already knows: the
 * OAuth token state and the outcomes of its recent calls. A health check never sends a
 * request of its own, neither to the Sessions API nor to the token endpoint, so a probe
 * every few seconds costs Checkout.com nothing and cannot hang on it.
 *
 * <ul>
 * <li><b>{@value #CHECKOUT_DOWN_CODE}</b> when the token endpoint rejected the client
 * credentials, when the last attempt to obtain a token failed, or when the most recent
 * calls (at least {@code transportFailureThreshold} of them) all failed on transport
 * (connection refused, reset, timeout) or ran out of their call timeout before an
 * answer.</li>
 * <li><b>UNKNOWN</b> before the first call (no token and no call yet: nothing is known),
 * or when the client offers no {@link SessionsClientDiagnostics}.</li>
 * <li><b>UP</b> otherwise: a valid token is held, or the recent calls reached
 * Checkout.com. API errors (4xx/5xx answers) do not make the client unhealthy, nor do the
 * client's own bugs ({@code INTERNAL_ERROR}): they are reported in the details.</li>
 * </ul>
 *
 * <p>
 * An outage is reported as {@link #CHECKOUT_DOWN}, not {@link Status#DOWN}. Boot (4.1,
 * {@code HealthEndpointSupport}) shows a component in a group exactly when it counts it:
 * the group's members are both listed and aggregated, and the group's
 * {@code StatusAggregator} receives only the set of their statuses, equal by code, never
 * which component reported which. So a component shown in {@code /actuator/health} as
 * {@code DOWN} always takes the whole endpoint, and every load balancer probing it, down
 * with it, and leaving it out of the primary group would hide it from
 * {@code /actuator/health/checkout} too. Boot's aggregators skip status codes that are
 * not in their order, and its HTTP mapping answers 200 for them: the outage shows here in
 * full while the application stays UP, an application may still list the code in
 * {@code management.endpoint.health.status.order} to count it, and the starter counts it
 * as DOWN in the readiness group for applications that opt in with
 * {@code checkout.health.readiness}. With several clients the {@code checkout} composite
 * is aggregated the same way: it stays UP while one client is down, which its own entry
 * shows.
 *
 * <p>
 * Details: {@code tokenStatus}, {@code tokenExpiresAt}, {@code recentCalls} (counts by
 * outcome, pool exhaustion and deadline overruns included), {@code lastCallAt},
 * {@code limits} (call timeout, pool size, rate limiter and whether its shared store fell
 * back to a local one), {@code lastError} and {@code reason}; the client's diagnostics
 * never hold tokens, secrets, session ids or card data.
 *
 * @since 0.1.0
 */
public class CheckoutHealthIndicator extends AbstractHealthIndicator {

	/**
	 * The code of {@link #CHECKOUT_DOWN}.
	 */
	public static final String CHECKOUT_DOWN_CODE = "CHECKOUT_DOWN";

	/**
	 * Checkout.com cannot be used: credentials rejected, no token, or recent calls that
	 * did not reach it. Not counted in the application's own status (see the class
	 * description).
	 */
	public static final Status CHECKOUT_DOWN = new Status(CHECKOUT_DOWN_CODE);

	private final SessionsClient client;

	private final int transportFailureThreshold;

	/**
	 * Creates an indicator.
	 * @param client the client to report on
	 * @param transportFailureThreshold how many most recent calls must all have failed on
	 * transport for {@link #CHECKOUT_DOWN}
	 */
	public CheckoutHealthIndicator(SessionsClient client, int transportFailureThreshold) {
		super("Checkout.com Sessions health check failed");
		this.client = client;
		this.transportFailureThreshold = transportFailureThreshold;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (!(this.client instanceof SessionsClientDiagnostics diagnostics)) {
			builder.unknown().withDetail("reason", "the SessionsClient bean offers no diagnostics");
			return;
		}
		// Read only: obtaining a token here would make every probe a request to
		// Checkout.com's token endpoint, and a slow one a slow probe.
		OAuthTokenState token = diagnostics.oauthTokenState();
		List<RecentCall> calls = diagnostics.recentCalls();
		builder.withDetail("tokenStatus", token.status().name());
		if (token.expiresAt() != null) {
			builder.withDetail("tokenExpiresAt", token.expiresAt().toString());
		}
		builder.withDetail("recentCalls", countByOutcome(calls));
		if (!calls.isEmpty()) {
			builder.withDetail("lastCallAt", calls.get(calls.size() - 1).finishedAt().toString());
		}
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

	private Status status(OAuthTokenState token, List<RecentCall> calls, Health.Builder builder) {
		if (token.credentialsRejected()) {
			builder.withDetail("reason", "the OAuth token endpoint rejected the client credentials");
			return CHECKOUT_DOWN;
		}
		if (token.status() == OAuthTokenState.Status.FAILED) {
			builder.withDetail("reason", "no OAuth token could be obtained");
			return CHECKOUT_DOWN;
		}
		if (recentTransportFailures(calls)) {
			builder.withDetail("reason",
					"the last " + this.transportFailureThreshold + " or more calls failed to reach Checkout.com");
			return CHECKOUT_DOWN;
		}
		if (token.status() != OAuthTokenState.Status.VALID && calls.isEmpty()) {
			builder.withDetail("reason", "no call to Checkout.com yet; a health check makes none");
			return Status.UNKNOWN;
		}
		// A valid token, or an expired one after calls that reached Checkout.com: the
		// next
		// call fetches a new token.
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
