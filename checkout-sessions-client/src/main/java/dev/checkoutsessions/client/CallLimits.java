package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The limits one client puts on its calls: the deadline of a call, the size of its
 * connection pool (when it is known) and the rate limiter, if any.
 *
 * @param callTimeout deadline of one logical call
 * @param maxConnections connections of the client's own pool, 0 when the request factory
 * was given and its pool is not known
 * @param rateLimiter the rate limiter, {@code null} for none
 * @param rateLimitMaxWait longest wait for a permit
 */
record CallLimits(Duration callTimeout, int maxConnections, @Nullable RateLimiter rateLimiter,
		Duration rateLimitMaxWait) {

	String describeRateLimit(RateLimiter.Kind kind) {
		RateLimiter limiter = this.rateLimiter;
		if (limiter == null) {
			return "none";
		}
		Map<String, Object> details = limiter.describe();
		Object budget = details.get(kind.name().toLowerCase(Locale.ROOT) + "sPerSecond");
		return ((budget != null) ? budget + "/s" : "budget unknown") + ", store " + details.getOrDefault("store", "?");
	}

	/** Health details: no secrets, only settings and the limiter's state. */
	Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("callTimeout", this.callTimeout.toString());
		if (this.maxConnections > 0) {
			details.put("maxConnections", this.maxConnections);
		}
		RateLimiter limiter = this.rateLimiter;
		if (limiter != null) {
			Map<String, Object> rateLimit = new LinkedHashMap<>(limiter.describe());
			rateLimit.put("maxWait", this.rateLimitMaxWait.toString());
			details.put("rateLimit", rateLimit);
		}
		return details;
	}

}
