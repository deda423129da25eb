package dev.checkoutsessions.emulator;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * One armed fault: what happens, to which endpoint, and either for how many more requests
 * or with what probability.
 */
final class FaultRule {

	/** What a fault does to a request. */
	enum Kind {

		/**
		 * Answer 429 without processing; {@code Retry-After} when a duration is given.
		 */
		TOO_MANY_REQUESTS(false),

		/** Answer 503 {@code service_not_available} without processing. */
		SERVICE_UNAVAILABLE(false),

		/** Answer a bare status (e.g. 502, 504) without processing. */
		STATUS(false),

		/** Reset the connection without processing the request. */
		RESET(false),

		/**
		 * Process the request (state changes, sessions are created), then reset instead
		 * of answering.
		 */
		RESET_AFTER_PROCESSING(true),

		/** Process the request, then answer normally after a delay. */
		DELAY(true);

		private final boolean processes;

		Kind(boolean processes) {
			this.processes = processes;
		}

		boolean processes() {
			return processes;
		}

	}

	private final Kind kind;

	private final @Nullable Endpoint endpoint;

	private final @Nullable Duration duration;

	private final int status;

	/** Set for counted rules; random rules have a random source instead. */
	private final @Nullable AtomicInteger remaining;

	private final double probability;

	private final @Nullable SplittableRandom random;

	private FaultRule(Kind kind, @Nullable Endpoint endpoint, @Nullable Duration duration, int status,
			@Nullable AtomicInteger remaining, double probability, @Nullable SplittableRandom random) {
		this.kind = kind;
		this.endpoint = endpoint;
		this.duration = duration;
		this.status = status;
		this.remaining = remaining;
		this.probability = probability;
		this.random = random;
	}

	static FaultRule counted(Kind kind, @Nullable Endpoint endpoint, @Nullable Duration duration, int status,
			int count) {
		return new FaultRule(kind, endpoint, duration, status, new AtomicInteger(count), 0, null);
	}

	static FaultRule random(Kind kind, @Nullable Endpoint endpoint, @Nullable Duration duration, int status,
			double probability, long seed) {
		return new FaultRule(kind, endpoint, duration, status, null, probability, new SplittableRandom(seed));
	}

	Kind kind() {
		return kind;
	}

	@Nullable Duration duration() {
		return duration;
	}

	int status() {
		return status;
	}

	/**
	 * Whether this rule hits the request, consuming one use when it does. Without an
	 * endpoint a rule targets only the five Sessions endpoints: token fetches and
	 * cardholder pages would otherwise eat faults meant for the API.
	 */
	boolean fires(Endpoint target) {
		if (endpoint == null ? !target.isSessionsApi() : endpoint != target) {
			return false;
		}
		if (remaining != null) {
			return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
		}
		SplittableRandom source = random;
		if (source == null) {
			throw new IllegalStateException("A fault rule has neither a count nor a random source");
		}
		synchronized (source) {
			return source.nextDouble() < probability;
		}
	}

	/**
	 * Counted rules are spent once their count reaches zero; random rules last until
	 * cleared.
	 */
	boolean isSpent() {
		return remaining != null && remaining.get() == 0;
	}

}
