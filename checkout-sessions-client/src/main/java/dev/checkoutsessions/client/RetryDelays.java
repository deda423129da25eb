package dev.checkoutsessions.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The pauses between the attempts of one call: Framework's exponential backoff with
 * jitter, stretched to the server's {@code Retry-After} when it asks for more, and never
 * past the call's deadline ({@link CallDeadline}).
 */
final class RetryDelays {

	private final ClientSettings.Retry options;

	private final CallDeadline deadline;

	private final BackOffExecution backoff;

	RetryDelays(ClientSettings.Retry options, CallDeadline deadline) {
		this.options = options;
		this.deadline = deadline;
		ExponentialBackOff exponential = new ExponentialBackOff(options.delay().toMillis(), options.multiplier());
		exponential.setMaxInterval(options.maxDelay().toMillis());
		exponential.setJitter(options.jitter().toMillis());
		exponential.setMaxAttempts(options.attemptsAfterTheFirst());
		this.backoff = exponential.start();
	}

	/**
	 * The pause before the next attempt, or why there is none.
	 * @param retryAfter how long the server asked to wait (already capped), {@code null}
	 * when it did not say
	 */
	Pause next(@Nullable Duration retryAfter) {
		long delay = this.backoff.nextBackOff();
		if (delay == BackOffExecution.STOP) {
			return Pause.stop("gave up after " + this.options.attemptsAfterTheFirst() + " retries");
		}
		long remaining = this.deadline.remaining().toMillis();
		if (retryAfter != null) {
			if (retryAfter.toMillis() >= remaining) {
				return Pause.stop("Checkout.com asked to retry after " + retryAfter.toMillis()
						+ " ms, beyond the remaining call timeout of " + remaining + " ms");
			}
			delay = Math.max(delay, retryAfter.toMillis());
		}
		if (delay + CallDeadline.MIN_ATTEMPT_MILLIS > remaining) {
			return Pause.stop((remaining <= 0) ? "call timeout of " + this.deadline.timeout().toMillis() + " ms reached"
					: "the next retry in " + delay + " ms would pass the call timeout of "
							+ this.deadline.timeout().toMillis() + " ms (" + remaining + " ms left)");
		}
		return new Pause(delay, null);
	}

	/**
	 * A pause before the next attempt, or the reason retrying stops.
	 *
	 * @param millis how long to wait
	 * @param stopReason why there is no next attempt, {@code null} when there is one
	 */
	record Pause(long millis, @Nullable String stopReason) {

		static Pause stop(String reason) {
			return new Pause(0, reason);
		}

	}

}
