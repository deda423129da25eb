package dev.checkoutsessions.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The retry policy of one logical call. Framework's {@link RetryPolicy} asks {@link #shouldRetry} with the
 * failure right before it asks the back-off for the next delay, so this per-call instance remembers that
 * failure and can honour its {@code Retry-After}: the delay becomes the larger of the server's wish and
 * the exponential backoff, and retrying stops when the server asks for more time than the budget has left.
 */
final class CallRetryPolicy implements RetryPolicy, BackOff {

	private final SessionsOperation operation;

	private final RetryOptions options;

	private final long startNanos = System.nanoTime();

	private @Nullable Throwable lastFailure;

	private @Nullable String stopReason;

	private boolean permanentFailure;

	CallRetryPolicy(SessionsOperation operation, RetryOptions options) {
		this.operation = operation;
		this.options = options;
	}

	@Override
	public boolean shouldRetry(Throwable throwable) {
		this.lastFailure = throwable;
		if (RetryRules.retryReason(this.operation, throwable) == null) {
			this.stopReason = RetryRules.whyNotRetried(this.operation, throwable);
			this.permanentFailure = (this.stopReason == null);
			return false;
		}
		return true;
	}

	@Override
	public Duration getTimeout() {
		return this.options.getTimeout();
	}

	@Override
	public BackOff getBackOff() {
		return this;
	}

	@Override
	public BackOffExecution start() {
		ExponentialBackOff exponential = new ExponentialBackOff(this.options.getDelay().toMillis(),
				this.options.getMultiplier());
		exponential.setMaxInterval(this.options.getMaxDelay().toMillis());
		exponential.setJitter(this.options.getJitter().toMillis());
		exponential.setMaxAttempts(this.options.getMaxRetries());
		BackOffExecution delays = exponential.start();
		return () -> {
			long delay = delays.nextBackOff();
			if (delay == BackOffExecution.STOP) {
				this.stopReason = "gave up after " + this.options.getMaxRetries() + " retries";
				return BackOffExecution.STOP;
			}
			Duration retryAfter = (this.lastFailure instanceof CheckoutApiException api)
					? api.getRetryAfter().orElse(null) : null;
			if (retryAfter != null) {
				Duration remaining = remainingBudget();
				if (remaining != null && retryAfter.compareTo(remaining) > 0) {
					this.stopReason = "Checkout.com asked to retry after " + retryAfter.toMillis()
							+ " ms, beyond the remaining retry budget of " + remaining.toMillis() + " ms";
					return BackOffExecution.STOP;
				}
				delay = Math.max(delay, retryAfter.toMillis());
			}
			return delay;
		};
	}

	/** Why retrying stopped, or {@code null} when the template stopped it (budget exhausted). */
	@Nullable String stopReason() {
		return this.stopReason;
	}

	/** Whether the last failure was permanent and needs no explanation beyond its own message. */
	boolean isPermanentFailure() {
		return this.permanentFailure;
	}

	private @Nullable Duration remainingBudget() {
		Duration timeout = this.options.getTimeout();
		if (timeout.isZero()) {
			return null;
		}
		Duration left = timeout.minusNanos(System.nanoTime() - this.startNanos);
		return left.isNegative() ? Duration.ZERO : left;
	}

}
