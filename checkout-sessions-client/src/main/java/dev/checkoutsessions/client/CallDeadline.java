package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The deadline of one logical call ({@code callTimeout}) and where its time went. The
 * executor makes it the current deadline of the calling thread for the whole call, so
 * that the parts that cannot be handed it explicitly see it too: the token fetch, the
 * HTTP client's wait for a pooled connection and its response timeout (see
 * {@link HttpComponentsConnections#applyCallDeadlines}), the {@link DeadlineAlarm} of
 * transports with a fixed read timeout, and the body reader.
 *
 * <p>
 * Accounting is kept by the calling thread only, so plain fields are enough.
 */
final class CallDeadline {

	private static final ThreadLocal<@Nullable CallDeadline> CURRENT = new ThreadLocal<>();

	private final Duration timeout;

	private final long startNanos;

	private final long deadlineNanos;

	// Waits end this much before the deadline, so that the typed failure reaches the
	// caller by the deadline and not after it: building it, releasing the connection and
	// the observation take time on a busy machine.
	private final long marginNanos;

	private long tokenNanos;

	private long rateLimitNanos;

	private long backoffNanos;

	private int requestsSent;

	private boolean mayHaveBeenProcessed;

	CallDeadline(Duration timeout) {
		this.timeout = timeout;
		this.startNanos = System.nanoTime();
		this.deadlineNanos = this.startNanos + timeout.toNanos();
		this.marginNanos = Math.min(TimeUnit.MILLISECONDS.toNanos(200), timeout.toNanos() / 10);
	}

	/** The deadline of the call running on this thread, {@code null} outside a call. */
	static @Nullable CallDeadline current() {
		return CURRENT.get();
	}

	/** Makes this the current deadline until the returned scope is closed. */
	Scope enter() {
		CallDeadline previous = CURRENT.get();
		CURRENT.set(this);
		return () -> {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		};
	}

	Duration timeout() {
		return this.timeout;
	}

	/**
	 * Time left for waiting: up to the deadline less a small margin (10 %, at most 200
	 * ms).
	 */
	long remainingNanos() {
		return Math.max(0, this.deadlineNanos - this.marginNanos - System.nanoTime());
	}

	Duration remaining() {
		return Duration.ofNanos(remainingNanos());
	}

	/**
	 * The remaining time, at least one millisecond (HTTP clients read 0 as "no timeout").
	 */
	long remainingMillisAtLeastOne() {
		return Math.max(1, TimeUnit.NANOSECONDS.toMillis(remainingNanos()));
	}

	/**
	 * Less time than this left, an attempt cannot get an answer from Checkout.com; it is
	 * not started.
	 */
	static final long MIN_ATTEMPT_MILLIS = 50;

	/**
	 * Whether enough time is left to start sending a request
	 * ({@link #MIN_ATTEMPT_MILLIS}).
	 */
	boolean leavesTimeForAnAttempt() {
		return remainingNanos() >= TimeUnit.MILLISECONDS.toNanos(MIN_ATTEMPT_MILLIS);
	}

	/** {@code value}, or what is left of the call when that is shorter. */
	Duration atMost(Duration value) {
		Duration remaining = remaining();
		return (remaining.compareTo(value) < 0) ? remaining : value;
	}

	void tokenWaited(long nanos) {
		this.tokenNanos += nanos;
	}

	void rateLimitWaited(long nanos) {
		this.rateLimitNanos += nanos;
	}

	void backedOff(long millis) {
		this.backoffNanos += TimeUnit.MILLISECONDS.toNanos(millis);
	}

	void requestSent() {
		this.requestsSent++;
	}

	/** An attempt failed in a way that leaves open whether Checkout.com acted on it. */
	void mayHaveBeenProcessed() {
		this.mayHaveBeenProcessed = true;
	}

	boolean anyRequestMayHaveBeenProcessed() {
		return this.mayHaveBeenProcessed;
	}

	/**
	 * Where the time went, e.g.
	 * {@code "OAuth token 12 ms, rate limit 0 ms, 2 requests 1,700 ms, backoff 300 ms"}.
	 */
	String accounting() {
		long total = System.nanoTime() - this.startNanos;
		long requests = Math.max(0, total - this.tokenNanos - this.rateLimitNanos - this.backoffNanos);
		return "OAuth token " + millis(this.tokenNanos) + " ms, rate limit " + millis(this.rateLimitNanos) + " ms, "
				+ this.requestsSent + ((this.requestsSent == 1) ? " request " : " requests ") + millis(requests)
				+ " ms (connection wait included), backoff " + millis(this.backoffNanos) + " ms";
	}

	private static long millis(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

	/** Restores the previous deadline. */
	@FunctionalInterface
	interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
