package dev.checkoutsessions.autoconfigure.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

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
 * so in health), and goes back to Redis once a background probe reaches it again, on the
 * one connection of its own that it keeps for its whole life.
 *
 * <p>
 * Connecting happens in the background, and only once the limiter is {@link #start()
 * started}: as a {@link SmartLifecycle} bean that is when the application context starts,
 * after the refresh (and after the Redis connection factory, whose phase is lower), so a
 * Redis that is down at startup delays nothing and an AOT cache or CDS training run
 * ({@code -Dspring.context.exit=onRefresh}), which ends with the refresh, never contacts
 * Redis. Until then permits come from the local bucket. A limiter used outside a context
 * starts on its first permit.
 *
 * @since 0.1.0
 */
public final class RedisRateLimiter implements RateLimiter, SmartLifecycle, AutoCloseable {

	private static final Log logger = LogFactory.getLog(RedisRateLimiter.class);

	private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

	private static final Duration NOT_READY_INTERVAL = Duration.ofMillis(100);

	/** How long {@link #close()} lets a probe under way finish before interrupting it. */
	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

	private final Store store;

	private final String account;

	private final int readsPerSecond;

	private final int writesPerSecond;

	private final int instances;

	private final RateLimiter fallback;

	private final ScheduledThreadPoolExecutor probe;

	/**
	 * Changes on every start and stop, so that a probe scheduled before a stop neither
	 * connects nor warns after it. Guarded by {@code this}.
	 */
	private int generation;

	private volatile boolean running;

	/**
	 * Whether the limiter was ever started: the first permit starts one that nothing else
	 * did, never one that was stopped.
	 */
	private volatile boolean started;

	private volatile @Nullable Buckets buckets;

	private volatile @Nullable String unavailable = "not connected yet";

	private volatile @Nullable Instant unavailableSince = Instant.now();

	private volatile boolean warned;

	/**
	 * Creates the limiter, not connected: {@link #start()} (or the first permit) starts
	 * connecting.
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
		this.probe = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "checkout-rate-limit-redis");
			thread.setDaemon(true);
			return thread;
		});
		// A closed limiter probes no more, and its probes would only wait out their
		// delay.
		this.probe.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
	}

	/**
	 * Starts connecting to Redis in the background; permits come from the local bucket
	 * until it answers.
	 */
	@Override
	public void start() {
		synchronized (this) {
			if (this.running || this.probe.isShutdown()) {
				return;
			}
			this.running = true;
			this.started = true;
			this.unavailable = "not connected yet";
			this.unavailableSince = Instant.now();
			schedule(++this.generation, Duration.ZERO);
		}
	}

	/**
	 * Stops using Redis and closes the connection: permits come from the local bucket
	 * until the limiter is started again.
	 */
	@Override
	public void stop() {
		synchronized (this) {
			if (!this.running) {
				return;
			}
			this.running = false;
			this.generation++;
			this.buckets = null;
			this.unavailable = "stopped";
			this.unavailableSince = Instant.now();
		}
		try {
			// On the probe's thread, after any probe under way: the connection it may be
			// opening is closed too.
			this.probe.execute(this.store::close);
		}
		catch (RejectedExecutionException ex) {
			this.store.close();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean tryAcquire(Kind kind, Duration maxWait) throws InterruptedException {
		if (!this.started) {
			start();
		}
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

	/**
	 * Stops the limiter for good and closes its connection.
	 */
	@Override
	public void close() {
		stop();
		this.probe.shutdown();
		try {
			if (!this.probe.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				this.probe.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.probe.shutdownNow();
		}
		this.store.close();
	}

	@Override
	public String toString() {
		return "RedisRateLimiter{account=" + this.account + ", reads=" + this.readsPerSecond + "/s, writes="
				+ this.writesPerSecond + "/s, shared=" + isShared() + "}";
	}

	private void storeFailed(RuntimeException ex) {
		int generation;
		synchronized (this) {
			if (this.buckets == null) {
				return;
			}
			this.buckets = null;
			this.unavailable = ex.getClass().getSimpleName();
			this.unavailableSince = Instant.now();
			generation = this.generation;
		}
		if (!this.warned) {
			this.warned = true;
			logger.warn("Redis is unreachable for the Checkout.com rate limit (" + ex.getClass().getSimpleName()
					+ "); permits come from a local bucket of " + fallbackBudget() + " until it is back. Calls go on.");
		}
		schedule(generation, PROBE_INTERVAL);
	}

	private void schedule(int generation, Duration delay) {
		try {
			this.probe.schedule(() -> reconnect(generation), delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Closed: nothing to probe for any more.
		}
	}

	private synchronized boolean isCurrent(int generation) {
		return generation == this.generation;
	}

	/**
	 * Builds the buckets and reads one of them: only a Redis that answers is used again.
	 */
	private void reconnect(int generation) {
		if (!isCurrent(generation)) {
			return;
		}
		try {
			ProxyManager<byte[]> manager = this.store.proxyManager();
			if (manager == null) {
				// The application is still starting: not a Redis problem, nothing to warn
				// about.
				schedule(generation, NOT_READY_INTERVAL);
				return;
			}
			Buckets fresh = new Buckets(bucket(manager, Kind.READ), bucket(manager, Kind.WRITE));
			fresh.of(Kind.READ).getAvailableTokens();
			synchronized (this) {
				if (generation != this.generation) {
					return;
				}
				this.buckets = fresh;
				this.unavailable = null;
				this.unavailableSince = null;
			}
			if (this.warned) {
				logger.info("Redis is reachable again: the Checkout.com rate limit is shared across instances again");
			}
		}
		catch (RuntimeException ex) {
			synchronized (this) {
				if (generation != this.generation) {
					// Stopped while connecting: not a Redis problem either.
					return;
				}
				this.unavailable = ex.getClass().getSimpleName();
			}
			if (!this.warned) {
				this.warned = true;
				logger.warn("Redis is unreachable for the Checkout.com rate limit (" + ex.getClass().getSimpleName()
						+ "); permits come from a local bucket of " + fallbackBudget()
						+ " until it is back. Calls go on.");
			}
			schedule(generation, PROBE_INTERVAL);
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
	 * whenever it probes Redis and closes when it stops.
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
		 * Closes the connection, if one is open; the next {@link #proxyManager()} opens
		 * another.
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
