package dev.checkoutsessions.autoconfigure.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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

import dev.checkoutsessions.autoconfigure.CheckoutRateLimiters;
import dev.checkoutsessions.client.ClientSettings;
import dev.checkoutsessions.client.RateLimiter;

/**
 * The limiters of {@code checkout.rate-limit.store=redis}: every account's buckets live
 * in Redis (Bucket4j), so that every instance of an application shares each account's
 * budget, and every account of this instance shares one connection to Redis and one
 * background probe, however many accounts there are. Each account has one
 * {@link RedisRateLimiter}, kept while a client holds it ({@link HeldLimiters}), with one
 * bucket per budget keyed {@code checkout-sessions:rate-limit:<account>:<read|write>},
 * where the account is its {@link AccountIdentity identity}: the merchant's subdomain or
 * a hash of the OAuth client id (two accounts never share a bucket, and no credential
 * appears in Redis).
 *
 * <p>
 * Redis being away never fails a call: each account's limiter then takes permits from a
 * local bucket of this instance's share of its budget (the budget divided by the number
 * of instances the application says share it), the limiters log one WARN between them,
 * report it in {@link RateLimiter#describe()} (and so in health), and go back to Redis
 * once the background probe reaches it again, on the one connection this object keeps for
 * its whole life.
 *
 * <p>
 * Connecting happens in the background, and only once this object is {@link #start()
 * started}: as a {@link SmartLifecycle} bean that is when the application context starts,
 * after the refresh (and after the Redis connection factory, whose phase is lower), so a
 * Redis that is down at startup delays nothing and an AOT cache or CDS training run
 * ({@code -Dspring.context.exit=onRefresh}), which ends with the refresh, never contacts
 * Redis. Until then permits come from the local buckets. Used outside a context it starts
 * on the first permit of any of its limiters.
 *
 * <p>
 * An account has one budget: the first one asked for. A later call for the same account
 * with other budgets gets the same limiter, and one WARN says so.
 *
 * @since 0.2.0
 */
public final class RedisRateLimiters implements CheckoutRateLimiters, SmartLifecycle, AutoCloseable {

	private static final Log logger = LogFactory.getLog(RedisRateLimiters.class);

	/** The name of the probe's thread, the one thread of all the limiters. */
	public static final String PROBE_THREAD = "checkout-rate-limit-redis";

	private static final String KEY_PREFIX = "checkout-sessions:rate-limit:";

	/** Read by the probe: a key of its own, of no account. */
	private static final byte[] PROBE_KEY = (KEY_PREFIX + "probe").getBytes(StandardCharsets.UTF_8);

	private static final BucketConfiguration PROBE_CONFIGURATION = configuration(1);

	private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

	private static final Duration NOT_READY_INTERVAL = Duration.ofMillis(100);

	/** How long {@link #close()} lets a probe under way finish before interrupting it. */
	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

	private final Store store;

	private final ScheduledThreadPoolExecutor probe;

	private final HeldLimiters<RedisRateLimiter> limiters = new HeldLimiters<>();

	/**
	 * Changes on every start and stop, so that a probe scheduled before a stop neither
	 * connects nor warns after it. Guarded by {@code this}.
	 */
	private int generation;

	private volatile boolean running;

	/**
	 * Whether this object was ever started: the first permit starts it if nothing else
	 * did, never once it was stopped.
	 */
	private volatile boolean started;

	/**
	 * The connection in use, a new one each time the probe reaches Redis again, or
	 * {@code null} while permits come from the local buckets.
	 */
	private volatile @Nullable Connection connection;

	private volatile @Nullable String unavailable = "not connected yet";

	private volatile @Nullable Instant unavailableSince = Instant.now();

	private volatile boolean warned;

