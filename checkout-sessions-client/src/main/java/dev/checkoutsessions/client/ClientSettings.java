package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;

/**
 * Every tunable setting of a {@link SessionsClient}, in one immutable value: each default
 * and each rule is stated here and nowhere else. Start from {@link #defaults()} and
 * change what you need with the {@code with…} methods; the constructors validate, so an
 * instance that exists is valid. An invalid value fails with
 * {@link CheckoutConfigurationException} naming the parameter ({@code callTimeout},
 * {@code retry.maxDelay}), the problem and the fix.
 *
 * <p>
 * Who the client talks to (environment, URLs, credentials) and what it talks through (the
 * request factory, registries, executor) are not settings: the
 * {@link SessionsClientBuilder} takes them.
 *
 * @param connectTimeout time to establish a connection, of the request factory the client
 * builds itself (a factory passed to {@link SessionsClientBuilder#requestFactory} has its
 * own)
 * @param readTimeout time to wait for data; also bounds how long a response body may take
 * to arrive once its headers did, whatever the request factory
 * @param callTimeout deadline of one logical call: the OAuth token, the wait for a pooled
 * connection and for a rate-limit permit, every attempt and every backoff draw on it
 * @param maxConnections connections the client's own HTTP client (HttpClient 5) may hold
 * @param maxIdleTime how long a pooled connection may sit idle before the client closes
 * it (HttpClient 5, Reactor Netty): load balancers and proxies close idle connections on
 * their own schedule without telling the client, and a request written to one of those is
 * a failure that may have been processed
 * @param validateAfterInactivity how long a pooled connection may sit idle before it is
 * checked for a close by the server before it is used again (HttpClient 5): catches a
 * server or proxy with an idle timeout shorter than {@code maxIdleTime}; zero checks
 * every time
 * @param maxResponseSize largest response body accepted, in bytes; bigger answers are
 * refused unread
 * @param scopes OAuth scopes requested with the client credentials
 * @param recentCalls how many of the latest call outcomes the client keeps for health
 * @param retry how transient failures are retried
 * @param rateLimit the budgets and wait of a client-side rate limit, when one is used
 * @since 0.1.0
 */
