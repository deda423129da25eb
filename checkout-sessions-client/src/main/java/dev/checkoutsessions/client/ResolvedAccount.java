package dev.checkoutsessions.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One resolved account in {@link ResolvingSessionsClients}: its client once built (the
 * future that every caller asking during the build waits on), when it was last used, and
 * whether it was evicted. The client is closed exactly once, by whichever of eviction and
 * the end of its build comes second.
 */
final class ResolvedAccount {

	private static final Log logger = LogFactory.getLog(ResolvedAccount.class);

	private final String name;

	private final CompletableFuture<SessionsClient> built = new CompletableFuture<>();

	// Written before the future completes: the hot path reads this field only.
	private volatile @Nullable SessionsClient client;

	private volatile long lastUsedMillis;

	private volatile boolean evicted;

	// Evicted because its credentials may have changed: what was resolved is stale.
	private volatile boolean changed;

	private final AtomicBoolean closed = new AtomicBoolean();

	ResolvedAccount(String name, long nowMillis) {
		this.name = name;
		this.lastUsedMillis = nowMillis;
	}

	String name() {
		return this.name;
	}

	/**
	 * {@return the client when it is built, {@code null} while it is being built}
	 */
	@Nullable SessionsClient readyClient() {
		return this.client;
	}

	void used(long nowMillis) {
		this.lastUsedMillis = nowMillis;
	}

	long lastUsedMillis() {
		return this.lastUsedMillis;
	}

	boolean isChanged() {
		return this.changed;
	}

	/**
	 * Hands the built client to every caller waiting for it. When the account was evicted
	 * meanwhile the client is closed here, since {@link #evict(boolean)} found nothing to
	 * close.
	 */
	void built(SessionsClient client) {
		this.client = client;
		this.built.complete(client);
		if (this.evicted) {
			closeClient();
		}
	}

	/**
	 * Gives the failure to every caller waiting for the client.
	 */
	void failed(Throwable failure) {
		this.built.completeExceptionally(failure);
	}

	/**
	 * Waits for the client another caller is building.
	 * @throws ExecutionException with the resolver's or the factory's failure as cause
	 * @throws InterruptedException when the waiting thread is interrupted
	 */
	SessionsClient awaitClient() throws ExecutionException, InterruptedException {
		return this.built.get();
	}

	/**
	 * Marks the account evicted (it was removed from the cache first) and closes its
	 * client if it is built; a client still being built is closed by {@link #built}.
	 * @param changed whether its credentials may have changed, so that a client still
	 * being built must not be handed out
	 */
	void evict(boolean changed) {
		this.changed = changed;
		this.evicted = true;
		if (this.client != null) {
			closeClient();
		}
	}

	/**
	 * Closes the client once, whoever asks; a failure is logged, not thrown, because the
	 * caller that evicted the account is on its way to a call of another account.
	 */
	private void closeClient() {
		SessionsClient toClose = this.client;
		if (toClose == null || !this.closed.compareAndSet(false, true)) {
			return;
		}
		try {
			toClose.close();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not close the evicted client of Checkout.com account '" + this.name + "'", ex);
		}
	}

}
