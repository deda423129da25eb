package dev.checkoutsessions.autoconfigure.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.CheckoutConfigurationException;
import dev.checkoutsessions.client.RateLimiter;

/**
 * {@link RateLimiter} whose buckets live in Redis (Bucket4j), so that every instance of
 * an application shares the account's budget: one bucket per account and budget, keyed
 * {@code checkout-sessions:rate-limit:<account>:
 * <read|write>}, where the account is the merchant's subdomain or a hash of the OAuth
 * client id (two accounts never share a bucket, and no credential appears in Redis).
 *
 * <p>
 * Redis being away never fails a call: the limiter then takes permits from a local bucket
 * of this instance's share of the budget (the budget divided by the number of instances
 * the application says share it), logs one WARN, reports it in {@link #describe()} (and
 * so in health), and goes back to Redis once a background probe reaches it again.
 * Connecting happens in the background too, so a Redis that is down at startup delays
 * nothing.
 *
 * @since 0.1.0
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

	private static final Log logger = LogFactory.getLog(RedisRateLimiter.class);

	private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

	private static final Duration NOT_READY_INTERVAL = Duration.ofMillis(100);

	private final Store store;

	private final String account;

	private final int readsPerSecond;

	private final int writesPerSecond;

	private final int instances;

	private final RateLimiter fallback;

	private final ScheduledExecutorService probe;

	private volatile @Nullable Buckets buckets;

	private volatile @Nullable String unavailable = "not connected yet";

	private volatile @Nullable Instant unavailableSince = Instant.now();

	private volatile boolean warned;

	/**
	 * Creates the limiter and starts connecting in the background.
	 * @param store the limiter's connection to Redis, closed with the limiter
	 * @param account the account the buckets belong to, already free of secrets
	 * @param readsPerSecond the read budget
	 * @param writesPerSecond the write budget
	 * @param instances how many instances share the budget: while Redis is away each
	 * takes this share of it locally (at least one permit per second), so the fleet
	 * together stays within the account's limit
	 */
	public RedisRateLimiter(Store store, String account, int readsPerSecond, int writesPerSecond, int instances) {
		if (instances < 1) {
			throw new CheckoutConfigurationException("instances", "instances must be 1 or more, was " + instances);
		}
		this.store = store;
		this.account = account;
		this.readsPerSecond = readsPerSecond;
		this.writesPerSecond = writesPerSecond;
		this.instances = instances;
		this.fallback = RateLimiter.local(share(readsPerSecond, instances), share(writesPerSecond, instances));
		this.probe = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "checkout-rate-limit-redis");
			thread.setDaemon(true);
			return thread;
		});
		this.probe.execute(this::reconnect);
	}

	@Override
	public boolean tryAcquire(Kind kind, Duration maxWait) throws InterruptedException {
		Buckets remote = this.buckets;
		if (remote != null) {
			long start = System.nanoTime();
			try {
				return remote.of(kind).asBlocking().tryConsume(1, maxWait);
			}
			catch (InterruptedException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				storeFailed(ex);
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
		Buckets remote = this.buckets;
		if (remote == null) {
			return;
		}
		try {
			BucketProxy bucket = remote.of(kind);
			// Empty the shared bucket, then go as far below zero as the server asked to
			// wait: every instance sees no permit until it has refilled.
			bucket.tryConsumeAsMuchAsPossible();
			long deficit = (long) Math.ceil(perSecond(kind) * (duration.toNanos() / 1e9));
			if (deficit > 0) {
				bucket.consumeIgnoringRateLimits(deficit);
			}
		}
		catch (RuntimeException ex) {
			storeFailed(ex);
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
		String reason = this.unavailable;
		if (reason == null) {
			details.put("redis", "connected");
		}
		else {
			details.put("redis", "unavailable since " + this.unavailableSince + " (" + reason + "); permits come from "
					+ "a local bucket of " + fallbackBudget() + " until Redis is back");
		}
		return details;
	}

	/** Whether permits currently come from Redis. */
	public boolean isShared() {
		return this.buckets != null;
	}

	@Override
	public void close() {
		this.probe.shutdownNow();
		this.store.close();
	}

	@Override
	public String toString() {
		return "RedisRateLimiter{account=" + this.account + ", reads=" + this.readsPerSecond + "/s, writes="
				+ this.writesPerSecond + "/s, shared=" + isShared() + "}";
	}

	private void storeFailed(RuntimeException ex) {
		synchronized (this) {
			if (this.buckets == null) {
				return;
			}
			this.buckets = null;
			this.unavailable = ex.getClass().getSimpleName();
			this.unavailableSince = Instant.now();
		}
		if (!this.warned) {
			this.warned = true;
			logger.warn("Redis is unreachable for the Checkout.com rate limit (" + ex.getClass().getSimpleName()
					+ "); permits come from a local bucket of " + fallbackBudget() + " until it is back. Calls go on.");
		}
		schedule();
	}

	private void schedule() {
		schedule(PROBE_INTERVAL);
	}

	private void schedule(Duration delay) {
		if (!this.probe.isShutdown()) {
			this.probe.schedule(this::reconnect, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Builds the buckets and reads one of them: only a Redis that answers is used again.
	 */
	private void reconnect() {
		try {
			ProxyManager<byte[]> manager = this.store.proxyManager();
			if (manager == null) {
				// The application is still starting: not a Redis problem, nothing to warn
				// about.
				schedule(NOT_READY_INTERVAL);
				return;
			}
			Buckets fresh = new Buckets(bucket(manager, Kind.READ), bucket(manager, Kind.WRITE));
			fresh.of(Kind.READ).getAvailableTokens();
			synchronized (this) {
				this.buckets = fresh;
				this.unavailable = null;
				this.unavailableSince = null;
			}
			if (this.warned) {
				logger.info("Redis is reachable again: the Checkout.com rate limit is shared across instances again");
			}
		}
		catch (RuntimeException ex) {
			this.unavailable = ex.getClass().getSimpleName();
			if (!this.warned) {
				this.warned = true;
				logger.warn("Redis is unreachable for the Checkout.com rate limit (" + ex.getClass().getSimpleName()
						+ "); permits come from a local bucket of " + fallbackBudget()
						+ " until it is back. Calls go on.");
			}
			schedule();
		}
	}

	private BucketProxy bucket(ProxyManager<byte[]> manager, Kind kind) {
		int perSecond = perSecond(kind);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(RateLimiter.burstCapacity(perSecond))
				.refillGreedy(perSecond, Duration.ofSeconds(1)))
			.build();
		byte[] key = ("checkout-sessions:rate-limit:" + this.account + ":"
				+ kind.name().toLowerCase(java.util.Locale.ROOT))
			.getBytes(StandardCharsets.UTF_8);
		// A changed budget replaces the stored configuration instead of being ignored.
		return manager.builder()
			.withImplicitConfigurationReplacement(perSecond, TokensInheritanceStrategy.PROPORTIONALLY)
			.build(key, () -> configuration);
	}

	/**
	 * This instance's share of a budget while Redis is away; never zero, so calls go on.
	 */
	static int share(int perSecond, int instances) {
		return Math.max(1, perSecond / instances);
	}

	private String fallbackBudget() {
		return share(this.readsPerSecond, this.instances) + " reads/s and "
				+ share(this.writesPerSecond, this.instances) + " writes/s"
				+ ((this.instances > 1) ? " (the budget ÷ " + this.instances + " instances)" : "");
	}

	private int perSecond(Kind kind) {
		return (kind == Kind.READ) ? this.readsPerSecond : this.writesPerSecond;
	}

	/**
	 * Where the buckets live: the limiter's own connection to Redis, which it asks for
	 * whenever it probes Redis and closes when it closes.
	 */
	public interface Store extends AutoCloseable {

		/**
		 * The proxy manager on the limiter's connection, connecting first when there is
		 * none yet. Later calls hand out the same connection rather than open another:
		 * the client reconnects it by itself, and the limiter probes again and again
		 * while Redis is away.
		 * @return the proxy manager, or {@code null} while the application's connection
		 * factory has not started
		 * @throws RuntimeException if Redis cannot be reached (nothing is left open then)
		 */
		@Nullable ProxyManager<byte[]> proxyManager();

		/**
		 * Closes the connection, if one is open.
		 */
		@Override
		void close();

	}

	private record Buckets(BucketProxy reads, BucketProxy writes) {

		BucketProxy of(Kind kind) {
			return (kind == Kind.READ) ? this.reads : this.writes;
		}

	}

}
