package dev.checkoutsessions.autoconfigure.ratelimit;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One limiter per account identity for as long as a client holds it. Every client of an
 * account (the configured one, a resolved one built again after an eviction while the old
 * one is still in use) gets the same limiter; once no client holds it, it is let go, so a
 * platform that has seen a million merchants does not keep a million limiters. An account
 * whose limiter was let go gets a new one with full buckets, as after a restart; a shared
 * store's buckets are in the store and stay.
 *
 * @param <L> the limiter
 */
final class HeldLimiters<L> {

	private final ConcurrentMap<String, Held<L>> limiters = new ConcurrentHashMap<>();

	private final ReferenceQueue<L> letGo = new ReferenceQueue<>();

	/**
	 * The account's limiter, made by {@code create} when no client holds one.
	 * @param account the account's identity
	 * @param create makes the limiter of an identity
	 * @return the limiter every client of the account shares
	 */
	L get(String account, Function<String, L> create) {
		purge();
		while (true) {
			Held<L> held = this.limiters.get(account);
			L limiter = (held != null) ? held.get() : null;
			if (limiter != null) {
				return limiter;
			}
			L created = create.apply(account);
			Held<L> fresh = new Held<>(account, created, this.letGo);
			boolean stored = (held != null) ? this.limiters.replace(account, held, fresh)
					: this.limiters.putIfAbsent(account, fresh) == null;
			if (stored) {
				return created;
			}
			// Another caller stored one first: take that.
		}
	}

	/** How many accounts have a limiter a client still holds (or not yet let go). */
	int size() {
		purge();
		return this.limiters.size();
	}

	private void purge() {
		Reference<? extends L> reference;
		while ((reference = this.letGo.poll()) != null) {
			if (reference instanceof Held<?> held) {
				this.limiters.remove(held.account, held);
			}
		}
	}

	private static final class Held<L> extends WeakReference<L> {

		private final String account;

		Held(String account, L limiter, @Nullable ReferenceQueue<? super L> queue) {
			super(limiter, queue);
			this.account = account;
		}

	}

}
