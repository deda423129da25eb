package dev.checkoutsessions.client;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@link CallMeters} backed by Micrometer. Kept in its own class so that micrometer-core
 * stays optional: this class is loaded only when a registry was supplied.
 */
final class MicrometerCallMeters implements CallMeters {

	static final String METER_NAME = "checkout.sessions.client.retries";

	static final String PERMIT_WAITS = "checkout.sessions.client.rate-limit.waits";

	static final String PERMITS_DENIED = "checkout.sessions.client.rate-limit.denied";

	static final String RETRY_AFTER_CAPPED = "checkout.sessions.client.retry-after.capped";

	static final String IN_FLIGHT = "checkout.sessions.client.requests.in-flight";

	static final String MAX_CONNECTIONS = "checkout.sessions.client.connections.max";

	private final Map<RateLimiter.Kind, Timer> waits = new ConcurrentHashMap<>();

	private final Map<RateLimiter.Kind, Counter> denials = new ConcurrentHashMap<>();

	private final MeterRegistry registry;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	// Tagged on every meter: the account's name, never a credential.
	private final String account;

	MicrometerCallMeters(Object registry, String account) {
		this.registry = (MeterRegistry) registry;
		this.account = account;
	}

	@Override
	public void retried(SessionsOperation operation, String reason) {
		this.counters
			.computeIfAbsent(operation.tagValue() + '|' + reason,
					(key) -> Counter.builder(METER_NAME)
						.description("Retries of Checkout.com Sessions calls")
						.tag("account", this.account)
						.tag("operation", operation.tagValue())
						.tag("reason", reason)
						.register(this.registry))
			.increment();
	}

	@Override
	public void retryAfterCapped(SessionsOperation operation) {
		this.counters
			.computeIfAbsent("capped|" + operation.tagValue(), (key) -> Counter.builder(RETRY_AFTER_CAPPED)
				.description("Answers whose Retry-After was longer than the client honours (retry.maxRetryAfter)")
				.tag("account", this.account)
				.tag("operation", operation.tagValue())
				.register(this.registry))
			.increment();
	}

	@Override
	public void permit(RateLimiter.Kind kind, long waitedNanos, boolean acquired) {
		this.waits
			.computeIfAbsent(kind,
					(key) -> Timer.builder(PERMIT_WAITS)
						.description("Time calls waited for a permit of the client-side rate limit")
						.tag("account", this.account)
						.tag("kind", tag(key))
						.register(this.registry))
			.record(waitedNanos, TimeUnit.NANOSECONDS);
		if (!acquired) {
			this.denials
				.computeIfAbsent(kind, (key) -> Counter.builder(PERMITS_DENIED)
					.description("Calls not sent because no permit of the client-side rate limit was had in time")
					.tag("account", this.account)
					.tag("kind", tag(key))
					.register(this.registry))
				.increment();
		}
	}

	@Override
	public void gaugeInFlight(CallExecutor executor, int maxConnections) {
		InFlight.of(this.registry, this.account).add(executor);
		if (maxConnections > 0) {
			Gauge.builder(MAX_CONNECTIONS, () -> maxConnections)
				.description("Size of the client's connection pool (maxConnections)")
				.register(this.registry);
		}
	}

	private static String tag(RateLimiter.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The in-flight requests of every live client with one account tag: resolved accounts
	 * may share a tag ({@code resolved}), and a gauge registered twice under one id keeps
	 * only the first client's count.
	 */
	private static final class InFlight {

		private static final Map<MeterRegistry, Map<String, InFlight>> BY_REGISTRY = Collections
			.synchronizedMap(new WeakHashMap<>());

		// Weak: a client closed and dropped (an evicted resolved account) stops counting.
		private final Set<CallExecutor> executors = Collections
			.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

		static InFlight of(MeterRegistry registry, String account) {
			Map<String, InFlight> byAccount = BY_REGISTRY.computeIfAbsent(registry, (key) -> new ConcurrentHashMap<>());
			return byAccount.computeIfAbsent(account, (key) -> {
				InFlight inFlight = new InFlight();
				Gauge.builder(IN_FLIGHT, inFlight, InFlight::count)
					.description("HTTP requests to Checkout.com waiting for a pooled connection or for their answer")
					.tag("account", account)
					.register(registry);
				return inFlight;
			});
		}

		void add(CallExecutor executor) {
			this.executors.add(executor);
		}

		double count() {
			synchronized (this.executors) {
				long sum = 0;
				for (CallExecutor executor : this.executors) {
					sum += executor.inFlightRequests();
				}
				return sum;
			}
		}

	}

}
