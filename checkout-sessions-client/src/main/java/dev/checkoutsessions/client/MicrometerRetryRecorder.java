package dev.checkoutsessions.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link RetryRecorder} backed by a Micrometer counter. Kept in its own class so that micrometer-core
 * stays optional: this class is loaded only when a registry was supplied.
 */
final class MicrometerRetryRecorder implements RetryRecorder {

	static final String METER_NAME = "checkout.sessions.client.retries";

	private final MeterRegistry registry;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	MicrometerRetryRecorder(Object registry) {
		this.registry = (MeterRegistry) registry;
	}

	@Override
	public void retried(SessionsOperation operation, String reason) {
		this.counters.computeIfAbsent(operation.tagValue() + '|' + reason, (key) -> Counter.builder(METER_NAME)
			.description("Retries of Checkout.com Sessions calls")
			.tag("operation", operation.tagValue())
			.tag("reason", reason)
			.register(this.registry)).increment();
	}

}
