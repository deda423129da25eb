package dev.checkoutsessions.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * What several clients can share: the HTTP connection pool (one per host, whatever the
 * number of accounts), the executor of {@link SessionsClient#async()} and the JSON mapper
 * (whose serializers each account would otherwise build again). Each client built on a
 * transport ({@link SessionsClientBuilder#transport}) keeps its own OAuth token, rate
 * limit and recent calls; closing a client leaves the transport open, and closing the
 * transport ends every client built on it.
 *
 * <pre>{@code
 * try (CheckoutTransport transport = CheckoutTransport.create(ClientSettings.defaults())) {
 *     SessionsClient eu = SessionsClient.builder().transport(transport).account("eu")
 *         .clientCredentials(euId, euSecret).build();
 *     SessionsClient us = SessionsClient.builder().transport(transport).account("us")
 *         .clientCredentials(usId, usSecret).build();
 *     …
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class CheckoutTransport implements AutoCloseable {

	private final ClientHttpRequestFactory requestFactory;

	// Connections the pool may hold, 0 when not known: for health.
	private final int poolSize;

	private final Executor asyncExecutor;

	private final DeadlineAlarm deadlineAlarm;

	private final AutoCloseable owned;

	// One mapper for every client on the transport: a mapper of its own would cost each
	// account's first call the building of every (de)serializer again, and its memory.
	private final JsonCodec json = new JsonCodec();

	private CheckoutTransport(ClientHttpRequestFactory requestFactory, int poolSize, Executor asyncExecutor,
			DeadlineAlarm deadlineAlarm, List<AutoCloseable> owned) {
		this.requestFactory = requestFactory;
		this.poolSize = poolSize;
		this.asyncExecutor = asyncExecutor;
		this.deadlineAlarm = deadlineAlarm;
		this.owned = SessionsClientBuilder.closeAll(owned);
	}

	/**
	 * A transport of its own: the request factory a client would build for itself
	 * (HttpClient 5 with {@code maxConnections}, the timeouts and idle-connection
	 * settings of {@code settings}, or the JDK client), and the default async executor.
	 * Both are released by {@link #close()}.
	 * @param settings the connection settings; the clients' other settings are theirs
	 * @return the transport
	 */
	public static CheckoutTransport create(ClientSettings settings) {
		Objects.requireNonNull(settings, "settings must not be null");
		List<AutoCloseable> owned = new ArrayList<>();
		ClientHttpRequestFactory factory = DefaultRequestFactories.create(settings);
		if (factory instanceof AutoCloseable closeable) {
			owned.add(closeable);
		}
		else if (factory instanceof DisposableBean disposable) {
			// HttpClient 5's factory: destroying it closes the pool and stops the thread
			// that evicts idle connections.
			owned.add(disposable::destroy);
		}
		ExecutorService async = AsyncExecutors.createDefault();
		owned.add(async::shutdown);
		// The factory built here bounds its own waits by each call's deadline.
		return new CheckoutTransport(factory, DefaultRequestFactories.hasPool() ? settings.maxConnections() : 0, async,
				DeadlineAlarm.NONE, owned);
	}

	/**
	 * A transport over a request factory and executor of the caller's, which
	 * {@link #close()} leaves alone (see {@link SessionsClientBuilder#requestFactory} for
	 * how a call's deadline ends a request on it).
	 * @param requestFactory the factory every client sends through
	 * @param poolSize the connections its pool may hold, for health; 0 when not known
	 * @param asyncExecutor the executor of {@link SessionsClient#async()}
	 * @return the transport
	 */
	public static CheckoutTransport of(ClientHttpRequestFactory requestFactory, int poolSize, Executor asyncExecutor) {
		return new CheckoutTransport(Objects.requireNonNull(requestFactory, "requestFactory must not be null"),
				Math.max(0, poolSize), Objects.requireNonNull(asyncExecutor, "asyncExecutor must not be null"),
				DeadlineAlarm.forFactory(requestFactory), List.of());
	}

	/**
	 * A transport over a request factory of the caller's, which {@link #close()} leaves
	 * alone, with the default async executor, which it shuts down.
	 * @param requestFactory the factory every client sends through
	 * @param poolSize the connections its pool may hold, for health; 0 when not known
	 * @return the transport
	 */
	public static CheckoutTransport of(ClientHttpRequestFactory requestFactory, int poolSize) {
		Objects.requireNonNull(requestFactory, "requestFactory must not be null");
		ExecutorService async = AsyncExecutors.createDefault();
		return new CheckoutTransport(requestFactory, Math.max(0, poolSize), async,
				DeadlineAlarm.forFactory(requestFactory), List.of(async::shutdown));
	}

	ClientHttpRequestFactory requestFactory() {
		return this.requestFactory;
	}

	int poolSize() {
		return this.poolSize;
	}

	Executor asyncExecutor() {
		return this.asyncExecutor;
	}

	DeadlineAlarm deadlineAlarm() {
		return this.deadlineAlarm;
	}

	JsonCodec json() {
		return this.json;
	}

	/**
	 * Closes the pool and executor this transport created; a factory and executor given
	 * to {@code of(…)} stay open.
	 */
	@Override
	public void close() {
		try {
			this.owned.close();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not close the Checkout.com transport", ex);
		}
	}

	@Override
	public String toString() {
		return "CheckoutTransport{" + this.requestFactory.getClass().getSimpleName()
				+ ((this.poolSize > 0) ? ", " + this.poolSize + " connections" : "") + "}";
	}

}
