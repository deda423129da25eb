package dev.checkoutsessions.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.observation.OAuthTokenObservationConvention;
import dev.checkoutsessions.client.observation.SessionsObservationConvention;

/**
 * Builds a {@link SessionsClient} without Spring Boot. Only the OAuth client credentials
 * are required:
 *
 * <pre>{@code
 * SessionsClient client = SessionsClient.builder()
 *     .environment(CheckoutEnvironment.SANDBOX)
 *     .subdomain("vkuhvk4v")
 *     .clientCredentials("ack_…", secret)
 *     .processingChannelId("pc_…")
 *     .build();
 * }</pre>
 *
 * <p>
 * Every setting is validated by {@link #build()}, which throws
 * {@link CheckoutConfigurationException} naming the offending parameter. Closing the
 * built client ({@link SessionsClient#close()}) releases the HTTP client and executor it
 * created itself (none that were passed in).
 *
 * @since 0.1.0
 */
public final class SessionsClientBuilder {

	private ClientSettings settings = ClientSettings.defaults();

	private CheckoutEnvironment environment = CheckoutEnvironment.SANDBOX;

	private @Nullable String subdomain;

	private @Nullable URI baseUrl;

	private @Nullable URI tokenUrl;

	private boolean allowPlainHttpToAnyHost;

	private @Nullable String clientId;

	private @Nullable String clientSecret;

	private @Nullable String processingChannelId;

	private RestClient.@Nullable Builder restClientBuilder;

	private @Nullable ClientHttpRequestFactory requestFactory;

	// Connections of a given factory's pool, for health; 0 when not known.
	private int requestFactoryPoolSize;

	private @Nullable RateLimiter rateLimiter;

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable SessionsObservationConvention observationConvention;

	private @Nullable OAuthTokenObservationConvention tokenObservationConvention;

	private @Nullable Object meterRegistry;

	private @Nullable Executor asyncExecutor;

	private Clock clock = Clock.systemUTC();

	private String account = SessionsClients.DEFAULT_ACCOUNT;

	private @Nullable CheckoutTransport transport;

	SessionsClientBuilder() {
	}

	/**
	 * Names the account this client calls for: tagged as {@code account} on every
	 * {@code checkout.*} meter and observation and shown by {@code toString()}, so it
	 * must be a name (low cardinality), never a credential.
	 * @param account a configured account's name; {@code default} unless set
	 * @return this builder
	 * @since 0.2.0
	 */
	public SessionsClientBuilder account(String account) {
		if (account == null || account.isBlank()) {
			throw new CheckoutConfigurationException("account", "must not be blank",
					"Name the account, e.g. 'eu', or leave it unset for 'default'.");
		}
		this.account = account;
		return this;
	}

	/**
	 * Sends through a transport shared with other clients (one connection pool and async
	 * executor for every account); the client keeps its own OAuth token, rate limit and
	 * recent calls, and closing it leaves the transport open. Replaces a
	 * {@link #requestFactory} set before; a {@link #requestFactory} set after replaces
	 * the transport, and an {@link #asyncExecutor} replaces the transport's executor.
	 * @param transport the shared transport
	 * @return this builder
	 * @since 0.2.0
	 */
	public SessionsClientBuilder transport(CheckoutTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport must not be null");
		this.requestFactory = null;
		this.requestFactoryPoolSize = 0;
		return this;
	}

	/**
	 * Every tunable setting at once; the setters below change one of them.
	 * @param settings the settings, e.g.
	 * {@code ClientSettings.defaults().withCallTimeout(…)}
	 * @return this builder
	 */
	public SessionsClientBuilder settings(ClientSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings must not be null");
		return this;
	}

	/**
	 * Sandbox (default) or production: picks the API and token hosts.
	 * @param environment {@link CheckoutEnvironment#SANDBOX} or
	 * {@link CheckoutEnvironment#PRODUCTION}
	 * @return this builder
	 */
	public SessionsClientBuilder environment(CheckoutEnvironment environment) {
		this.environment = Objects.requireNonNull(environment, "environment must not be null");
		return this;
	}

	/**
	 * Merchant-specific prefix: {@code https://{prefix}.api.sandbox.checkout.com};
	 * validated.
	 * @param subdomain the first eight characters of the account's client id without
	 * {@code cli_} (for {@code cli_vkuhvk4vjn2edkps7dfsq6emqm}: {@code vkuhvk4v}), or
	 * null or blank for the global hosts
	 * @return this builder
	 */
	public SessionsClientBuilder subdomain(@Nullable String subdomain) {
		this.subdomain = (subdomain != null && !subdomain.isBlank()) ? subdomain : null;
		return this;
	}

