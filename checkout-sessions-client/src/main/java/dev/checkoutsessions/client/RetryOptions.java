package dev.checkoutsessions.client;

import java.time.Duration;

/**
 * How the client retries calls that failed transiently: exponential backoff with jitter,
 * capped, within an overall time budget per logical call. Which failures are retried is
 * not configurable here: it follows from the operation and from whether the request may
 * have been processed (a session is never created twice).
 *
 * <p>
 * Immutable; start from {@link #defaults()} and change what you need with the
 * {@code with…} methods, or use {@link #builder()} to change several settings whose rules
 * depend on each other ({@code maxDelay} must not be shorter than {@code delay}). Invalid
 * values fail with {@link CheckoutConfigurationException} naming the setting.
 *
 * @since 0.1.0
 */
public final class RetryOptions {

	private static final RetryOptions DEFAULTS = builder().build();

	private static final RetryOptions DISABLED = builder().enabled(false).build();

	private final boolean enabled;

	private final int maxRetries;

	private final Duration delay;

	private final double multiplier;

	private final Duration maxDelay;

	private final Duration jitter;

	private final Duration timeout;

	private RetryOptions(Builder builder) {
		this.enabled = builder.enabled;
		this.maxRetries = builder.maxRetries;
		this.delay = builder.delay;
		this.multiplier = builder.multiplier;
		this.maxDelay = builder.maxDelay;
		this.jitter = builder.jitter;
		this.timeout = builder.timeout;
	}

	/**
	 * Defaults: enabled, 3 retries, 200 ms initial delay doubling up to 2 s, ±100 ms
	 * jitter, no time budget of its own (the client's {@code callTimeout} bounds every
	 * call).
	 * @return the default options
	 */
	public static RetryOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Options that never retry (a 401 on an OAuth call still refreshes the token once).
	 * @return options with retry disabled
	 */
	public static RetryOptions disabled() {
		return DISABLED;
	}

	/**
	 * {@return a builder starting from the {@link #defaults()}}
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * {@return a builder starting from these options, to derive a modified copy}
	 */
	public Builder toBuilder() {
		return new Builder().enabled(this.enabled)
			.maxRetries(this.maxRetries)
			.delay(this.delay)
			.multiplier(this.multiplier)
			.maxDelay(this.maxDelay)
			.jitter(this.jitter)
			.timeout(this.timeout);
	}

	/**
	 * These options with retry switched on or off.
	 * @param enabled whether to retry
	 * @return new options
	 */
	public RetryOptions withEnabled(boolean enabled) {
		return toBuilder().enabled(enabled).build();
	}

	/**
	 * These options with another number of retries.
	 * @param maxRetries retries after the first attempt, 0 or more
	 * @return new options
	 */
	public RetryOptions withMaxRetries(int maxRetries) {
		return toBuilder().maxRetries(maxRetries).build();
	}

	/**
	 * These options with another first delay.
	 * @param delay delay before the first retry, not negative
	 * @return new options
	 */
	public RetryOptions withDelay(Duration delay) {
		return toBuilder().delay(delay).build();
	}

	/**
	 * These options with another multiplier.
	 * @param multiplier factor applied to the delay after each retry, 1.0 or more
	 * @return new options
	 */
	public RetryOptions withMultiplier(double multiplier) {
		return toBuilder().multiplier(multiplier).build();
	}

	/**
	 * These options with another longest delay.
	 * @param maxDelay longest delay between two attempts, not shorter than the delay
	 * @return new options
	 */
	public RetryOptions withMaxDelay(Duration maxDelay) {
		return toBuilder().maxDelay(maxDelay).build();
	}

	/**
	 * These options with another jitter.
	 * @param jitter random spread around each delay, not negative
	 * @return new options
	 */
	public RetryOptions withJitter(Duration jitter) {
		return toBuilder().jitter(jitter).build();
	}

	/**
	 * These options with another time budget.
	 * @param timeout time budget of one logical call, {@link Duration#ZERO} for the
	 * client's default
	 * @return new options
	 * @deprecated since 0.1.0: set {@link SessionsClientBuilder#callTimeout(Duration)},
	 * which bounds the whole call; this value is used as the call timeout only when that
	 * is not set
	 */
	@Deprecated(since = "0.1.0")
	public RetryOptions withTimeout(Duration timeout) {
		return toBuilder().timeout(timeout).build();
	}

	/**
	 * {@return whether failed calls are retried at all} Default {@code true}.
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * {@return the retries after the first attempt, 0 when disabled} Default 3.
	 */
	public int getMaxRetries() {
		return this.enabled ? this.maxRetries : 0;
	}

	/**
	 * {@return the delay before the first retry} Default 200 ms.
	 */
	public Duration getDelay() {
		return this.delay;
	}

	/**
	 * {@return the factor each further delay is multiplied by} Default 2.0.
	 */
	public double getMultiplier() {
		return this.multiplier;
	}

	/**
	 * {@return the cap on any single delay} Default 2 s.
	 */
	public Duration getMaxDelay() {
		return this.maxDelay;
	}