	/**
	 * Creates the limiters, not connected: {@link #start()} (or the first permit) starts
	 * connecting.
	 * @param store the connection to Redis of every account's limiter, closed with this
	 * object
	 */
	public RedisRateLimiters(Store store) {
		this.store = store;
		this.probe = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, PROBE_THREAD);
			thread.setDaemon(true);
			return thread;
		});
		// Closed, the limiters probe no more, and their probes would only wait out their
		// delay.
		this.probe.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
	}

	@Override
	public RedisRateLimiter forAccount(@Nullable String subdomain, String clientId, ClientSettings.RateLimit budgets) {
		return forAccount(AccountIdentity.of(subdomain, clientId), budgets);
	}

	/**
	 * The limiter of the account with this identity, the same one for every call with the
	 * same identity.
	 * @param account the account's {@link AccountIdentity identity}, already free of
	 * secrets
	 * @param budgets the account's budgets, of which the limiter uses the reads and
	 * writes per second and the number of instances that share them: while Redis is away
	 * each takes this share of them locally (at least one permit per second), so the
	 * fleet together stays within the account's limit
	 * @return the account's limiter
	 */
	public RedisRateLimiter forAccount(String account, ClientSettings.RateLimit budgets) {
		RedisRateLimiter limiter = this.limiters.get(account, (key) -> new RedisRateLimiter(this, key, budgets));
		limiter.checkBudgets(budgets);
		return limiter;
	}

	/** How many accounts have a limiter a client still holds. */
	public int size() {
		return this.limiters.size();
	}

	/**
	 * Starts connecting to Redis in the background; permits come from the local buckets
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
	 * Stops using Redis and closes the connection: permits come from the local buckets
	 * until this object is started again.
	 */
	@Override
	public void stop() {
		synchronized (this) {
			if (!this.running) {
				return;
			}
			this.running = false;
			this.generation++;
			this.connection = null;
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

	/** Whether permits currently come from Redis. */
	public boolean isShared() {
		return this.connection != null;
	}

	/**
	 * Stops the limiters for good and closes their connection.
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
		return "RedisRateLimiters{accounts=" + this.limiters.size() + ", shared=" + isShared() + "}";
	}

	/**
	 * The connection to take permits from, starting this object on a first permit outside
	 * a context; {@code null} while permits come from the local buckets.
	 */
	@Nullable Connection connection() {
		if (!this.started) {
			start();
		}
		return this.connection;
	}

	/** Why Redis is not in use, or {@code null} when it is. */
	@Nullable String unavailable() {
		return this.unavailable;
	}

	@Nullable Instant unavailableSince() {
		return this.unavailableSince;
	}

	/**
	 * A call on {@code connection} failed: every limiter goes to its local bucket, and
	 * the probe looks for Redis again.
	 * @param connection the connection the call was made on
	 * @param ex why it failed
	 * @param limiter the limiter that made it, whose fallback the WARN describes
	 */
	void failed(Connection connection, RuntimeException ex, RedisRateLimiter limiter) {
		int generation;
		synchronized (this) {
			if (this.connection != connection) {
				// Another limiter noticed first, or the probe already reconnected.
				return;
			}
			this.connection = null;
			this.unavailable = ex.getClass().getSimpleName();
			this.unavailableSince = Instant.now();
			generation = this.generation;
		}
		warnOnce(ex, "account " + limiter.account() + ": " + limiter.fallbackBudget());
		schedule(generation, PROBE_INTERVAL);
	}

	private void warnOnce(RuntimeException ex, String fallback) {
		if (!this.warned) {
			this.warned = true;
			logger.warn("Redis is unreachable for the Checkout.com rate limit (" + ex.getClass().getSimpleName()
					+ "); permits come from a local bucket of each account's share of its budget (" + fallback
					+ ") until it is back. Calls go on.");
		}
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
	 * Reads the probe's bucket: only a Redis that answers is used again.
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
			manager.builder().build(PROBE_KEY, () -> PROBE_CONFIGURATION).getAvailableTokens();
			synchronized (this) {
				if (generation != this.generation) {
					return;
				}
				this.connection = new Connection(manager);
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
			int accounts = this.limiters.size();
			warnOnce(ex, accounts + ((accounts == 1) ? " account" : " accounts"));
			schedule(generation, PROBE_INTERVAL);
		}
	}

	static BucketConfiguration configuration(int perSecond) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(RateLimiter.burstCapacity(perSecond))
				.refillGreedy(perSecond, Duration.ofSeconds(1)))
			.build();
	}

	/**
	 * The key of one of an account's buckets.
	 * @param account the account's identity
	 * @param kind the budget
	 * @return {@code checkout-sessions:rate-limit:<account>:<read|write>}
	 */
	static String key(String account, RateLimiter.Kind kind) {
		return KEY_PREFIX + account + ":" + kind.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Where the buckets live: the one connection to Redis of every account's limiter,
	 * which the probe asks for whenever it looks for Redis, and which is closed on stop.
	 */
	public interface Store extends AutoCloseable {

		/**
		 * The proxy manager on the connection, connecting first when there is none yet.
		 * Later calls hand out the same connection rather than open another: the client
		 * reconnects it by itself, and the probe asks again and again while Redis is
		 * away.
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

	/**
	 * One period of Redis answering: a failure on it sends every limiter to its local
	 * bucket once, and the buckets of each account are built again on the next one.
	 */
	static final class Connection {

		private final ProxyManager<byte[]> manager;

		Connection(ProxyManager<byte[]> manager) {
			this.manager = manager;
		}

		BucketProxy bucket(String account, RateLimiter.Kind kind, int perSecond) {
			BucketConfiguration configuration = configuration(perSecond);
			// A changed budget replaces the stored configuration instead of being
			// ignored.
			return this.manager.builder()
				.withImplicitConfigurationReplacement(perSecond, TokensInheritanceStrategy.PROPORTIONALLY)
				.build(key(account, kind).getBytes(StandardCharsets.UTF_8), () -> configuration);
		}

	}

}
