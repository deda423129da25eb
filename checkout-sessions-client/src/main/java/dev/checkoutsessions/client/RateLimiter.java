package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.Map;

/**
 * Client-side traffic shaping against Checkout.com's account-wide rate limits (100
 * reads/s and 100 writes/s by default, counted across every instance and API of the
 * account). The client takes one permit before every HTTP request it sends to the
 * Sessions API, retries and the repeat after a token refresh included, and tells the
 * limiter when Checkout.com answered 429 with a {@code Retry-After}.
 *
 * <p>
 * {@link #local(int, int)} keeps the budget in this JVM; the Spring Boot starter also
 * offers one shared on Redis (Bucket4j) for a fleet. Implementations must be thread-safe
 * and must not fail a call because their own store is unavailable: they fall back to
 * something local and say so in {@link #describe()}.
 *
 * @since 0.1.0
 */
public interface RateLimiter {

	/**
	 * Checkout.com's two budgets: reads ({@code GET}) and writes ({@code POST},
	 * {@code PUT}).
	 */
	enum Kind {

		/** {@code GET} requests. */
		READ,

		/** {@code POST} and {@code PUT} requests. */
		WRITE;

		/**
		 * The budget an HTTP method draws on.
		 * @param httpMethod e.g. {@code GET}
		 * @return {@link #READ} for {@code GET}/{@code HEAD}, {@link #WRITE} otherwise
		 */
		public static Kind of(String httpMethod) {
			return ("GET".equals(httpMethod) || "HEAD".equals(httpMethod)) ? READ : WRITE;
		}

	}

	/**
	 * Takes one permit of {@code kind}, waiting for it at most {@code maxWait}.
	 * @param kind the budget
	 * @param maxWait the longest wait (already cut to what is left of the call's
	 * deadline); zero for none
	 * @return {@code true} when a permit was taken, {@code false} when none would be free
	 * within {@code maxWait} (then none is consumed)
	 * @throws InterruptedException when interrupted while waiting
	 */
	boolean tryAcquire(Kind kind, Duration maxWait) throws InterruptedException;

	/**
	 * Checkout.com answered 429 and asked to wait: no permit of {@code kind} is handed
	 * out, to anyone sharing this limiter, for {@code duration}.
	 * @param kind the budget that was exceeded
	 * @param duration the server's {@code Retry-After}
	 */
	void pause(Kind kind, Duration duration);

	/**
	 * Health details without secrets, e.g. {@code store=local}, the budgets, and whether
	 * a shared store is in use or was replaced by a local fallback.
	 * @return the details
	 */
	Map<String, Object> describe();

	/**
	 * A limiter kept in this JVM: one token bucket per budget.
	 * @param readsPerSecond reads per second, 1 or more
	 * @param writesPerSecond writes per second, 1 or more
	 * @return the limiter
	 * @throws CheckoutConfigurationException naming {@code rateLimit.readsPerSecond} or
	 * {@code rateLimit.writesPerSecond}
	 */
	static RateLimiter local(int readsPerSecond, int writesPerSecond) {
		return new LocalRateLimiter(readsPerSecond, writesPerSecond);
	}

	/**
	 * A limiter kept in this JVM with the budgets of {@code settings}.
	 * @param settings the budgets
	 * @return the limiter
	 */
	static RateLimiter local(ClientSettings.RateLimit settings) {
		return new LocalRateLimiter(settings.readsPerSecond(), settings.writesPerSecond());
	}

	/**
	 * How many permits a bucket holds at most for a budget of {@code perSecond}: a tenth
	 * of a second's worth, so that a burst after a quiet moment can never put two
	 * seconds' traffic into one (Checkout.com counts per second).
	 * @param perSecond the budget
	 * @return the capacity, at least 1
	 */
	static int burstCapacity(int perSecond) {
		return Math.max(1, perSecond / 10);
	}

}
