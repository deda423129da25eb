package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Framework's {@link RetryPolicy} for one logical call, driven by {@link RetryDecision}.
 * Framework asks {@link #shouldRetry} with the failure right before it asks the back-off
 * for the next delay, so this per-call instance keeps the decision and can honour its
 * {@code Retry-After}: the delay becomes the larger of the server's wish and the
 * exponential backoff, and retrying stops when the next delay would not leave the call
 * any time before its deadline ({@link CallDeadline}). It also writes the summary the
 * caller sees when retrying ends.
 */
final class CallRetryPolicy implements RetryPolicy, BackOff {

	private final SessionsOperation operation;

	private final ClientSettings.Retry options;

	private final CallDeadline deadline;

	private @Nullable RetryDecision lastDecision;

	private @Nullable String stopReason;

	CallRetryPolicy(SessionsOperation operation, ClientSettings.Retry options, CallDeadline deadline) {
		this.operation = operation;
		this.options = options;
		this.deadline = deadline;
	}

	@Override
	public boolean shouldRetry(Throwable throwable) {
		RetryDecision decision = RetryDecision.of(this.operation, throwable);
		this.lastDecision = decision;
		if (!decision.retry()) {
			this.stopReason = decision.whyNotRetried();
		}
		return decision.retry();
	}

	/** Reason tag of the retry about to happen. */
	String retryReason() {
		RetryDecision decision = this.lastDecision;
		String reason = (decision != null) ? decision.reason() : null;
		return (reason != null) ? reason : "unknown";
	}

	@Override
	public Duration getTimeout() {
		// The call's deadline is enforced below, with a message that says where the time
		// went.
		return Duration.ZERO;
	}

	@Override
	public BackOff getBackOff() {
		return this;
	}

	@Override
	public BackOffExecution start() {
		ExponentialBackOff exponential = new ExponentialBackOff(this.options.delay().toMillis(),
				this.options.multiplier());
		exponential.setMaxInterval(this.options.maxDelay().toMillis());
		exponential.setJitter(this.options.jitter().toMillis());
		exponential.setMaxAttempts(this.options.attemptsAfterTheFirst());
		BackOffExecution delays = exponential.start();
		return () -> {
			long delay = delays.nextBackOff();
			if (delay == BackOffExecution.STOP) {
				this.stopReason = "gave up after " + this.options.attemptsAfterTheFirst() + " retries";
				return BackOffExecution.STOP;
			}
			Duration retryAfter = (this.lastDecision != null) ? this.lastDecision.minimumDelay() : null;
			long remaining = this.deadline.remaining().toMillis();
			if (retryAfter != null) {
				if (retryAfter.toMillis() >= remaining) {
					this.stopReason = "Checkout.com asked to retry after " + retryAfter.toMillis()
							+ " ms, beyond the remaining call timeout of " + remaining + " ms";
					return BackOffExecution.STOP;
				}
				delay = Math.max(delay, retryAfter.toMillis());
			}
			if (delay + CallDeadline.MIN_ATTEMPT_MILLIS > remaining) {
				this.stopReason = (remaining <= 0)
						? "call timeout of " + this.deadline.timeout().toMillis() + " ms reached"
						: "the next retry in " + delay + " ms would pass the call timeout of "
								+ this.deadline.timeout().toMillis() + " ms (" + remaining + " ms left)";
				return BackOffExecution.STOP;
			}
			this.deadline.backedOff(delay);
			return delay;
		};
	}

	/**
	 * The exception the caller gets once retrying ended: the last failure, carrying the
	 * earlier ones as suppressed and a summary of every attempt and why retrying stopped.
	 */
	CheckoutException finalFailure(RetryException ex) {
		List<Throwable> failures = ex.getExceptions();
		Throwable last = ex.getLastException();
		if (!(last instanceof CheckoutException checkout)) {
			// Attempts throw only CheckoutExceptions; anything else is a bug worth seeing
			// as is.
			throw (last instanceof RuntimeException runtime) ? runtime : new IllegalStateException(last);
		}
		boolean permanent = this.lastDecision != null && !this.lastDecision.retry()
				&& this.lastDecision.whyNotRetried() == null;
		if (failures.size() == 1 && permanent) {
			return checkout;
		}
		List<String> descriptions = new ArrayList<>(failures.size());
		for (Throwable failure : failures) {
			descriptions.add((failure instanceof CheckoutException each) ? each.describeFailure()
					: failure.getClass().getSimpleName());
			if (failure != last) {
				checkout.addSuppressed(failure);
			}
		}
		String reason = Thread.currentThread().isInterrupted() ? "interrupted while backing off"
				: permanent ? "the last failure is not transient" : (this.stopReason != null) ? this.stopReason
						: "call timeout of " + this.deadline.timeout().toMillis() + " ms reached";
		checkout.recordAttempts(descriptions, reason);
		return checkout;
	}

}