	/**
	 * {@return the random spread around each delay} It grows with the multiplier like the
	 * delay (Spring Framework's semantics). Default 100 ms.
	 */
	public Duration getJitter() {
		return this.jitter;
	}

	/**
	 * The time budget set here, {@link Duration#ZERO} when none was.
	 * @return the budget
	 * @deprecated since 0.1.0: the deadline of a call is
	 * {@link SessionsClientBuilder#callTimeout(Duration)}; a value set here is used as
	 * the call timeout only when that is not set
	 */
	@Deprecated(since = "0.1.0")
	public Duration getTimeout() {
		return this.timeout;
	}

	@Override
	public String toString() {
		return "RetryOptions{enabled=" + this.enabled + ", maxRetries=" + this.maxRetries + ", delay=" + this.delay
				+ ", multiplier=" + this.multiplier + ", maxDelay=" + this.maxDelay + ", jitter=" + this.jitter
				+ ", timeout=" + this.timeout + "}";
	}

	/**
	 * Builder for {@link RetryOptions}; every setter validates its argument and names it
	 * when rejecting it.
	 */
	public static final class Builder {

		private boolean enabled = true;

		private int maxRetries = 3;

		private Duration delay = Duration.ofMillis(200);

		private double multiplier = 2.0;

		private Duration maxDelay = Duration.ofSeconds(2);

		private Duration jitter = Duration.ofMillis(100);

		private Duration timeout = Duration.ZERO;

		private Builder() {
		}

		/**
		 * Sets whether failed calls are retried; see {@link RetryOptions#isEnabled()}.
		 * @param enabled {@code false} to never retry
		 * @return this builder
		 */
		public Builder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * Sets the retries after the first attempt; see
		 * {@link RetryOptions#getMaxRetries()}.
		 * @param maxRetries 0 or more
		 * @return this builder
		 * @throws IllegalArgumentException if {@code maxRetries} is negative
		 */
		public Builder maxRetries(int maxRetries) {
			if (maxRetries < 0) {
				throw new CheckoutConfigurationException("maxRetries",
						"maxRetries must be 0 or more, was " + maxRetries);
			}
			this.maxRetries = maxRetries;
			return this;
		}

		/**
		 * Sets the delay before the first retry; see {@link RetryOptions#getDelay()}.
		 * @param delay not negative
		 * @return this builder
		 */
		public Builder delay(Duration delay) {
			this.delay = nonNegative(delay, "delay");
			return this;
		}

		/**
		 * Sets the backoff factor; see {@link RetryOptions#getMultiplier()}.
		 * @param multiplier 1.0 or more; 1.0 keeps every delay the same
		 * @return this builder
		 * @throws IllegalArgumentException if {@code multiplier} is below 1.0
		 */
		public Builder multiplier(double multiplier) {
			if (!(multiplier >= 1.0)) {
				throw new CheckoutConfigurationException("multiplier",
						"multiplier must be 1.0 or more, was " + multiplier);
			}
			this.multiplier = multiplier;
			return this;
		}

		/**
		 * Sets the cap on any single delay; see {@link RetryOptions#getMaxDelay()}.
		 * @param maxDelay not negative, and not shorter than the delay when built
		 * @return this builder
		 */
		public Builder maxDelay(Duration maxDelay) {
			this.maxDelay = nonNegative(maxDelay, "maxDelay");
			return this;
		}

		/**
		 * Sets the random spread around each delay; see {@link RetryOptions#getJitter()}.
		 * @param jitter not negative; {@link Duration#ZERO} for none
		 * @return this builder
		 */
		public Builder jitter(Duration jitter) {
			this.jitter = nonNegative(jitter, "jitter");
			return this;
		}

		/**
		 * A time budget of the call.
		 * @param timeout the budget, {@link Duration#ZERO} for the client's call timeout
		 * @return this builder
		 * @deprecated since 0.1.0: set
		 * {@link SessionsClientBuilder#callTimeout(Duration)}; this value is used as the
		 * call timeout only when that is not set
		 */
		@Deprecated(since = "0.1.0")
		public Builder timeout(Duration timeout) {
			this.timeout = nonNegative(timeout, "timeout");
			return this;
		}

		/**
		 * {@return the immutable options}
		 * @throws IllegalArgumentException if the max delay is shorter than the delay
		 */
		public RetryOptions build() {
			if (this.maxDelay.compareTo(this.delay) < 0) {
				throw new CheckoutConfigurationException("maxDelay",
						"maxDelay (" + this.maxDelay + ") must not be shorter than delay (" + this.delay + ")");
			}
			return new RetryOptions(this);
		}

		private static Duration nonNegative(Duration value, String name) {
			if (value == null) {
				throw new CheckoutConfigurationException(name, name + " must not be null");
			}
			if (value.isNegative()) {
				throw new CheckoutConfigurationException(name, name + " must not be negative, was " + value);
			}
			return value;
		}

	}

}