public record ClientSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxConnections,
		Duration maxIdleTime, Duration validateAfterInactivity, int maxResponseSize, List<String> scopes,
		int recentCalls, Retry retry, RateLimit rateLimit) {

	/**
	 * 20 s: closed by 22 s on HttpClient 5.6 (by 40 s on 5.4 and 5.5, which sweep less
	 * often), before the 60 s of AWS's ALB, the shortest default of the common load
	 * balancers (nginx 75 s, Azure 4 min, GCP 10 min).
	 */
	private static final Duration DEFAULT_MAX_IDLE_TIME = Duration.ofSeconds(20);

	/**
	 * 1 s, half HttpClient's own 2 s: catches a proxy that closes idle connections after
	 * a second or two, for a read of at most 1 ms paid only by a connection idle that
	 * long.
	 */
	private static final Duration DEFAULT_VALIDATE_AFTER_INACTIVITY = Duration.ofSeconds(1);

	private static final ClientSettings DEFAULTS = new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
			Duration.ofSeconds(20), 200, DEFAULT_MAX_IDLE_TIME, DEFAULT_VALIDATE_AFTER_INACTIVITY, 1024 * 1024,
			List.of("sessions:app", "sessions:browser"), 20, Retry.defaults(), RateLimit.defaults());

	/**
	 * Validates every setting; each parameter is described on the record.
	 * @param connectTimeout the record component {@code connectTimeout}
	 * @param readTimeout the record component {@code readTimeout}
	 * @param callTimeout the record component {@code callTimeout}
	 * @param maxConnections the record component {@code maxConnections}
	 * @param maxIdleTime the record component {@code maxIdleTime}
	 * @param validateAfterInactivity the record component {@code validateAfterInactivity}
	 * @param maxResponseSize the record component {@code maxResponseSize}
	 * @param scopes the record component {@code scopes}
	 * @param recentCalls the record component {@code recentCalls}
	 * @param retry the record component {@code retry}
	 * @param rateLimit the record component {@code rateLimit}
	 * @throws CheckoutConfigurationException naming the first invalid parameter
	 */
	public ClientSettings {
		Check.positive("connectTimeout", connectTimeout, "a client without timeouts can hang a checkout forever");
		Check.positive("readTimeout", readTimeout, "a client without timeouts can hang a checkout forever");
		Check.positive("callTimeout", callTimeout, "a call without a deadline can hang a checkout");
		Check.atLeast("maxConnections", maxConnections, 1);
		Check.positive("maxIdleTime", maxIdleTime,
				"a connection evicted as soon as it is idle is never reused: every call would connect anew");
		Check.notNegative("validateAfterInactivity", validateAfterInactivity);
		Check.atLeast("maxResponseSize", maxResponseSize, 1024);
		if (scopes == null || scopes.isEmpty()
				|| scopes.stream().anyMatch((scope) -> scope == null || scope.isBlank())) {
			throw new CheckoutConfigurationException("scopes", "must name at least one OAuth scope",
					"Give the scopes the OAuth client may use, e.g. sessions:app and sessions:browser.");
		}
		scopes = List.copyOf(scopes);
		Check.atLeast("recentCalls", recentCalls, 1);
		Check.notNull("retry", retry);
		Check.notNull("rateLimit", rateLimit);
	}

	/**
	 * Defaults: 5 s to connect, 30 s to read, 20 s per call, 200 connections closed after
	 * 20 s idle and checked before reuse after 1 s idle, responses up to 1 MiB, scopes
	 * {@code sessions:app} and {@code sessions:browser}, the last 20 calls kept,
	 * {@link Retry#defaults()} and {@link RateLimit#defaults()}.
	 * @return the default settings
	 */
	public static ClientSettings defaults() {
		return DEFAULTS;
	}

	/**
	 * These settings with another connect timeout.
	 * @param connectTimeout a positive duration
	 * @return new settings
	 */
	public ClientSettings withConnectTimeout(Duration connectTimeout) {
		return new ClientSettings(connectTimeout, this.readTimeout, this.callTimeout, this.maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, this.scopes, this.recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings with another read timeout.
	 * @param readTimeout a positive duration
	 * @return new settings
	 */
	public ClientSettings withReadTimeout(Duration readTimeout) {
		return new ClientSettings(this.connectTimeout, readTimeout, this.callTimeout, this.maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, this.scopes, this.recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings with another call timeout.
	 * @param callTimeout a positive duration
	 * @return new settings
	 */
	public ClientSettings withCallTimeout(Duration callTimeout) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, callTimeout, this.maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, this.scopes, this.recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings with another pool size.
	 * @param maxConnections 1 or more
	 * @return new settings
	 */
	public ClientSettings withMaxConnections(int maxConnections) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, this.callTimeout, maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, this.scopes, this.recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings with another longest idle time of a pooled connection.
	 * @param maxIdleTime a positive duration, well below the idle timeout of any load
	 * balancer or proxy between the client and the API
	 * @return new settings
	 */
	public ClientSettings withMaxIdleTime(Duration maxIdleTime) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, this.callTimeout, this.maxConnections,
				maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, this.scopes, this.recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings with another idle time after which a pooled connection is checked
	 * before it is reused.
	 * @param validateAfterInactivity not negative; {@link Duration#ZERO} checks every
	 * connection before every request
	 * @return new settings
	 */
	public ClientSettings withValidateAfterInactivity(Duration validateAfterInactivity) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, this.callTimeout, this.maxConnections,
				this.maxIdleTime, validateAfterInactivity, this.maxResponseSize, this.scopes, this.recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings with another largest response body.
	 * @param maxResponseSize bytes, at least 1024
	 * @return new settings
	 */
	public ClientSettings withMaxResponseSize(int maxResponseSize) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, this.callTimeout, this.maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, maxResponseSize, this.scopes, this.recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings with other OAuth scopes.
	 * @param scopes one or more scope names
	 * @return new settings
	 */
	public ClientSettings withScopes(List<String> scopes) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, this.callTimeout, this.maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, scopes, this.recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings keeping another number of recent calls.
	 * @param recentCalls 1 or more
	 * @return new settings
	 */
	public ClientSettings withRecentCalls(int recentCalls) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, this.callTimeout, this.maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, this.scopes, recentCalls,
				this.retry, this.rateLimit);
	}

	/**
	 * These settings with other retry settings.
	 * @param retry the retry settings; {@link Retry#disabled()} never retries
	 * @return new settings
	 */
	public ClientSettings withRetry(Retry retry) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, this.callTimeout, this.maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, this.scopes, this.recentCalls,
				retry, this.rateLimit);
	}

	/**
	 * These settings with other rate-limit settings.
	 * @param rateLimit the budgets and wait
	 * @return new settings
	 */
	public ClientSettings withRateLimit(RateLimit rateLimit) {
		return new ClientSettings(this.connectTimeout, this.readTimeout, this.callTimeout, this.maxConnections,
				this.maxIdleTime, this.validateAfterInactivity, this.maxResponseSize, this.scopes, this.recentCalls,
				this.retry, rateLimit);
	}

	/**
	 * How the client retries calls that failed transiently: exponential backoff with
	 * jitter, capped, within the call's deadline. Which failures are retried is not a
	 * setting: it follows from the operation and from whether the request may have been
	 * processed (a session is never created twice).
	 *
	 * @param enabled whether failed calls are retried at all (a 401 on an OAuth call
	 * still refreshes the token once)
	 * @param maxRetries retries after the first attempt, 0 or more
	 * @param delay delay before the first retry, not negative
	 * @param multiplier factor each further delay is multiplied by, 1.0 or more
	 * @param maxDelay cap on any single delay, not shorter than {@code delay}
	 * @param jitter random spread around each delay, growing with the multiplier like the
	 * delay (Spring Framework's semantics), not negative
	 * @param maxRetryAfter longest pause a server's {@code Retry-After} can impose, on
	 * the call and on the shared rate limiter; a longer one (a proxy's or a WAF's ban) is
	 * waited only this long, counted and logged; not negative
	 */
	public record Retry(boolean enabled, int maxRetries, Duration delay, double multiplier, Duration maxDelay,
			Duration jitter, Duration maxRetryAfter) {

		private static final Retry DEFAULTS = new Retry(true, 3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(2),
				Duration.ofMillis(100), Duration.ofSeconds(10));

		/**
		 * Validates every retry setting; each parameter is described on the record.
		 * @param enabled the record component {@code enabled}
		 * @param maxRetries the record component {@code maxRetries}
		 * @param delay the record component {@code delay}
		 * @param multiplier the record component {@code multiplier}
		 * @param maxDelay the record component {@code maxDelay}
		 * @param jitter the record component {@code jitter}
		 * @param maxRetryAfter the record component {@code maxRetryAfter}
		 * @throws CheckoutConfigurationException naming the first invalid parameter
		 */
		public Retry {
			Check.atLeast("retry.maxRetries", maxRetries, 0);
			Check.notNegative("retry.delay", delay);
			if (!(multiplier >= 1.0)) {
				throw new CheckoutConfigurationException("retry.multiplier", "must be 1.0 or more, was " + multiplier,
						"Use 1.0 to keep every delay the same, or more to back off, e.g. 2.0.");
			}
			Check.notNegative("retry.maxDelay", maxDelay);
			Check.notNegative("retry.jitter", jitter);
			Check.notNegative("retry.maxRetryAfter", maxRetryAfter);
			if (maxDelay.compareTo(delay) < 0) {
				throw new CheckoutConfigurationException("retry.maxDelay",
						"(" + maxDelay + ") must not be shorter than retry.delay (" + delay + ")",
						"Raise retry.maxDelay or lower retry.delay.");
			}
		}

		/**
		 * Defaults: enabled, 3 retries, 200 ms first delay doubling up to 2 s, ±100 ms
		 * jitter, a server's {@code Retry-After} honoured up to 10 s.
		 * @return the default retry settings
		 */
		public static Retry defaults() {
			return DEFAULTS;
		}

		/**
		 * Settings that never retry.
		 * @return the defaults, disabled
		 */
		public static Retry disabled() {
			return DEFAULTS.withEnabled(false);
		}

		/**
		 * {@return the retries after the first attempt, 0 when disabled}
		 */
		public int attemptsAfterTheFirst() {
			return this.enabled ? this.maxRetries : 0;
		}

		/**
		 * These settings with retry switched on or off.
		 * @param enabled whether to retry
		 * @return new settings
		 */
		public Retry withEnabled(boolean enabled) {
			return new Retry(enabled, this.maxRetries, this.delay, this.multiplier, this.maxDelay, this.jitter,
					this.maxRetryAfter);
		}

		/**
		 * These settings with another number of retries.
		 * @param maxRetries 0 or more
		 * @return new settings
		 */
		public Retry withMaxRetries(int maxRetries) {
			return new Retry(this.enabled, maxRetries, this.delay, this.multiplier, this.maxDelay, this.jitter,
					this.maxRetryAfter);
		}

		/**
		 * These settings with another first delay.
		 * @param delay not negative, not longer than the max delay
		 * @return new settings
		 */
		public Retry withDelay(Duration delay) {
			return new Retry(this.enabled, this.maxRetries, delay, this.multiplier, this.maxDelay, this.jitter,
					this.maxRetryAfter);
		}

		/**
		 * These settings with another multiplier.
		 * @param multiplier 1.0 or more
		 * @return new settings
		 */
		public Retry withMultiplier(double multiplier) {
			return new Retry(this.enabled, this.maxRetries, this.delay, multiplier, this.maxDelay, this.jitter,
					this.maxRetryAfter);
		}

		/**
		 * These settings with another longest delay.
		 * @param maxDelay not shorter than the delay
		 * @return new settings
		 */
		public Retry withMaxDelay(Duration maxDelay) {
			return new Retry(this.enabled, this.maxRetries, this.delay, this.multiplier, maxDelay, this.jitter,
					this.maxRetryAfter);
		}

		/**
		 * These settings with another first delay and longest delay, checked together.
		 * @param delay not negative
		 * @param maxDelay not shorter than {@code delay}
		 * @return new settings
		 */
		public Retry withDelays(Duration delay, Duration maxDelay) {
			return new Retry(this.enabled, this.maxRetries, delay, this.multiplier, maxDelay, this.jitter,
					this.maxRetryAfter);
		}

		/**
		 * These settings with another jitter.
		 * @param jitter not negative; {@link Duration#ZERO} for none
		 * @return new settings
		 */
		public Retry withJitter(Duration jitter) {
			return new Retry(this.enabled, this.maxRetries, this.delay, this.multiplier, this.maxDelay, jitter,
					this.maxRetryAfter);
		}

		/**
		 * These settings with another cap on the server's {@code Retry-After}.
		 * @param maxRetryAfter not negative; {@link Duration#ZERO} to follow the backoff
		 * alone
		 * @return new settings
		 */
		public Retry withMaxRetryAfter(Duration maxRetryAfter) {
			return new Retry(this.enabled, this.maxRetries, this.delay, this.multiplier, this.maxDelay, this.jitter,
					maxRetryAfter);
		}

	}

	/**
	 * The settings of a client-side rate limit; used only when the client is given a
	 * {@link RateLimiter}.
	 *
	 * @param readsPerSecond read ({@code GET}) budget of the account, 1 or more;
	 * Checkout.com's default is 100
	 * @param writesPerSecond write ({@code POST}, {@code PUT}) budget of the account, 1
	 * or more; Checkout.com's default is 100
	 * @param maxWait longest wait for a permit, never past the call's deadline; not
	 * negative
	 * @param instances how many application instances share the budget, 1 or more
	 */
	public record RateLimit(int readsPerSecond, int writesPerSecond, Duration maxWait, int instances) {

		private static final RateLimit DEFAULTS = new RateLimit(100, 100, Duration.ofSeconds(5), 1);

		/**
		 * Validates every rate-limit setting; each parameter is described on the record.
		 * @param readsPerSecond the record component {@code readsPerSecond}
		 * @param writesPerSecond the record component {@code writesPerSecond}
		 * @param maxWait the record component {@code maxWait}
		 * @param instances the record component {@code instances}
		 * @throws CheckoutConfigurationException naming the first invalid parameter
		 */
		public RateLimit {
			Check.atLeast("rateLimit.readsPerSecond", readsPerSecond, 1);
			Check.atLeast("rateLimit.writesPerSecond", writesPerSecond, 1);
			Check.notNegative("rateLimit.maxWait", maxWait);
			Check.atLeast("rateLimit.instances", instances, 1);
		}

		/**
		 * Defaults: Checkout.com's 100 reads and 100 writes per second, a 5 s wait, one
		 * instance.
		 * @return the default rate-limit settings
		 */
		public static RateLimit defaults() {
			return DEFAULTS;
		}

		/**
		 * These settings with other budgets.
		 * @param readsPerSecond 1 or more
		 * @param writesPerSecond 1 or more
		 * @return new settings
		 */
		public RateLimit withBudgets(int readsPerSecond, int writesPerSecond) {
			return new RateLimit(readsPerSecond, writesPerSecond, this.maxWait, this.instances);
		}

		/**
		 * These settings with another read budget.
		 * @param readsPerSecond 1 or more
		 * @return new settings
		 */
		public RateLimit withReadsPerSecond(int readsPerSecond) {
			return new RateLimit(readsPerSecond, this.writesPerSecond, this.maxWait, this.instances);
		}

		/**
		 * These settings with another write budget.
		 * @param writesPerSecond 1 or more
		 * @return new settings
		 */
		public RateLimit withWritesPerSecond(int writesPerSecond) {
			return new RateLimit(this.readsPerSecond, writesPerSecond, this.maxWait, this.instances);
		}

		/**
		 * These settings with another longest wait for a permit.
		 * @param maxWait not negative
		 * @return new settings
		 */
		public RateLimit withMaxWait(Duration maxWait) {
			return new RateLimit(this.readsPerSecond, this.writesPerSecond, maxWait, this.instances);
		}

		/**
		 * These settings with another number of instances sharing the budget.
		 * @param instances 1 or more
		 * @return new settings
		 */
		public RateLimit withInstances(int instances) {
			return new RateLimit(this.readsPerSecond, this.writesPerSecond, this.maxWait, instances);
		}

	}

	/**
	 * The rules, in a class of their own: the nested values use them while
	 * {@link ClientSettings} itself may still be initializing.
	 */
	private static final class Check {

		private static void notNull(String parameter, Object value) {
			if (value == null) {
				throw new CheckoutConfigurationException(parameter, "must not be null",
						"Give a value or leave the default.");
			}
		}

		private static void positive(String parameter, Duration value, String why) {
			notNull(parameter, value);
			if (value.isNegative() || value.isZero()) {
				throw new CheckoutConfigurationException(parameter,
						"must be a positive duration, was " + value + " (" + why + ")",
						"Give a duration above zero, or leave the default.");
			}
		}

		private static void notNegative(String parameter, Duration value) {
			notNull(parameter, value);
			if (value.isNegative()) {
				throw new CheckoutConfigurationException(parameter, "must not be negative, was " + value,
						"Give zero or a positive duration, or leave the default.");
			}
		}

		private static void atLeast(String parameter, int value, int minimum) {
			if (value < minimum) {
				throw new CheckoutConfigurationException(parameter, "must be " + minimum + " or more, was " + value,
						"Give " + minimum + " or more, or leave the default.");
			}
		}

	}

}
