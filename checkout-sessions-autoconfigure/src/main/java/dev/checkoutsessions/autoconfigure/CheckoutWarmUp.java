package dev.checkoutsessions.autoconfigure;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.SessionsClientDiagnostics;

/**
 * Warms every account's client and every other {@link SessionsClient} bean up once the
 * application is ready ({@link SessionsClientDiagnostics#warmUp(Duration)}): its OAuth
 * token, a pooled connection to the API host and its JSON mapping are ready before the
 * first shopper.
 *
 * <p>
 * Only on {@link ApplicationReadyEvent}, never during the context refresh, so a context
 * that is refreshed and closed without running (a {@code spring.context.exit=onRefresh}
 * training run, an AOT build) touches no network. Each client is warmed on a daemon
 * thread of its own rather than on the application's task executor: the warm-up must not
 * take a slot from the application's {@code @Async} work, nor hold up a graceful
 * shutdown; a daemon thread does neither, and it ends within the timeout (a step still
 * running then ends within the client's connect and read timeouts). Nothing here throws:
 * a failure is logged once at WARN and shown by the health contributor ({@code warmUp}).
 */
final class CheckoutWarmUp implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(CheckoutWarmUp.class);

	private final ObjectProvider<SessionsClient> clients;

	private final ObjectProvider<SessionsClients> accounts;

	private final Duration timeout;

	private final AtomicBoolean started = new AtomicBoolean();

	CheckoutWarmUp(ObjectProvider<SessionsClient> clients, ObjectProvider<SessionsClients> accounts, Duration timeout) {
		this.clients = clients;
		this.accounts = accounts;
		this.timeout = timeout;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		// A child context's ready event reaches its parent's listeners too: once is
		// enough.
		if (!this.started.compareAndSet(false, true)) {
			return;
		}
		AtomicInteger index = new AtomicInteger();
		clients().forEach((client) -> {
			if (client instanceof SessionsClientDiagnostics diagnostics) {
				Thread thread = new Thread(() -> warmUp(diagnostics, client),
						"checkout-warm-up-" + index.incrementAndGet());
				thread.setDaemon(true);
				thread.start();
			}
		});
	}

	/**
	 * Every account's client once: the {@code SessionsClient} bean is one of them, and
	 * either may be behind the web module's recording proxy.
	 */
	private Collection<SessionsClient> clients() {
		Set<SessionsClient> clients = Collections.newSetFromMap(new IdentityHashMap<>());
		this.accounts.orderedStream()
			.forEach((accounts) -> accounts.names().forEach((name) -> clients.add(unwrapped(accounts.get(name)))));
		this.clients.orderedStream().forEach((client) -> clients.add(unwrapped(client)));
		return clients;
	}

	/** The client itself, when the web module's recorder hands out a proxy of it. */
	private static SessionsClient unwrapped(SessionsClient client) {
		Object target = AopProxyUtils.getSingletonTarget(client);
		return (target instanceof SessionsClient unwrapped) ? unwrapped : client;
	}

	private void warmUp(SessionsClientDiagnostics diagnostics, SessionsClient client) {
		long start = System.nanoTime();
		String outcome;
		try {
			outcome = diagnostics.warmUp(this.timeout);
		}
		catch (RuntimeException ex) {
			// A client of the application's own may throw: never past this thread.
			outcome = "failed: " + ex.getClass().getSimpleName();
		}
		long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
		if (outcome.startsWith("failed")) {
			logger.warn("Warm-up of " + client + " " + outcome + " (after " + millis
					+ " ms); the first call will fetch what is missing");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Warm-up of " + client + " " + outcome + " in " + millis + " ms");
		}
	}

}
