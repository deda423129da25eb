package dev.checkoutsessions.client;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link SessionsClient} that only remembers the account it was built for and whether
 * it was closed: enough for the cache of {@link ResolvingSessionsClients}, which never
 * calls the API itself.
 */
final class SpyClient {

	final CheckoutAccount account;

	final AtomicInteger closes = new AtomicInteger();

	final SessionsClient client;

	SpyClient(CheckoutAccount account) {
		this(account, () -> {
		});
	}

	/**
	 * A spy that runs {@code onClose} when closed, e.g. to hold the closing thread.
	 */
	SpyClient(CheckoutAccount account, Runnable onClose) {
		this.account = account;
		this.client = (SessionsClient) Proxy.newProxyInstance(SpyClient.class.getClassLoader(),
				new Class<?>[] { SessionsClient.class }, (proxy, method, args) -> switch (method.getName()) {
					case "close" -> {
						this.closes.incrementAndGet();
						onClose.run();
						yield null;
					}
					case "toString" -> "SpyClient{" + account.clientId() + "}";
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	boolean isClosed() {
		return this.closes.get() > 0;
	}

}
