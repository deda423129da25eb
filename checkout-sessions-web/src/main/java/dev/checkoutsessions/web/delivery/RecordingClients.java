package dev.checkoutsessions.web.delivery;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.SessionsClient;

/**
 * The recording proxy of each client {@code SessionsClients} hands out, made once per
 * client so that {@code get(name)} stays a map lookup. Keyed by identity (two clients are
 * two accounts, whatever {@code equals} says) and weak both ways: a proxy holds its
 * client, so a proxy held strongly here would keep every client a resolver ever evicted
 * alive; a proxy nobody uses any more is simply made again.
 */
final class RecordingClients {

	private final Map<IdentityKey, WeakReference<SessionsClient>> proxies = new ConcurrentHashMap<>();

	private final ReferenceQueue<SessionsClient> collected = new ReferenceQueue<>();

	/**
	 * The proxy of a client.
	 * @param client the client
	 * @param proxy makes its proxy when there is none
	 * @return the same proxy for as long as anything holds it
	 */
	SessionsClient proxyOf(SessionsClient client, Function<SessionsClient, SessionsClient> proxy) {
		forgetCollected();
		IdentityKey key = new IdentityKey(client, null);
		SessionsClient existing = dereference(this.proxies.get(key));
		if (existing != null) {
			return existing;
		}
		SessionsClient made = proxy.apply(client);
		WeakReference<SessionsClient> winner = this.proxies.merge(new IdentityKey(client, this.collected),
				new WeakReference<>(made), (old, fresh) -> (old.get() != null) ? old : fresh);
		SessionsClient kept = dereference(winner);
		// Another thread may have made one first: everybody gets the same one.
		return (kept != null) ? kept : made;
	}

	private static @Nullable SessionsClient dereference(@Nullable WeakReference<SessionsClient> reference) {
		return (reference != null) ? reference.get() : null;
	}

	private void forgetCollected() {
		for (Object key = this.collected.poll(); key != null; key = this.collected.poll()) {
			this.proxies.remove(key);
		}
	}

	/** A weak reference compared by the identity of what it refers to. */
	private static final class IdentityKey extends WeakReference<SessionsClient> {

		private final int hash;

		IdentityKey(SessionsClient client, @Nullable ReferenceQueue<SessionsClient> queue) {
			super(client, queue);
			this.hash = System.identityHashCode(client);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof IdentityKey key)) {
				return false;
			}
			SessionsClient client = get();
			return client != null && client == key.get();
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