	/**
	 * API base URL override (emulator, proxy); {@code http://} only for loopback hosts.
	 * @param baseUrl the absolute base URL, or null for the environment's host
	 * @return this builder
	 */
	public SessionsClientBuilder baseUrl(@Nullable URI baseUrl) {
		this.baseUrl = baseUrl;
		return this;
	}

	/**
	 * API base URL override as text.
	 * @param baseUrl the absolute base URL, or null for the environment's host
	 * @return this builder
	 */
	public SessionsClientBuilder baseUrl(@Nullable String baseUrl) {
		this.baseUrl = CheckoutEndpoints.uri(baseUrl, "baseUrl");
		return this;
	}

	/**
	 * OAuth token URL override; {@code http://} only for loopback hosts.
	 * @param tokenUrl the absolute {@code /connect/token} URL, or null for the
	 * environment's
	 * @return this builder
	 */
	public SessionsClientBuilder tokenUrl(@Nullable URI tokenUrl) {
		this.tokenUrl = tokenUrl;
		return this;
	}

	/**
	 * OAuth token URL override as text.
	 * @param tokenUrl the absolute {@code /connect/token} URL, or null for the
	 * environment's
	 * @return this builder
	 */
	public SessionsClientBuilder tokenUrl(@Nullable String tokenUrl) {
		this.tokenUrl = CheckoutEndpoints.uri(tokenUrl, "tokenUrl");
		return this;
	}

	/**
	 * Whether {@link #baseUrl(URI)} and {@link #tokenUrl(URI)} may use plain
	 * {@code http://} to a host other than loopback, e.g. the standalone emulator on a
	 * Docker Compose network. Credentials and card data then travel unencrypted: never in
	 * production.
	 * @param allow {@code true} to accept {@code http://} to any host; default
	 * {@code false}
	 * @return this builder
	 */
	public SessionsClientBuilder allowPlainHttpToAnyHost(boolean allow) {
		this.allowPlainHttpToAnyHost = allow;
		return this;
	}

	/**
	 * OAuth client credentials: access key ID ({@code ack_…}) and secret. Required.
	 * @param clientId the access key id, {@code ack_} followed by 26 characters
	 * @param clientSecret the access key secret; never logged nor shown by
	 * {@code toString()}
	 * @return this builder
	 */
	public SessionsClientBuilder clientCredentials(@Nullable String clientId, @Nullable String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		return this;
	}

	/**
	 * OAuth scopes to request; see {@link ClientSettings#scopes()}.
	 * @param scopes scope names such as {@code sessions:browser}; {@code sessions:app} is
	 * needed for app-channel sessions
	 * @return this builder
	 */
	public SessionsClientBuilder scopes(List<String> scopes) {
		return settings(this.settings.withScopes(scopes));
	}

	/**
	 * Processing channel ({@code pc_…}) applied to session requests that do not set one.
	 * @param processingChannelId {@code pc_} followed by 26 characters, or null or blank
	 * when the access token carries one
	 * @return this builder
	 */
	public SessionsClientBuilder processingChannelId(@Nullable String processingChannelId) {
		this.processingChannelId = (processingChannelId != null && !processingChannelId.isBlank()) ? processingChannelId
				: null;
		return this;
	}

