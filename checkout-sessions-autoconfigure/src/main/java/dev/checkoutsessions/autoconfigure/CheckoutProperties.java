package dev.checkoutsessions.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Checkout.com Sessions client, bound to {@code checkout.*}.
 *
 * <p>
 * Fields the client has a default for are {@code null} unless set: the defaults and the
 * checks live in the client's {@code ClientSettings}, and
 * {@link CheckoutPropertiesMapper} applies only what was configured, reporting every
 * value the settings reject at startup with its property named.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(CheckoutProperties.PREFIX)
public class CheckoutProperties {

	/** Prefix of every property. */
	public static final String PREFIX = "checkout";

	/**
	 * Checkout.com environment, 'sandbox' or 'production', which picks the API and OAuth
	 * token hosts.
	 */
	private @Nullable String environment;

	/**
	 * Merchant-specific host prefix, e.g. 'vkuhvk4v' for
	 * https://vkuhvk4v.api.sandbox.checkout.com.
	 */
	private @Nullable String subdomain;

	/**
	 * Sessions API base URL overriding the one derived from the environment (emulator,
	 * proxy). http:// is accepted for loopback hosts only, unless
	 * allow-plain-http-to-any-host is set.
	 */
	private @Nullable String baseUrl;

	/**
	 * Whether base-url and oauth.token-url may use plain http:// to a host other than
	 * loopback (an emulator on a Docker Compose network). Credentials and card data then
	 * travel unencrypted: never in production.
	 */
	private boolean allowPlainHttpToAnyHost;

	/**
	 * Processing channel ID (pc_...) applied to session requests that do not set one.
	 */
	private @Nullable String processingChannelId;

	/**
	 * Whether a checkout.* key that no module declares (a typo such as
	 * 'checkout.enviroment') stops the application at startup. Set to false to keep stray
	 * keys.
	 */
	private boolean failOnUnknownProperties = true;

	/**
	 * Hard deadline of one call: OAuth token, wait for a pooled connection and for a
	 * rate-limit permit, every attempt and every backoff; the last attempt's read timeout
	 * shrinks to what is left.
	 */
	private @Nullable Duration callTimeout;

	private final OAuth oauth = new OAuth();

	private final Http http = new Http();

	private final Retry retry = new Retry();

	private final Health health = new Health();

	private final RateLimit rateLimit = new RateLimit();

	private final WarmUp warmUp = new WarmUp();

	/**
	 * Accounts by name, each with what differs from the top-level settings (environment,
	 * subdomain, URLs, processing channel, OAuth client, rate-limit budgets, webhook
	 * keys); everything else is inherited from checkout.*.
	 */
	private final Map<String, Account> accounts = new LinkedHashMap<>();

	/**
	 * Account the SessionsClient bean serves when accounts are configured: one of
	 * checkout.accounts, or 'default' for the top-level one.
	 */
	private @Nullable String defaultAccount;

	private final ResolvedAccounts resolvedAccounts = new ResolvedAccounts();

	public ResolvedAccounts getResolvedAccounts() {
		return this.resolvedAccounts;
	}

	public Map<String, Account> getAccounts() {
		return this.accounts;
	}

	public @Nullable String getDefaultAccount() {
		return this.defaultAccount;
	}

	public void setDefaultAccount(@Nullable String defaultAccount) {
		this.defaultAccount = defaultAccount;
	}

	public boolean isFailOnUnknownProperties() {
		return this.failOnUnknownProperties;
	}

	public void setFailOnUnknownProperties(boolean failOnUnknownProperties) {
		this.failOnUnknownProperties = failOnUnknownProperties;
	}

	public @Nullable String getEnvironment() {
		return this.environment;
	}

