package dev.checkoutsessions.web.delivery;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Counters of one receiver, named {@code checkout.<kind>.received}, {@code .rejected}
 * (tag {@code reason}), {@code .duplicates}, {@code .failed} (callbacks answered 202
 * whose background reads all failed) and {@code .published} (webhooks: tag {@code type},
 * known authentication types or {@code other}). Tags come from closed sets so a hostile
 * sender cannot grow the registry. Without Micrometer, or without a registry, counting
 * does nothing.
 */
final class DeliveryMetrics {

	private static final boolean MICROMETER_PRESENT = ClassUtils
		.isPresent("io.micrometer.core.instrument.MeterRegistry", DeliveryMetrics.class.getClassLoader());

	private final @Nullable Object registry;

	private final String prefix;

	private DeliveryMetrics(@Nullable Object registry, String kind) {
		this.registry = registry;
		this.prefix = "checkout." + kind;
	}

	/**
	 * @param registry a {@code MeterRegistry}, or {@code null}
	 */
	static DeliveryMetrics callbacks(@Nullable Object registry) {
		return new DeliveryMetrics(registry, "callbacks");
	}

	/**
	 * @param registry a {@code MeterRegistry}, or {@code null}
	 */
	static DeliveryMetrics webhooks(@Nullable Object registry) {
		return new DeliveryMetrics(registry, "webhooks");
	}

	void received() {
		count("received", null, null, "Deliveries that reached the receiver");
	}

	void rejected(Rejection rejection) {
		count("rejected", "reason", rejection.reason(), "Deliveries refused, by reason");
	}

	void duplicate() {
		count("duplicates", null, null, "Deliveries already published before, not published again");
	}

	void failed() {
		count("failed", null, null, "Deliveries answered but never published: every background attempt failed");
	}

	void published(@Nullable String type) {
		String tag = (type == null) ? null
				: AuthenticationEventType.of(type).map((known) -> known.type()).orElse("other");
		count("published", (tag != null) ? "type" : null, tag, "Events published to the application");
	}

	private void count(String name, @Nullable String tagKey, @Nullable String tagValue, String description) {
		if (MICROMETER_PRESENT && this.registry != null) {
			Micrometer.increment(this.registry, this.prefix + "." + name, tagKey, tagValue, description);
		}
	}

	/** Isolates the Micrometer references so the class loads without micrometer-core. */
	private static final class Micrometer {

		static void increment(Object registry, String name, @Nullable String tagKey, @Nullable String tagValue,
				String description) {
			Counter.Builder counter = Counter.builder(name).description(description);
			if (tagKey != null && tagValue != null) {
				counter.tag(tagKey, tagValue.toLowerCase(Locale.ROOT));
			}
			counter.register((MeterRegistry) registry).increment();
		}

	}

}