	/**
	 * A {@link RestClient.Builder} to start from (e.g. Spring Boot's, which carries
	 * customizers and the {@code http.client.requests} observation). It is cloned, never
	 * modified.
	 * @param restClientBuilder the builder to clone
	 * @return this builder
	 */
	public SessionsClientBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
		this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder must not be null");
		return this;
	}

	/**
	 * The request factory to use. When none is given the client builds one with the
	 * timeouts below, no redirects and no transport-level retries; a factory given here
	 * is used as is. The call timeout still ends a request on it: with an HttpClient 5
	 * factory through {@link HttpComponentsConnections#applyCallDeadlines} (the starter
	 * applies it), with Spring's JDK, Jetty and Reactor Netty factories by interrupting
	 * the waiting thread at the deadline (the interrupt is cleared before the failure is
	 * thrown).
	 * @param requestFactory the factory, used as given
	 * @return this builder
	 */
	public SessionsClientBuilder requestFactory(ClientHttpRequestFactory requestFactory) {
		return requestFactory(requestFactory, 0);
	}

	/**
	 * The request factory to use, whose connection pool size is known, so that health and
	 * the {@code checkout.sessions.client.connections.max} gauge report it.
	 * @param requestFactory the factory, used as given (see
	 * {@link #requestFactory(ClientHttpRequestFactory)})
	 * @param poolSize the connections its pool may hold; 0 when not known
	 * @return this builder
	 */
	public SessionsClientBuilder requestFactory(ClientHttpRequestFactory requestFactory, int poolSize) {
		this.requestFactory = Objects.requireNonNull(requestFactory, "requestFactory must not be null");
		this.requestFactoryPoolSize = Math.max(0, poolSize);
		this.transport = null;
		return this;
	}

	/**
	 * Connect timeout of the built-in request factory (default 5 s). A factory passed to
	 * {@link #requestFactory} has its own: set it there.
	 * @param connectTimeout a positive duration
	 * @return this builder
	 */
	public SessionsClientBuilder connectTimeout(Duration connectTimeout) {
		return settings(this.settings.withConnectTimeout(connectTimeout));
	}

	/**
	 * Read timeout (default 30 s): of the built-in request factory, and, with any
	 * factory, the time a response body may take to arrive once its headers did (a body
	 * dripping byte by byte never trips a per-read socket timeout).
	 * @param readTimeout a positive duration
	 * @return this builder
	 */
	public SessionsClientBuilder readTimeout(Duration readTimeout) {
		return settings(this.settings.withReadTimeout(readTimeout));
	}

	/**
	 * Retry behaviour; {@link ClientSettings.Retry#defaults()} unless set.
	 * @param retry the retry settings; {@link ClientSettings.Retry#disabled()} never
	 * retries
	 * @return this builder
	 */
	public SessionsClientBuilder retry(ClientSettings.Retry retry) {
		return settings(this.settings.withRetry(retry));
	}

	/**
	 * Deadline of one logical call (default 20 s): the OAuth token, the wait for a pooled
	 * connection and for a rate-limit permit, every attempt and every backoff draw on it,
	 * and the last attempt's read timeout shrinks to what is left. A call that runs out
	 * fails with {@link CheckoutDeadlineExceededException}.
	 * @param callTimeout a positive duration
	 * @return this builder
	 */
	public SessionsClientBuilder callTimeout(Duration callTimeout) {
		return settings(this.settings.withCallTimeout(callTimeout));
	}

	/**
	 * Connections the client's own HTTP client (HttpClient 5) may hold (default 200); a
	 * call waits for one only within its deadline. Not applied to the JDK client, which
	 * has no pool limit, nor to a {@link #requestFactory} of your own, whose pool you
	 * size (pass its size to {@link #requestFactory(ClientHttpRequestFactory, int)} to
	 * have health report it).
	 * @param maxConnections 1 or more
	 * @return this builder
	 */
	public SessionsClientBuilder maxConnections(int maxConnections) {
		return settings(this.settings.withMaxConnections(maxConnections));
	}

	/**
	 * A client-side rate limit: every HTTP request to the Sessions API first takes a
	 * permit (GET from the read budget, POST and PUT from the write budget), waiting at
	 * most {@code maxWait} and never past the call's deadline; without one in time the
	 * call fails with {@link CheckoutRateLimitedException} and nothing is sent.
	 * @param rateLimiter the limiter, e.g. {@link RateLimiter#local(int, int)};
	 * {@code null} for none (default)
	 * @param maxWait longest wait for a permit, not negative
	 * @return this builder
	 */
	public SessionsClientBuilder rateLimiter(@Nullable RateLimiter rateLimiter, Duration maxWait) {
		settings(this.settings.withRateLimit(this.settings.rateLimit().withMaxWait(maxWait)));
		return rateLimiter(rateLimiter);
	}

	/**
	 * A client-side rate limit waiting at most {@link ClientSettings.RateLimit#maxWait()}
	 * for a permit; see {@link #rateLimiter(RateLimiter, Duration)}.
	 * @param rateLimiter the limiter, {@code null} for none (default)
	 * @return this builder
	 */
	public SessionsClientBuilder rateLimiter(@Nullable RateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
		return this;
	}

	/**
	 * Registry for the {@code checkout.sessions.client} and {@code checkout.oauth.token}
	 * observations.
	 * @param observationRegistry the registry; {@link ObservationRegistry#NOOP} unless
	 * set
	 * @return this builder
	 */
	public SessionsClientBuilder observationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry must not be null");
		return this;
	}

	/**
	 * Custom convention for {@code checkout.sessions.client} observations.
	 * @param convention the convention, or null for
	 * {@link dev.checkoutsessions.client.observation.DefaultSessionsObservationConvention}
	 * @return this builder
	 */
	public SessionsClientBuilder observationConvention(@Nullable SessionsObservationConvention convention) {
		this.observationConvention = convention;
		return this;
	}

	/**
	 * Custom convention for {@code checkout.oauth.token} observations.
	 * @param convention the convention, or null for
	 * {@link dev.checkoutsessions.client.observation.DefaultOAuthTokenObservationConvention}
	 * @return this builder
	 */
	public SessionsClientBuilder tokenObservationConvention(@Nullable OAuthTokenObservationConvention convention) {
		this.tokenObservationConvention = convention;
		return this;
	}

	/**
	 * Micrometer {@code MeterRegistry} for the {@code checkout.sessions.client.retries}
	 * counter (typed as {@code Object} so micrometer-core stays optional). Register a
	 * {@link dev.checkoutsessions.client.observation.SessionsMeterFilter} on it before
	 * the first call when meters come from the observations too (the Spring Boot starter
	 * does).
	 * @param meterRegistry a {@code MeterRegistry}, or null for no counter
	 * @return this builder
	 * @throws CheckoutConfigurationException if {@code meterRegistry} is not a
	 * {@code MeterRegistry}
	 */
	public SessionsClientBuilder meterRegistry(@Nullable Object meterRegistry) {
		if (meterRegistry != null && !isMeterRegistry(meterRegistry)) {
			throw new CheckoutConfigurationException("meterRegistry",
					"meterRegistry must be an io.micrometer.core.instrument.MeterRegistry, was "
							+ meterRegistry.getClass().getName());
		}
		this.meterRegistry = meterRegistry;
		return this;
	}

	/**
	 * Executor of {@link SessionsClient#async()}; virtual threads on Java 21+, a bounded
	 * pool otherwise.
	 * @param asyncExecutor the executor; the client does not shut it down when closed
	 * @return this builder
	 */
	public SessionsClientBuilder asyncExecutor(Executor asyncExecutor) {
		this.asyncExecutor = Objects.requireNonNull(asyncExecutor, "asyncExecutor must not be null");
		return this;
	}

	/**
	 * Clock used for token expiry (tests).
	 * @param clock the clock to read
	 * @return this builder
	 */
	public SessionsClientBuilder clock(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
		return this;
	}

	/**
	 * Largest response body accepted, in bytes (default 1 MiB); bigger answers are
	 * refused unread.
	 * @param bytes the limit in bytes, at least 1024
	 * @return this builder
	 * @throws CheckoutConfigurationException if {@code bytes} is below 1024
	 */
	public SessionsClientBuilder maxResponseSize(int bytes) {
		return settings(this.settings.withMaxResponseSize(bytes));
	}

	/**
	 * Checks where a client would send its requests without building one, for a framework
	 * that reports every bad setting at startup together: the same rules {@link #build()}
	 * applies to {@link #subdomain}, {@link #baseUrl(String)} and
	 * {@link #tokenUrl(String)}.
	 * @param subdomain the account prefix, or {@code null}
	 * @param baseUrl the API base URL, or {@code null}
	 * @param tokenUrl the token URL, or {@code null}
	 * @param allowPlainHttpToAnyHost as {@link #allowPlainHttpToAnyHost(boolean)}
	 * @return one exception per rejected value, naming its parameter; empty when all are
	 * valid
	 */
	public static List<CheckoutConfigurationException> checkEndpoints(@Nullable String subdomain,
			@Nullable String baseUrl, @Nullable String tokenUrl, boolean allowPlainHttpToAnyHost) {
		return CheckoutEndpoints.problems(subdomain, baseUrl, tokenUrl, allowPlainHttpToAnyHost);
	}

	/**
	 * Validates the settings and builds the client.
	 * @return the client, also a {@link SessionsClientDiagnostics}
	 * @throws CheckoutConfigurationException naming the parameter that is missing or
	 * invalid
	 */
	public SessionsClient build() {
		ClientSettings settings = this.settings;
		String id = required(this.clientId, "clientId", "is required",
				"Set the OAuth client ID (access key ID, ack_…) from the Checkout.com Dashboard.");
		String secret = required(this.clientSecret, "clientSecret", "is required",
				"Set the OAuth client secret of access key " + id + ".");
		CheckoutEndpoints endpoints = CheckoutEndpoints.resolve(this.environment, this.subdomain, this.baseUrl,
				this.tokenUrl, this.allowPlainHttpToAnyHost);
		List<AutoCloseable> owned = new ArrayList<>();
		CheckoutTransport shared = this.transport;
		ClientHttpRequestFactory factory = (shared != null) ? shared.requestFactory() : this.requestFactory;
		// The factory built here bounds its own waits by each call's deadline; another
		// may need the alarm.
		DeadlineAlarm deadlineAlarm = (shared != null) ? shared.deadlineAlarm()
				: (factory != null) ? DeadlineAlarm.forFactory(factory) : DeadlineAlarm.NONE;
		int poolSize = (shared != null) ? shared.poolSize() : this.requestFactoryPoolSize;
		if (factory == null) {
			factory = DefaultRequestFactories.create(settings);
			poolSize = DefaultRequestFactories.hasPool() ? settings.maxConnections() : 0;
			if (factory instanceof AutoCloseable closeable) {
				owned.add(closeable);
			}
			else if (factory instanceof DisposableBean disposable) {
				// HttpClient 5's factory: destroying it closes the pool and stops the
				// thread that evicts idle connections.
				owned.add(disposable::destroy);
			}
		}
		RestClient.Builder base = (this.restClientBuilder != null) ? this.restClientBuilder.clone()
				: RestClient.builder().observationRegistry(this.observationRegistry);
		base.requestFactory(factory);
		JsonCodec json = (shared != null) ? shared.json() : new JsonCodec();
		RestClient apiClient = base.clone()
			.uriBuilderFactory(new SessionsUriFactory(endpoints.apiBaseUrl().toString()))
			.build();
		RestClient tokenClient = base.clone().build();
		OAuthTokenProvider tokens = new OAuthTokenProvider(this.account, tokenClient, endpoints.tokenUrl(), id, secret,
				settings.scopes(), json, this.clock, this.observationRegistry, this.tokenObservationConvention,
				settings.readTimeout(), deadlineAlarm);
		RecentCalls recentCalls = new RecentCalls(settings.recentCalls());
		CallMeters callMeters = (this.meterRegistry != null)
				? new MicrometerCallMeters(this.meterRegistry, this.account) : CallMeters.NONE;
		ApiTransport transport = new ApiTransport(apiClient,
				new BoundedBodyReader(settings.maxResponseSize(), settings.readTimeout()), endpoints.apiBaseUrl(),
				deadlineAlarm);
		CallExecutor executor = new CallExecutor(this.account, transport, json, settings, this.rateLimiter, poolSize,
				this.observationRegistry, this.observationConvention, callMeters, recentCalls, this.clock);
		callMeters.gaugeInFlight(executor, poolSize);
		Executor async = (this.asyncExecutor == null && shared != null) ? shared.asyncExecutor() : this.asyncExecutor;
		if (async == null) {
			ExecutorService created = AsyncExecutors.createDefault();
			owned.add(created::shutdown);
			async = created;
		}
		return new DefaultSessionsClient(executor, tokens, this.processingChannelId, recentCalls, async,
				closeAll(owned));
	}

	/**
	 * Closes every resource even when one fails (a pool that fails to close must not
	 * leave the executor running), then throws the first failure with the others
	 * suppressed.
	 */
	static AutoCloseable closeAll(List<AutoCloseable> resources) {
		return () -> {
			Exception first = null;
			for (AutoCloseable resource : resources) {
				try {
					resource.close();
				}
				catch (Exception ex) {
					if (first == null) {
						first = ex;
					}
					else {
						first.addSuppressed(ex);
					}
				}
			}
			if (first != null) {
				throw first;
			}
		};
	}

	private static String required(@Nullable String value, String parameter, String problem, String fix) {
		if (value == null || value.isBlank()) {
			throw new CheckoutConfigurationException(parameter, problem, fix);
		}
		return value;
	}

	private static boolean isMeterRegistry(Object candidate) {
		try {
			return Class
				.forName("io.micrometer.core.instrument.MeterRegistry", false,
						SessionsClientBuilder.class.getClassLoader())
				.isInstance(candidate);
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

}