	public void setEnvironment(@Nullable String environment) {
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

	public boolean isAllowPlainHttpToAnyHost() {
		return this.allowPlainHttpToAnyHost;
	}

	public void setAllowPlainHttpToAnyHost(boolean allowPlainHttpToAnyHost) {
		this.allowPlainHttpToAnyHost = allowPlainHttpToAnyHost;
	}

	public @Nullable String getProcessingChannelId() {
		return this.processingChannelId;
	}

	public void setProcessingChannelId(@Nullable String processingChannelId) {
		this.processingChannelId = processingChannelId;
	}

	public @Nullable Duration getCallTimeout() {
		return this.callTimeout;
	}

	public void setCallTimeout(@Nullable Duration callTimeout) {
		this.callTimeout = callTimeout;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
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

	public WarmUp getWarmUp() {
		return this.warmUp;
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
		 * OAuth token URL overriding the one derived from the environment. http:// is
		 * accepted for loopback hosts only.
		 */
		private @Nullable String tokenUrl;

		/**
		 * Comma-separated list of OAuth scopes to request.
		 */
		private @Nullable List<String> scopes;

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

		public @Nullable List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(@Nullable List<String> scopes) {
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
		private @Nullable Duration connectTimeout;

		/**
		 * Read timeout of the client's HTTP connections.
		 */
		private @Nullable Duration readTimeout;

		/**
		 * Connections the client's own pool may hold; a call waits for one only within
		 * its call timeout. Applied to HttpClient 5 and Jetty; the JDK HttpClient has no
		 * connection limit.
		 */
		private @Nullable Integer maxConnections;

		/**
		 * Whether the application's RestClientCustomizers, and the interceptors and
		 * default headers of its RestClient.Builder, also apply to the client's requests.
		 * Off because they would see card numbers and the OAuth client secret; Boot's
		 * http.client.requests observation applies either way.
		 */
		private boolean applyApplicationCustomizers;

		/**
		 * How long a pooled connection may sit idle before the client closes it. Keep it
		 * well below the idle timeout of every load balancer or proxy on the way (AWS ALB
		 * 60 s), which closes idle connections without telling the client. Applied to
		 * HttpClient 5 and Reactor Netty.
		 */
		private @Nullable Duration maxIdleTime;

		/**
		 * How long a pooled connection may sit idle before it is checked for a close by
		 * the other end before being used again; 0 checks it before every request.
		 * Applied to HttpClient 5.
		 */
		private @Nullable Duration validateAfterInactivity;

		private final Ssl ssl = new Ssl();

		public boolean isApplyApplicationCustomizers() {
			return this.applyApplicationCustomizers;
		}

		public void setApplyApplicationCustomizers(boolean applyApplicationCustomizers) {
			this.applyApplicationCustomizers = applyApplicationCustomizers;
		}

		public @Nullable Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(@Nullable Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public @Nullable Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(@Nullable Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public @Nullable Integer getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(@Nullable Integer maxConnections) {
			this.maxConnections = maxConnections;
		}

		public @Nullable Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		public void setMaxIdleTime(@Nullable Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		public @Nullable Duration getValidateAfterInactivity() {
			return this.validateAfterInactivity;
		}

		public void setValidateAfterInactivity(@Nullable Duration validateAfterInactivity) {
			this.validateAfterInactivity = validateAfterInactivity;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

		/**
		 * TLS settings.
		 */
		public static class Ssl {

			/**
			 * Name of the Spring Boot SSL bundle (spring.ssl.bundle.*) used for the
			 * client's connections.
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
	 * Retry of transient failures. Which failures are retried follows from the operation:
	 * a session is never created twice.
	 */
	public static class Retry {

		/**
		 * Whether transient failures are retried.
		 */
		private @Nullable Boolean enabled;

		/**
		 * Maximum number of retries after the first attempt.
		 */
		private @Nullable Integer maxRetries;

		/**
		 * Delay before the first retry.
		 */
		private @Nullable Duration delay;

		/**
		 * Factor applied to the delay after each retry.
		 */
		private @Nullable Double multiplier;

		/**
		 * Longest delay between two attempts.
		 */
		private @Nullable Duration maxDelay;

		/**
		 * Random variation added to or removed from each delay.
		 */
		private @Nullable Duration jitter;

		/**
		 * Longest pause a server's Retry-After can impose on a call and on the shared
		 * rate limit; a longer one is waited only this long, counted and logged.
		 */
		private @Nullable Duration maxRetryAfter;

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Integer getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(@Nullable Integer maxRetries) {
			this.maxRetries = maxRetries;
		}

		public @Nullable Duration getDelay() {
			return this.delay;
		}

		public void setDelay(@Nullable Duration delay) {
			this.delay = delay;
		}

		public @Nullable Double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(@Nullable Double multiplier) {
			this.multiplier = multiplier;
		}

		public @Nullable Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(@Nullable Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public @Nullable Duration getJitter() {
			return this.jitter;
		}

		public void setJitter(@Nullable Duration jitter) {
			this.jitter = jitter;
		}

		public @Nullable Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(@Nullable Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

	/**
	 * Client-side rate limit against Checkout.com's account-wide limits (reads and writes
	 * per second, counted across every instance of the account).
	 */
	public static class RateLimit {

		/**
		 * Whether every call takes a permit from a token bucket first.
		 */
		private boolean enabled;

		/**
		 * Read (GET) requests per second allowed to the whole account.
		 */
		private @Nullable Integer readsPerSecond;

		/**
		 * Write (POST, PUT) requests per second allowed to the whole account.
		 */
		private @Nullable Integer writesPerSecond;

		/**
		 * Longest wait for a permit (never past the call timeout); without one the call
		 * fails and nothing is sent.
		 */
		private @Nullable Duration maxWait;

		/**
		 * Where the buckets live: in this JVM, or in Redis (spring.data.redis.*) shared
		 * by every instance.
		 */
		private Store store = Store.LOCAL;

		/**
		 * Instances sharing the budget (store redis): while Redis is away each takes this
		 * share of it locally.
		 */
		private @Nullable Integer instances;

		public @Nullable Integer getInstances() {
			return this.instances;
		}

		public void setInstances(@Nullable Integer instances) {
			this.instances = instances;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Integer getReadsPerSecond() {
			return this.readsPerSecond;
		}

		public void setReadsPerSecond(@Nullable Integer readsPerSecond) {
			this.readsPerSecond = readsPerSecond;
		}

		public @Nullable Integer getWritesPerSecond() {
			return this.writesPerSecond;
		}

		public void setWritesPerSecond(@Nullable Integer writesPerSecond) {
			this.writesPerSecond = writesPerSecond;
		}

		public @Nullable Duration getMaxWait() {
			return this.maxWait;
		}

		public void setMaxWait(@Nullable Duration maxWait) {
			this.maxWait = maxWait;
		}

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		/** Where the rate-limit buckets live. */
		public enum Store {

			/** In this JVM: each instance has the whole budget. */
			LOCAL,

			/**
			 * In Redis through Bucket4j: every instance of the application shares one
			 * budget per account.
			 */
			REDIS

		}

	}

	/**
	 * Settings of the 'checkout' health contributor.
	 */
	public static class Health {

		/**
		 * Whether the 'checkout' component is in the readiness group, so that a
		 * Checkout.com outage turns readiness DOWN (liveness never includes it).
		 */
		private boolean readiness;

		/**
		 * Number of most recent calls that must all have failed on transport for the
		 * health to be DOWN, 1 to 20 (the calls the client keeps).
		 */
		private int transportFailureThreshold = 3;

		public boolean isReadiness() {
			return this.readiness;
		}

		public void setReadiness(boolean readiness) {
			this.readiness = readiness;
		}

		public int getTransportFailureThreshold() {
			return this.transportFailureThreshold;
		}

		public void setTransportFailureThreshold(int transportFailureThreshold) {
			this.transportFailureThreshold = transportFailureThreshold;
		}

	}

	/**
	 * Warm start: once the application is ready, each client fetches its OAuth token,
	 * opens a connection to the API host and prepares its JSON mapping in the background.
	 */
	public static class WarmUp {

		/**
		 * Whether each client is warmed up in the background once the application is
		 * ready.
		 */
		private boolean enabled = true;

		/**
		 * How long the warm-up of one client may take before it is reported as failed.
		 */
		private Duration timeout = Duration.ofSeconds(5);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * One account of checkout.accounts: what is set here replaces the top-level value,
	 * what is not is inherited.
	 */
	public static class Account {

		/** Checkout.com environment of this account, 'sandbox' or 'production'. */
		private @Nullable String environment;

		/** This account's host prefix, e.g. 'vkuhvk4v'. */
		private @Nullable String subdomain;

		/** Sessions API base URL of this account (emulator, proxy). */
		private @Nullable String baseUrl;

		/** Processing channel ID (pc_...) of this account. */
		private @Nullable String processingChannelId;

		private final OAuth oauth = new OAuth();

		private final AccountRateLimit rateLimit = new AccountRateLimit();

		private final AccountWebhooks webhooks = new AccountWebhooks();

		public @Nullable String getEnvironment() {
			return this.environment;
		}

		public void setEnvironment(@Nullable String environment) {
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

		public AccountRateLimit getRateLimit() {
			return this.rateLimit;
		}

		public AccountWebhooks getWebhooks() {
			return this.webhooks;
		}

	}

	/**
	 * The rate-limit budgets of one account: Checkout.com counts per account, so each has
	 * its own bucket.
	 */
	public static class AccountRateLimit {

		/** GET requests per second this account may send, all instances together. */
		private @Nullable Integer readsPerSecond;

		/**
		 * POST and PUT requests per second this account may send, all instances together.
		 */
		private @Nullable Integer writesPerSecond;

		/** Instances sharing this account's budget when the store is local. */
		private @Nullable Integer instances;

		public @Nullable Integer getReadsPerSecond() {
			return this.readsPerSecond;
		}

		public void setReadsPerSecond(@Nullable Integer readsPerSecond) {
			this.readsPerSecond = readsPerSecond;
		}

		public @Nullable Integer getWritesPerSecond() {
			return this.writesPerSecond;
		}

		public void setWritesPerSecond(@Nullable Integer writesPerSecond) {
			this.writesPerSecond = writesPerSecond;
		}

		public @Nullable Integer getInstances() {
			return this.instances;
		}

		public void setInstances(@Nullable Integer instances) {
			this.instances = instances;
		}

	}

	/**
	 * The webhook keys of one account, read by the webhook receiver of
	 * checkout-sessions-web.
	 */
	public static class AccountWebhooks {

		/**
		 * Signature keys of this account's webhooks; an event signed with any of them is
		 * accepted, so a key can be rotated without downtime. Masked by Actuator.
		 */
		private List<String> signatureKeys = new ArrayList<>();

		/**
		 * The Authorization header value configured on this account's webhook, checked
		 * when set.
		 */
		private @Nullable String authorizationHeader;

		public List<String> getSignatureKeys() {
			return this.signatureKeys;
		}

		public void setSignatureKeys(List<String> signatureKeys) {
			this.signatureKeys = signatureKeys;
		}

		public @Nullable String getAuthorizationHeader() {
			return this.authorizationHeader;
		}

		public void setAuthorizationHeader(@Nullable String authorizationHeader) {
			this.authorizationHeader = authorizationHeader;
		}

	}

	/**
	 * The cache of the accounts a CheckoutAccountResolver bean finds at run time.
	 */
	public static class ResolvedAccounts {

		/**
		 * How long a resolved account's client may go unused before it is closed; the
		 * next call resolves the account again.
		 */
		private Duration idleTimeout = Duration.ofMinutes(30);

		/**
		 * Most resolved accounts kept at once; beyond it the least recently used is
		 * closed.
		 */
		private int maxAccounts = 10_000;

		public Duration getIdleTimeout() {
			return this.idleTimeout;
		}

		public void setIdleTimeout(Duration idleTimeout) {
			this.idleTimeout = idleTimeout;
		}

		public int getMaxAccounts() {
			return this.maxAccounts;
		}

		public void setMaxAccounts(int maxAccounts) {
			this.maxAccounts = maxAccounts;
		}

	}

}
