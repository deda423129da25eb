package dev.checkoutsessions.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

import dev.checkoutsessions.client.CheckoutEnvironment;

/**
 * Configuration of the Checkout.com Sessions client, bound to {@code checkout.*}.
 *
 * <p>Setters reject values that can never work and name the property in the message; rules that need
 * several properties (credentials, subdomain, URLs) are checked when the client is built, so a bad
 * configuration fails at startup.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(CheckoutProperties.PREFIX)
public class CheckoutProperties {

	/** Prefix of every property. */
	public static final String PREFIX = "checkout";

	/**
	 * Checkout.com environment, which picks the API and OAuth token hosts.
	 */
	private CheckoutEnvironment environment = CheckoutEnvironment.SANDBOX;

	/**
	 * Merchant-specific host prefix, e.g. 'vkuhvk4v' for https://vkuhvk4v.api.sandbox.checkout.com.
	 */
	private @Nullable String subdomain;

	/**
	 * Sessions API base URL overriding the one derived from the environment (emulator, proxy). http:// is
	 * accepted for loopback hosts only.
	 */
	private @Nullable String baseUrl;

	/**
	 * Processing channel ID (pc_...) applied to session requests that do not set one.
	 */
	private @Nullable String processingChannelId;

	private final OAuth oauth = new OAuth();

	private final Http http = new Http();

	private final Retry retry = new Retry();

	private final Health health = new Health();

	public CheckoutEnvironment getEnvironment() {
		return this.environment;
	}

	public void setEnvironment(CheckoutEnvironment environment) {
		Assert.notNull(environment, "'checkout.environment' must be 'sandbox' or 'production'");
		this.environment = environment;
	}

	public @Nullable String getSubdomain() {
		return this.subdomain;
	}

	public void setSubdomain(@Nullable String subdomain) {
		this.subdomain = subdomain;
	}

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getProcessingChannelId() {
		return this.processingChannelId;
	}

	public void setProcessingChannelId(@Nullable String processingChannelId) {
		this.processingChannelId = processingChannelId;
	}

	public OAuth getOauth() {
		return this.oauth;
	}

	public Http getHttp() {
		return this.http;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Health getHealth() {
		return this.health;
	}

	private static Duration positive(Duration value, String property) {
		Assert.isTrue(value != null && !value.isNegative() && !value.isZero(),
				() -> "'" + property + "' must be a positive duration, was " + value);
		return value;
	}

	private static Duration nonNegative(Duration value, String property) {
		Assert.isTrue(value != null && !value.isNegative(),
				() -> "'" + property + "' must not be negative, was " + value);
		return value;
	}

	/**
	 * OAuth client-credentials settings.
	 */
	public static class OAuth {

		/**
		 * OAuth client ID (access key ID, ack_...) from the Checkout.com Dashboard.
		 */
		private @Nullable String clientId;

		/**
		 * OAuth client secret of the access key.
		 */
		private @Nullable String clientSecret;

		/**
		 * OAuth token URL overriding the one derived from the environment. http:// is accepted for loopback
		 * hosts only.
		 */
		private @Nullable String tokenUrl;

		/**
		 * Comma-separated list of OAuth scopes to request.
		 */
		private List<String> scopes = new ArrayList<>(List.of("sessions:app", "sessions:browser"));

		public @Nullable String getClientId() {
			return this.clientId;
		}

		public void setClientId(@Nullable String clientId) {
			this.clientId = clientId;
		}

		public @Nullable String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(@Nullable String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public @Nullable String getTokenUrl() {
			return this.tokenUrl;
		}

		public void setTokenUrl(@Nullable String tokenUrl) {
			this.tokenUrl = tokenUrl;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

	}

	/**
	 * HTTP settings of the client's own request factory.
	 */
	public static class Http {

		/**
		 * Connect timeout of the client's HTTP connections.
		 */
		private Duration connectTimeout = Duration.ofSeconds(5);

		/**
		 * Read timeout of the client's HTTP connections.
		 */
		private Duration readTimeout = Duration.ofSeconds(30);

		private final Ssl ssl = new Ssl();

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = positive(connectTimeout, "checkout.http.connect-timeout");
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = positive(readTimeout, "checkout.http.read-timeout");
		}

		public Ssl getSsl() {
			return this.ssl;
		}

		/**
		 * TLS settings.
		 */
		public static class Ssl {

			/**
			 * Name of the Spring Boot SSL bundle (spring.ssl.bundle.*) used for the client's connections.
			 */
			private @Nullable String bundle;

			public @Nullable String getBundle() {
				return this.bundle;
			}

			public void setBundle(@Nullable String bundle) {
				this.bundle = bundle;
			}

		}

	}

	/**
	 * Retry of transient failures. Which failures are retried follows from the operation: a session is never
	 * created twice.
	 */
	public static class Retry {

		/**
		 * Whether transient failures are retried.
		 */
		private boolean enabled = true;

		/**
		 * Maximum number of retries after the first attempt.
		 */
		private int maxRetries = 3;

		/**
		 * Delay before the first retry.
		 */
		private Duration delay = Duration.ofMillis(200);

		/**
		 * Factor applied to the delay after each retry.
		 */
		private double multiplier = 2.0;

		/**
		 * Longest delay between two attempts.
		 */
		private Duration maxDelay = Duration.ofSeconds(2);

		/**
		 * Random variation added to or removed from each delay.
		 */
		private Duration jitter = Duration.ofMillis(100);

		/**
		 * Overall time budget of one call, attempts and delays included (0 for none).
		 */
		private Duration timeout = Duration.ofSeconds(15);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			Assert.isTrue(maxRetries >= 0, () -> "'checkout.retry.max-retries' must be 0 or more, was " + maxRetries);
			this.maxRetries = maxRetries;
		}

		public Duration getDelay() {
			return this.delay;
		}

		public void setDelay(Duration delay) {
			this.delay = nonNegative(delay, "checkout.retry.delay");
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			Assert.isTrue(multiplier >= 1.0,
					() -> "'checkout.retry.multiplier' must be 1.0 or more, was " + multiplier);
			this.multiplier = multiplier;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = nonNegative(maxDelay, "checkout.retry.max-delay");
		}

		public Duration getJitter() {
			return this.jitter;
		}

		public void setJitter(Duration jitter) {
			this.jitter = nonNegative(jitter, "checkout.retry.jitter");
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = nonNegative(timeout, "checkout.retry.timeout");
		}

	}

	/**
	 * Settings of the 'checkout' health contributor.
	 */
	public static class Health {

		/**
		 * How long a health check waits for an OAuth token when none is cached.
		 */
		private Duration tokenTimeout = Duration.ofSeconds(2);

		/**
		 * Number of most recent calls that must all have failed on transport for the health to be DOWN.
		 */
		private int transportFailureThreshold = 3;

		public Duration getTokenTimeout() {
			return this.tokenTimeout;
		}

		public void setTokenTimeout(Duration tokenTimeout) {
			this.tokenTimeout = positive(tokenTimeout, "checkout.health.token-timeout");
		}

		public int getTransportFailureThreshold() {
			return this.transportFailureThreshold;
		}

		public void setTransportFailureThreshold(int transportFailureThreshold) {
			Assert.isTrue(transportFailureThreshold >= 1,
					() -> "'checkout.health.transport-failure-threshold' must be 1 or more, was "
							+ transportFailureThreshold);
			this.transportFailureThreshold = transportFailureThreshold;
		}

	}

}
