package dev.checkoutsessions.emulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * Fault injection for tests: arm a fault for the next N requests, or at random with a
 * probability, optionally for one endpoint only. Without {@link FaultSpec#on(Endpoint)},
 * faults hit the five Sessions endpoints and never the token endpoint or the cardholder
 * pages.
 *
 * <pre>{@code
 * emulator.faults().next(2).on(Endpoint.CREATE_SESSION).respondWith429(Duration.ofSeconds(1));
 * emulator.faults().next(1).resetAfterProcessing();          // created, then connection reset
 * emulator.faults().randomly(0.10, 42L).respondWith503();    // load tests
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Faults {

	private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

	private final AtomicLong injected = new AtomicLong();

	Faults() {
	}

	/**
	 * Starts arming a fault for the next {@code count} matching requests.
	 * @param count how many requests the fault hits, at least 1
	 * @return the fault to describe
	 */
	public FaultSpec next(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1, was " + count);
		}
		return new FaultSpec(this, count, 0, 0);
	}

	/**
	 * Starts arming a fault that hits each matching request with the given probability,
	 * reproducibly for a seed, until {@link #clear()}.
	 * @param probability between 0 and 1
	 * @param seed seed of the random sequence
	 * @return the fault to describe
	 */
	public FaultSpec randomly(double probability, long seed) {
		if (!(probability >= 0 && probability <= 1)) {
			throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
		}
		return new FaultSpec(this, 0, probability, seed);
	}

	/** Disarms every fault. */
	public void clear() {
		rules.clear();
	}

	/**
	 * Whether any fault is still armed.
	 * @return {@code true} while a counted fault has uses left or a random fault is armed
	 */
	public boolean armed() {
		rules.removeIf(FaultRule::isSpent);
		return !rules.isEmpty();
	}

	/**
	 * How many requests a fault has hit since the emulator started, so load tests can
	 * report and check what they were exposed to.
	 * @return the number of faulted requests
	 */
	public long injected() {
		return injected.get();
	}

	void add(FaultRule rule) {
		rules.add(rule);
	}

	/** The first armed rule that hits this request, consuming it, or {@code null}. */
	@Nullable FaultRule take(Endpoint endpoint) {
		for (FaultRule rule : rules) {
			if (rule.fires(endpoint)) {
				injected.incrementAndGet();
				if (rule.isSpent()) {
					rules.remove(rule);
				}
				return rule;
			}
		}
		return null;
	}

	static Duration requirePositive(@Nullable Duration duration, String name) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
		return duration;
	}

}
