package dev.checkoutsessions.client;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * {@link SessionsClients} for accounts known only at run time, e.g. a platform's
 * merchants whose credentials are in its own database: a {@link CheckoutAccountResolver}
 * looks an account up the first time its client is asked for, a client factory builds the
 * client, and the client is cached until the account changes, goes idle or is the least
 * recently used beyond {@code maxAccounts}.
 *
 * <pre>{@code
 * CheckoutTransport transport = CheckoutTransport.create(ClientSettings.defaults().withMaxConnections(50));
 * SessionsClients configured = SessionsClients.of(Map.of("eu", SessionsClient.builder()
 *     .transport(transport).account("eu").clientCredentials(euId, euSecret).build()), "eu");
 * ResolvingSessionsClients clients = ResolvingSessionsClients
 *     .builder((name) -> merchants.findCredentials(name)                  // the application's store
 *             .map((m) -> CheckoutAccount.of(m.accessKeyId(), m.accessKeySecret()).withSubdomain(m.subdomain()))
 *             .orElse(null),
 *         (account) -> account.applyTo(SessionsClient.builder().transport(transport)).build())
 *     .configured(configured)
 *     .build();
 * clients.get("merchant-42").getSessionDetails(sessionId);
 * clients.accountChanged("merchant-42");   // after the merchant rotated its access key
 * // On shutdown: clients.close(), then the configured clients, then transport.close().
 * }</pre>
 *
 * <h2>Sharing</h2> Build every resolved client on one {@link CheckoutTransport}: the
 * accounts then share one HTTP connection pool and one async executor, however many there
 * are, and each keeps its own OAuth token, rate limit and recent calls. A client on a
 * transport owns no resources, so closing it (on eviction) releases nothing that a call
 * still running on it needs: that call finishes normally. A client with a pool of its own
 * would end such calls when evicted, and hold a pool and a thread per account.
 *
 * <h2>Caching</h2> A cached client is returned without a lock and without calling the
 * resolver. The first {@link #get} of an account runs the resolver and the factory in the
 * caller's thread, once however many threads ask at the same time: the others wait for
 * the same client or the same failure. A failure, or a resolver answering {@code null}
 * ({@link UnknownCheckoutAccountException}), is not cached: the next {@code get} asks
 * again. Different accounts are resolved in parallel.
 *
 * <h2>Eviction</h2> An evicted client is closed, and the next {@code get} resolves the
 * account again. A client is evicted by {@link #accountChanged}; when unused for
 * {@code idleTimeout}; and, the least recently used first, when more than
 * {@code maxAccounts} are cached. Idle clients are swept by the {@code get} calls
 * themselves, at most once per minute (or per {@code idleTimeout} if shorter), with no
 * thread of their own: an application that stops calling keeps its last clients until
 * {@link #evictIdle()} or {@link #close()}. An account changed while it was being
 * resolved is resolved again before its waiting callers get a client, so credentials read
 * before the change are never cached.
 *
 * @since 0.2.0
 */
public final class ResolvingSessionsClients implements SessionsClients, AutoCloseable {

	private static final Duration LONGEST_SWEEP_INTERVAL = Duration.ofMinutes(1);

	// toString() lists at most this many resolved accounts.
	private static final int NAMES_SHOWN = 20;

	private final CheckoutAccountResolver resolver;

	private final Function<CheckoutAccount, SessionsClient> clientFactory;

	private final @Nullable SessionsClients configured;

	private final long idleMillis;

	private final long sweepIntervalMillis;

	private final int maxAccounts;

	private final LongSupplier nowMillis;

	private final ConcurrentHashMap<String, ResolvedAccount> accounts = new ConcurrentHashMap<>();

	/** Held while a builder chooses and removes the accounts beyond the maximum. */
	private final Object evictionLock = new Object();

	private final AtomicLong nextSweepMillis;

	private volatile boolean closed;

	private ResolvingSessionsClients(Builder builder) {
		this.resolver = builder.resolver;
		this.clientFactory = builder.clientFactory;
		this.configured = builder.configured;
		this.idleMillis = builder.idleTimeout.toMillis();
		this.sweepIntervalMillis = Math.min(this.idleMillis, LONGEST_SWEEP_INTERVAL.toMillis());
		this.maxAccounts = builder.maxAccounts;
		Clock clock = builder.clock;
		this.nowMillis = (clock != null) ? clock::millis : () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
		this.nextSweepMillis = new AtomicLong(this.nowMillis.getAsLong() + this.sweepIntervalMillis);
	}

	/**
	 * Starts a builder.
	 * @param resolver looks up an account by name, e.g. in the application's database;
	 * called only when the account's client is not cached
	 * @param clientFactory builds the client of a resolved account, e.g.
	 * {@code (account) -> account.applyTo(SessionsClient.builder().transport(transport)).build()}
	 * @return the builder
	 */
	public static Builder builder(CheckoutAccountResolver resolver,
			Function<CheckoutAccount, SessionsClient> clientFactory) {
		return new Builder(resolver, clientFactory);
	}

	/**
	 * The client of a configured account, or else of the account the resolver finds,
	 * built on first use and cached.
	 * @param account the account's name
	 * @return its client
	 * @throws UnknownCheckoutAccountException when it is not configured and the resolver
	 * knows no account by that name
	 * @throws IllegalStateException after {@link #close()}
	 */
	@Override
	public SessionsClient get(String account) {
		Objects.requireNonNull(account, "account must not be null");
		ensureOpen();
		SessionsClients configured = this.configured;
		if (configured != null && configured.names().contains(account)) {
			return configured.get(account);
		}
		long now = this.nowMillis.getAsLong();
		ResolvedAccount cached = this.accounts.get(account);
		SessionsClient client = (cached != null) ? cached.readyClient() : null;
		if (cached != null && client != null && now - cached.lastUsedMillis() < this.idleMillis) {
			cached.used(now);
		}
		else {
			if (cached != null && client != null) {
				evict(cached, false);
			}
			client = resolveOrWait(account);
		}
		sweepIfDue(now);
		return client;
	}

	/**
	 * {@return the configured accounts' names, empty without configured accounts;
	 * resolved accounts are not listed}
	 */
	@Override
	public Set<String> names() {
		return (this.configured != null) ? this.configured.names() : Set.of();
	}

	/**
	 * The configured default account's client; a resolved account is never the default.
	 * @return the client
	 * @throws UnknownCheckoutAccountException when no configured account is the default
	 */
	@Override
	public SessionsClient defaultClient() {
		ensureOpen();
		if (this.configured == null) {
			throw UnknownCheckoutAccountException.noDefault(Set.of());
		}
		return this.configured.defaultClient();
	}

	/**
	 * Evicts and closes the account's cached client, so that the next {@link #get}
	 * resolves it again; a resolution under way is done again before anyone gets its
	 * client. Does nothing for a configured account or one not cached.
	 * @param account the account's name
	 */
	@Override
	public void accountChanged(String account) {
		ResolvedAccount cached = this.accounts.get(account);
		if (cached != null) {
			evict(cached, true);
		}
	}

	/**
	 * Evicts and closes the clients unused for {@code idleTimeout} now. {@link #get} does
	 * this by itself, at most once per minute; call this from a scheduler of your own
	 * when calls may stop for long.
	 */
	public void evictIdle() {
		evictIdle(this.nowMillis.getAsLong());
	}

	/**
	 * Closes every resolved account's client (a failure to close one is logged) and
	 * refuses later calls of {@link #get}; the configured clients are left to whoever
	 * built them.
	 */
	@Override
	public void close() {
		this.closed = true;
		for (ResolvedAccount account : this.accounts.values()) {
			evict(account, true);
		}
	}

	@Override
	public String toString() {
		List<String> names = new ArrayList<>();
		for (String name : this.accounts.keySet()) {
			if (names.size() == NAMES_SHOWN) {
				names.add("…");
				break;
			}
			names.add(name);
		}
		return "ResolvingSessionsClients{configured=" + names() + ", resolved=" + this.accounts.size() + " " + names
				+ (this.closed ? ", closed" : "") + "}";
	}

	/**
	 * The client of an account not cached: built here, or awaited when another caller is
	 * building it. An account that changed while it was being built is built again: what
	 * the resolver read may be what changed. One evicted for room or idleness is not: its
	 * client is as good as one a cached get returned just before the eviction.
	 */
	private SessionsClient resolveOrWait(String name) {
		while (true) {
			ResolvedAccount mine = new ResolvedAccount(name, this.nowMillis.getAsLong());
			ResolvedAccount other = this.accounts.putIfAbsent(name, mine);
			ResolvedAccount account = (other != null) ? other : mine;
			SessionsClient client = (other != null) ? awaitClient(other) : build(mine);
			ensureOpen();
			if (!account.isChanged()) {
				account.used(this.nowMillis.getAsLong());
				return client;
			}
		}
	}

	/**
	 * Runs the resolver and the factory for an account this caller put in the cache.
	 * Nothing is locked meanwhile: other accounts resolve in parallel, and callers of
	 * this one wait on {@code account}.
	 */
	private SessionsClient build(ResolvedAccount account) {
		SessionsClient client;
		try {
			CheckoutAccount resolved = this.resolver.resolve(account.name());
			if (resolved == null) {
				throw UnknownCheckoutAccountException.unresolved(account.name(), names());
			}
			client = Objects.requireNonNull(this.clientFactory.apply(resolved), "the client factory returned null");
		}
		catch (Throwable ex) {
			// Removed before the waiters hear of it, so the next get tries again.
			this.accounts.remove(account.name(), account);
			account.failed(ex);
			throw propagate(account.name(), ex);
		}
		// Used now, before any other builder can see it ready: the time its resolution
		// started would make a slow resolution the least recently used account.
		account.used(this.nowMillis.getAsLong());
		account.built(client);
		if (this.closed) {
			evict(account, true);
		}
		evictLeastRecentlyUsedBeyondMax(account);
		return client;
	}

	private SessionsClient awaitClient(ResolvedAccount account) {
		try {
			return account.awaitClient();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			throw propagate(account.name(), (cause != null) ? cause : ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CheckoutException(
					"Interrupted while waiting for the client of Checkout.com account '" + account.name() + "'", ex);
		}
	}

	/**
	 * The resolver's or the factory's failure as thrown, unless it is a checked exception
	 * (thrown sneakily): that is wrapped, with a message naming only the account.
	 */
	private static RuntimeException propagate(String name, Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return new CheckoutException("Could not resolve Checkout.com account '" + name + "'", failure);
	}

	/**
	 * Evicts the least recently used ready clients beyond {@code maxAccounts}. Only ready
	 * clients count: a resolution under way (which may yet fail) takes no room. Victims
	 * are chosen and removed under one lock, so that two builders finishing together
	 * evict one each rather than one too many; they are closed outside it.
	 */
	private void evictLeastRecentlyUsedBeyondMax(ResolvedAccount justBuilt) {
		if (this.accounts.size() <= this.maxAccounts) {
			// Resolutions under way are counted here too: no ready count is over.
			return;
		}
		List<ResolvedAccount> victims = new ArrayList<>();
		synchronized (this.evictionLock) {
			List<Candidate> ready = new ArrayList<>();
			for (ResolvedAccount candidate : this.accounts.values()) {
				if (candidate.readyClient() != null) {
					ready.add(new Candidate(candidate, candidate.lastUsedMillis()));
				}
			}
			int excess = ready.size() - this.maxAccounts;
			if (excess <= 0) {
				return;
			}
			ready.sort(Comparator.comparingLong(Candidate::lastUsedMillis));
			for (Candidate candidate : ready) {
				if (victims.size() == excess) {
					break;
				}
				ResolvedAccount account = candidate.account();
				if (account != justBuilt && this.accounts.remove(account.name(), account)) {
					victims.add(account);
				}
			}
		}
		victims.forEach((account) -> account.evict(false));
	}

	/**
	 * An account and when it was last used, read once: a comparator reading the live time
	 * could see it change mid-sort.
	 */
	private record Candidate(ResolvedAccount account, long lastUsedMillis) {
	}

	private void sweepIfDue(long now) {
		long due = this.nextSweepMillis.get();
		if (now >= due && this.nextSweepMillis.compareAndSet(due, now + this.sweepIntervalMillis)) {
			evictIdle(now);
		}
	}

	private void evictIdle(long now) {
		for (ResolvedAccount account : this.accounts.values()) {
			if (account.readyClient() != null && now - account.lastUsedMillis() >= this.idleMillis) {
				evict(account, false);
			}
		}
	}

	/**
	 * Removes the account from the cache, and only then closes its client, so that no
	 * caller finds a closed client in the cache. Only the caller that removed it closes
	 * it.
	 */
	private void evict(ResolvedAccount account, boolean changed) {
		if (this.accounts.remove(account.name(), account)) {
			account.evict(changed);
		}
	}

	private void ensureOpen() {
		if (this.closed) {
			throw new IllegalStateException("The resolved Checkout.com accounts' clients are closed");
		}
	}

	/**
	 * Builds a {@link ResolvingSessionsClients}.
	 *
	 * @since 0.2.0
	 */
	public static final class Builder {

		private final CheckoutAccountResolver resolver;

		private final Function<CheckoutAccount, SessionsClient> clientFactory;

		private @Nullable SessionsClients configured;

		private Duration idleTimeout = Duration.ofMinutes(30);

		private int maxAccounts = 10_000;

		private @Nullable Clock clock;

		private Builder(CheckoutAccountResolver resolver, Function<CheckoutAccount, SessionsClient> clientFactory) {
			this.resolver = Objects.requireNonNull(resolver, "resolver must not be null");
			this.clientFactory = Objects.requireNonNull(clientFactory, "clientFactory must not be null");
		}

		/**
		 * Accounts built in advance: a name found there is never resolved, and
		 * {@link ResolvingSessionsClients#names()} and
		 * {@link ResolvingSessionsClients#defaultClient()} answer from them.
		 * @param configured e.g. {@link SessionsClients#of}; not closed by
		 * {@link ResolvingSessionsClients#close()}
		 * @return this builder
		 */
		public Builder configured(SessionsClients configured) {
			this.configured = Objects.requireNonNull(configured, "configured must not be null");
			return this;
		}

		/**
		 * How long a resolved account's client may go unused before it is evicted and
		 * closed (default 30 minutes).
		 * @param idleTimeout a positive duration
		 * @return this builder
		 */
		public Builder idleTimeout(Duration idleTimeout) {
			Objects.requireNonNull(idleTimeout, "idleTimeout must not be null");
			if (idleTimeout.isNegative() || idleTimeout.toMillis() == 0) {
				throw new CheckoutConfigurationException("idleTimeout", "is " + idleTimeout + ", not positive",
						"Give at least a millisecond; 30 minutes unless set.");
			}
			this.idleTimeout = idleTimeout;
			return this;
		}

		/**
		 * How many resolved accounts' clients may be cached (default 10,000); beyond it
		 * the least recently used is evicted and closed.
		 * @param maxAccounts 1 or more
		 * @return this builder
		 */
		public Builder maxAccounts(int maxAccounts) {
			if (maxAccounts < 1) {
				throw new CheckoutConfigurationException("maxAccounts", "is " + maxAccounts + ", less than 1",
						"Give at least 1; 10,000 unless set.");
			}
			this.maxAccounts = maxAccounts;
			return this;
		}

		/**
		 * The clock idle time is measured with (tests); {@link System#nanoTime()} unless
		 * set.
		 * @param clock the clock to read
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock must not be null");
			return this;
		}

		/**
		 * {@return the clients, none of them resolved yet}
		 */
		public ResolvingSessionsClients build() {
			return new ResolvingSessionsClients(this);
		}

	}

}
