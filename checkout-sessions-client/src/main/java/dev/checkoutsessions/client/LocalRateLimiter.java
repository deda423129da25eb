package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link RateLimiter} kept in this JVM: a token bucket per budget that refills
 * continuously. A caller that may wait reserves its permit at once and then sleeps until
 * the permit is due, so waiting callers are served in order and never more than the
 * budget.
 *
 * @since 0.1.0
 */
public final class LocalRateLimiter implements RateLimiter {

	private final Bucket reads;

	private final Bucket writes;

	/**
	 * Creates buckets for the two budgets of one account.
	 * @param readsPerSecond the read budget, 1 or more
	 * @param writesPerSecond the write budget, 1 or more
	 */
	public LocalRateLimiter(int readsPerSecond, int writesPerSecond) {
		// The budgets' rules live in the settings.
		ClientSettings.RateLimit budgets = ClientSettings.RateLimit.defaults()
			.withBudgets(readsPerSecond, writesPerSecond);
		this.reads = new Bucket(budgets.readsPerSecond());
		this.writes = new Bucket(budgets.writesPerSecond());
	}

	@Override
	public boolean tryAcquire(Kind kind, Duration maxWait) throws InterruptedException {
		long waitNanos = bucket(kind).reserve(maxWait.toNanos());
		if (waitNanos < 0) {
			return false;
		}
		if (waitNanos > 0) {
			TimeUnit.NANOSECONDS.sleep(waitNanos);
		}
		return true;
	}

	@Override
	public void pause(Kind kind, Duration duration) {
		bucket(kind).pause(duration.toNanos());
	}

	@Override
	public Map<String, Object> describe() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("store", "local");
		details.put("readsPerSecond", this.reads.perSecond);
		details.put("writesPerSecond", this.writes.perSecond);
		return details;
	}

	private Bucket bucket(Kind kind) {
		return (kind == Kind.READ) ? this.reads : this.writes;
	}

	@Override
	public String toString() {
		return "LocalRateLimiter{reads=" + this.reads.perSecond + "/s, writes=" + this.writes.perSecond + "/s}";
	}

	/**
	 * Tokens may go below zero: that is how a reserved permit and a pause are waited for.
	 */
	private static final class Bucket {

		private final int perSecond;

		private final double capacity;

		private final double tokensPerNano;

		private double tokens;

		private long lastRefill = System.nanoTime();

		Bucket(int perSecond) {
			this.perSecond = perSecond;
			this.capacity = RateLimiter.burstCapacity(perSecond);
			this.tokensPerNano = perSecond / 1e9;
			this.tokens = this.capacity;
		}

		/**
		 * Nanoseconds until the reserved permit is due, or -1 when that is beyond
		 * {@code maxWaitNanos}.
		 */
		synchronized long reserve(long maxWaitNanos) {
			refill();
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			long wait = (long) Math.ceil((1 - this.tokens) / this.tokensPerNano);
			if (wait > maxWaitNanos) {
				return -1;
			}
			this.tokens -= 1;
			return wait;
		}

		synchronized void pause(long nanos) {
			refill();
			this.tokens = Math.min(this.tokens, 0) - nanos * this.tokensPerNano;
		}

		private void refill() {
			long now = System.nanoTime();
			this.tokens = Math.min(this.capacity, this.tokens + (now - this.lastRefill) * this.tokensPerNano);
			this.lastRefill = now;
		}

	}

}
