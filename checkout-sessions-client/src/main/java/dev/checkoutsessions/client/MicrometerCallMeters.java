package dev.checkoutsessions.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.util.Locale;
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

	MicrometerCallMeters(Object registry) {
		this.registry = (MeterRegistry) registry;
	}

	@Override
	public void retried(SessionsOperation operation, String reason) {
		this.counters
			.computeIfAbsent(operation.tagValue() + '|' + reason,
					(key) -> Counter.builder(METER_NAME)
						.description("Retries of Checkout.com Sessions calls")
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
						.tag("kind", tag(key))
						.register(this.registry))
			.record(waitedNanos, TimeUnit.NANOSECONDS);
		if (!acquired) {
			this.denials
				.computeIfAbsent(kind, (key) -> Counter.builder(PERMITS_DENIED)
					.description("Calls not sent because no permit of the client-side rate limit was had in time")
					.tag("kind", tag(key))
					.register(this.registry))
				.increment();
		}
	}

	@Override
	public void gaugeInFlight(CallExecutor executor, int maxConnections) {
		Gauge.builder(IN_FLIGHT, executor, CallExecutor::inFlightRequests)
			.description("HTTP requests to Checkout.com waiting for a pooled connection or for their answer")
			.register(this.registry);
		if (maxConnections > 0) {
			Gauge.builder(MAX_CONNECTIONS, () -> maxConnections)
				.description("Size of the client's connection pool (maxConnections)")
				.register(this.registry);
		}
	}

	private static String tag(RateLimiter.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

}
