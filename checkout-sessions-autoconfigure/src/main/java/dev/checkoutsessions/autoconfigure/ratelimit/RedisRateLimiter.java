package dev.checkoutsessions.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.distributed.BucketProxy;
import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;

/**
 * The {@link RateLimiter} of one account whose buckets live in Redis (Bucket4j), so that
 * every instance of an application shares the account's budget: one bucket per budget,
 * keyed {@code checkout-sessions:rate-limit:<account>:<read|write>}, where the account is
 * its {@link AccountIdentity identity}. Every account's limiter of an application is
 * handed out by one {@link RedisRateLimiters}, which owns their one connection to Redis,
 * their probe and their life cycle (see there for what happens while Redis is away).
 *
 * <p>
 * Redis being away never fails a call: the limiter then takes permits from a local bucket
 * of this instance's share of the budget (the budget divided by the number of instances
 * the application says share it), and reports it in {@link #describe()} (and so in
 * health) until {@link RedisRateLimiters} reaches Redis again.
 *
 * @since 0.1.0
 */
public final class RedisRateLimiter implements RateLimiter {

	private final RedisRateLimiters limiters;

	private final String account;

	private final int readsPerSecond;

	private final int writesPerSecond;

	private final int instances;

	private final AccountBudgets budgets;

	private final RateLimiter fallback;

	/** The account's buckets on the connection they were built on. */
	private volatile @Nullable Buckets buckets;

	RedisRateLimiter(RedisRateLimiters limiters, String account, ClientSettings.RateLimit budgets) {
		this.limiters = limiters;
		this.account = account;
		this.readsPerSecond = budgets.readsPerSecond();
		this.writesPerSecond = budgets.writesPerSecond();
		this.instances = budgets.instances();
		this.budgets = new AccountBudgets(account, budgets);
		this.fallback = RateLimiter.local(share(this.readsPerSecond, this.instances),
				share(this.writesPerSecond, this.instances));
	}

	@Override
	public boolean tryAcquire(Kind kind, Duration maxWait) throws InterruptedException {
		RedisRateLimiters.Connection connection = this.limiters.connection();
		if (connection != null) {
			long start = System.nanoTime();
			try {
				return buckets(connection).of(kind).asBlocking().tryConsume(1, maxWait);
			}
			catch (InterruptedException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				this.limiters.failed(connection, ex, this);
				maxWait = maxWait.minusNanos(System.nanoTime() - start);
				if (maxWait.isNegative()) {
					maxWait = Duration.ZERO;
				}
			}
		}
		return this.fallback.tryAcquire(kind, maxWait);
	}

	@Override
	public void pause(Kind kind, Duration duration) {
		this.fallback.pause(kind, duration);
		RedisRateLimiters.Connection connection = this.limiters.connection();
		if (connection == null) {
			return;
		}
		try {
			BucketProxy bucket = buckets(connection).of(kind);
			// Empty the shared bucket, then go as far below zero as the server asked to
			// wait: every instance sees no permit until it has refilled.
			bucket.tryConsumeAsMuchAsPossible();
			long deficit = (long) Math.ceil(perSecond(kind) * (duration.toNanos() / 1e9));
			if (deficit > 0) {
				bucket.consumeIgnoringRateLimits(deficit);
			}
		}
		catch (RuntimeException ex) {
			this.limiters.failed(connection, ex, this);
		}
	}

	@Override
	public Map<String, Object> describe() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("store", "redis");
		details.put("account", this.account);
		details.put("readsPerSecond", this.readsPerSecond);
		details.put("writesPerSecond", this.writesPerSecond);
		details.put("instances", this.instances);
		String reason = this.limiters.unavailable();
		if (reason == null) {
			details.put("redis", "connected");
		}
		else {
			Instant since = this.limiters.unavailableSince();
			details.put("redis", "unavailable since " + since + " (" + reason + "); permits come from "
					+ "a local bucket of " + fallbackBudget() + " until Redis is back");
		}
		return details;
	}

	/** Whether permits currently come from Redis. */
	public boolean isShared() {
		return this.limiters.isShared();
	}

	/**
	 * The account the buckets belong to.
	 * @return its {@link AccountIdentity identity}
	 */
	public String account() {
		return this.account;
	}

	/**
	 * What hands out this limiter and owns its connection to Redis.
	 * @return the limiters of every account
	 */
	public RedisRateLimiters limiters() {
		return this.limiters;
	}

	@Override
	public String toString() {
		return "RedisRateLimiter{account=" + this.account + ", reads=" + this.readsPerSecond + "/s, writes="
				+ this.writesPerSecond + "/s, shared=" + isShared() + "}";
	}

	void checkBudgets(ClientSettings.RateLimit asked) {
		this.budgets.check(asked);
	}

	private Buckets buckets(RedisRateLimiters.Connection connection) {
		Buckets buckets = this.buckets;
		if (buckets == null || buckets.connection() != connection) {
			// Building a bucket proxy talks to nobody: Redis sees the bucket on its first
			// permit.
			buckets = new Buckets(connection, connection.bucket(this.account, Kind.READ, this.readsPerSecond),
					connection.bucket(this.account, Kind.WRITE, this.writesPerSecond));
			this.buckets = buckets;
		}
		return buckets;
	}

	/**
	 * This instance's share of a budget while Redis is away; never zero, so calls go on.
	 */
	static int share(int perSecond, int instances) {
		return Math.max(1, perSecond / instances);
	}

	String fallbackBudget() {
		return share(this.readsPerSecond, this.instances) + " reads/s and "
				+ share(this.writesPerSecond, this.instances) + " writes/s"
				+ ((this.instances > 1) ? " (the budget ÷ " + this.instances + " instances)" : "");
	}

	private int perSecond(Kind kind) {
		return (kind == Kind.READ) ? this.readsPerSecond : this.writesPerSecond;
	}

	private record Buckets(RedisRateLimiters.Connection connection, BucketProxy reads, BucketProxy writes) {

		BucketProxy of(Kind kind) {
			return (kind == Kind.READ) ? this.reads : this.writes;
		}

	}

}
