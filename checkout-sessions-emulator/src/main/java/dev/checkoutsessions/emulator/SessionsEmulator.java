package dev.checkoutsessions.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * A stateful, in-process emulator of the Checkout.com Sessions API (standalone 3-D
 * Secure) and its OAuth token endpoint, listening on a loopback port.
 * <p>
 * It serves {@code POST /connect/token}, the five session endpoints with the real state
 * machine, and the cardholder pages a browser reaches through the session's links (3DS
 * Method, ACS challenge, hosted redirect). Tests arrange failures through
 * {@link #faults()} and inspect what it holds through {@link #sessions()} and the request
 * counts. Every instance owns its state, so several can run in one JVM.
 * <p>
 * It serves one account, the default one, unless more are registered
 * ({@link Builder#account(String)}): each {@link EmulatorAccount} has its own OAuth
 * client, processing channel and webhook, and sees only its own sessions, as separate
 * Checkout.com accounts do.
 *
 * <pre>{@code
 * try (SessionsEmulator emulator = SessionsEmulator.start()) {
 *     String api = emulator.baseUrl();            // checkout.base-url
 *     String tokenUrl = emulator.tokenUrl();      // checkout.oauth.token-url
 *     emulator.faults().next(1).on(Endpoint.CREATE_SESSION).respondWith503();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SessionsEmulator implements AutoCloseable {

	/**
	 * The name of the account the {@link Builder#client clients} belong to, the one
	 * {@link #clientId()}, {@link #webhooks()} and {@link #processingChannelId()}
	 * describe.
	 */
	public static final String DEFAULT_ACCOUNT = "default";

	/** The default OAuth scopes of the emulator's client: both Sessions scopes. */
	public static final Set<String> DEFAULT_SCOPES = Set.of(Scopes.APP, Scopes.BROWSER);

	/**
	 * The ACS challenge page's correct one-time password; any other password declines.
	 */
	public static final String CHALLENGE_PASSWORD = BrowserPages.CHALLENGE_PASSWORD;

	private final WireMockServer server;

	private final SessionStore store;

	private final TokenEndpoint tokens;

	private final EmulatorTransformer transformer;

	private final Faults faults;

	private final CallbackSender callbacks;

	private final Clock clock;

	private final Map<String, EmulatorAccount> accounts;

	private final EmulatorAccount defaultAccount;

	private final String baseUrl;

	private SessionsEmulator(Builder builder) {
		Ids ids = new Ids();
		this.clock = builder.clock;
		this.accounts = builder.accounts(ids);
		this.defaultAccount = account(DEFAULT_ACCOUNT);
		this.store = new SessionStore();
		this.faults = new Faults();
		this.tokens = new TokenEndpoint(clientsById(accounts.values()), builder.tokenLifetime, clock, ids);
		this.callbacks = new CallbackSender(builder.callbackTimeout, clock);
		String[] base = new String[1];
		SessionsApi api = new SessionsApi(store, tokens, accounts, callbacks, clock, ids, () -> base[0],
				new SessionTimeouts(builder.sessionLifetime, builder.challengeTimeout));
		BrowserPages pages = new BrowserPages(store, clock, () -> base[0]);
		this.transformer = new EmulatorTransformer(tokens, api, pages, faults);
		RequestLog requestLog = new RequestLog(builder.logRequests);
		this.server = new WireMockServer(WireMockConfiguration.options()
			.bindAddress(builder.host)
			.port(builder.port)
			.containerThreads(builder.serverThreads)
			.disableRequestJournal()
			.stubRequestLoggingDisabled(true)
			.notifier(new Slf4jNotifier())
			.extensionScanningEnabled(false)
			.extensions(transformer, new RequestGuard(AllowedHosts.boundTo(builder.host)),
					new AdminApiClosed(requestLog), requestLog));
		server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse()));
		server.start();
		this.baseUrl = "http://" + urlHost(builder.host) + ":" + server.port();
		base[0] = baseUrl;
	}

	private static Map<String, ClientRegistration> clientsById(Collection<EmulatorAccount> accounts) {
		Map<String, ClientRegistration> clients = new LinkedHashMap<>();
		accounts.forEach((account) -> account.clients().forEach((client) -> clients.put(client.clientId(), client)));
		return clients;
	}

	/**
	 * The host of {@link #baseUrl()}: the bound address, or loopback when bound to every
	 * interface (an address nobody can call).
	 */
	private static String urlHost(String host) {
		if (AllowedHosts.isWildcard(host)) {
			return "127.0.0.1";
		}
		return (host.contains(":") && !host.startsWith("[")) ? "[" + host + "]" : host;
	}

	/**
	 * Starts an emulator with defaults: random port, one generated client allowed both
	 * Sessions scopes, one-hour tokens.
	 * @return the running emulator
	 */
	public static SessionsEmulator start() {
		return builder().start();
	}

	/**
	 * A builder for an emulator with other clients, scopes, token lifetime or port.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The API base URL, without trailing slash ({@code checkout.base-url}).
	 * @return for example {@code http://127.0.0.1:53117}
	 */
	public String baseUrl() {
		return baseUrl;
	}

	/**
	 * The OAuth token endpoint ({@code checkout.oauth.token-url}).
	 * @return {@link #baseUrl()} followed by {@code /connect/token}
	 */
	public String tokenUrl() {
		return baseUrl + "/connect/token";
	}

	/**
	 * The port the emulator listens on.
	 * @return the local port
	 */
	public int port() {
		return server.port();
	}

	/**
	 * The id of the default account's first client ({@code checkout.oauth.client-id}).
	 * @return the client id
	 */
	public String clientId() {
		return defaultAccount.clientId();
	}

	/**
	 * The secret of the default account's first client
	 * ({@code checkout.oauth.client-secret}).
	 * @return the client secret
	 */
	public String clientSecret() {
		return defaultAccount.clientSecret();
	}

	/**
	 * One account the emulator serves.
	 * @param name a name given to {@link Builder#account(String)}, or
	 * {@link #DEFAULT_ACCOUNT}
	 * @return the account
	 * @throws IllegalArgumentException when the emulator serves no account of that name
	 */
	public EmulatorAccount account(String name) {
		EmulatorAccount account = accounts.get(name);
		if (account == null) {
			throw new IllegalArgumentException(
					"The emulator serves no account named " + name + "; it serves " + accounts.keySet());
		}
		return account;
	}

	/**
	 * Every account the emulator serves, the default one first, then in the order they
	 * were registered.
	 * @return an immutable list
	 */
	public List<EmulatorAccount> accounts() {
		return List.copyOf(accounts.values());
	}

	/**
	 * The processing channel the default account accepts
	 * ({@code checkout.processing-channel-id}); requests naming another channel get 422
	 * {@code processing_channel_id_invalid}.
	 * @return a {@code pc_…} id
	 */
	public String processingChannelId() {
		return defaultAccount.processingChannelId();
	}

	/**
	 * Fault injection: 429, 503, other statuses, resets before or after processing,
	 * delays.
	 * @return the fault controls of this emulator
	 */
	public Faults faults() {
		return faults;
	}

	/**
	 * Every completion callback sent on {@code POST /sessions/{id}/complete}, oldest
	 * first. Callbacks to loopback URLs are posted and carry the receiver's status;
	 * callbacks to any other URL are only recorded (and complete answers as if they were
	 * delivered), so tests never reach another host.
	 * @return an immutable list
	 */
	public List<SentCallback> callbacks() {
		return callbacks.sent();
	}

	/**
	 * The default account's signed authentication webhooks: where to send them,
	 * duplicates and out-of-order delivery on request, and every delivery made. Other
	 * accounts' are {@code account(name).webhooks()}.
	 * @return the webhook controls of the default account
	 */
	public Webhooks webhooks() {
		return defaultAccount.webhooks();
	}

	/**
	 * Snapshots of every session held, of every account, oldest first.
	 * @return an immutable list
	 */
	public List<EmulatedSession> sessions() {
		return store.all()
			.stream()
			.map(Session::snapshot)
			.sorted(Comparator.comparing(EmulatedSession::createdAt))
			.toList();
	}

	/**
	 * A snapshot of one session.
	 * @param sessionId the {@code sid_…} id
	 * @return the session, or empty when the emulator does not hold it
	 */
	public Optional<EmulatedSession> session(String sessionId) {
		return Optional.ofNullable(store.byId(sessionId)).map(Session::snapshot);
	}

	/**
	 * How many {@code POST /sessions} requests arrived, including those refused or
	 * faulted.
	 * @return the count since start or the last {@link #reset()}
	 */
	public long createRequestCount() {
		return requestCount(Endpoint.CREATE_SESSION);
	}

	/**
	 * How many requests arrived at one endpoint, including those refused or faulted.
	 * @param endpoint the endpoint
	 * @return the count since start or the last {@link #reset()}
	 */
	public long requestCount(Endpoint endpoint) {
		return transformer.requestCount(endpoint);
	}

	/**
	 * Moves a session that is not final yet to {@code expired}, as the API does when the
	 * cardholder never finishes.
	 * @param sessionId the {@code sid_…} id
	 * @return whether the session existed and was expired
	 */
	public boolean expireSession(String sessionId) {
		Session session = store.byId(sessionId);
		return session != null && session.expire();
	}

	/**
	 * Invalidates every issued access token, so the next OAuth call answers 401 and the
	 * client must refresh.
	 */
	public void expireAccessTokens() {
		tokens.expireAll();
	}

	/**
	 * Forgets request counts, armed faults (webhook duplicates and holds included) and
	 * the recorded callbacks and webhooks; sessions, issued tokens and the webhook
	 * receiver stay. The Spring test support calls this before each test method, so tests
	 * sharing a context do not see each other's counts or faults.
	 */
	public void resetCountsAndFaults() {
		faults.clear();
		transformer.resetCounts();
		callbacks.clear();
		accounts.values().forEach((account) -> account.webhooks().clear());
	}

	/**
	 * Forgets all sessions, request counts, armed faults and recorded deliveries; issued
	 * access tokens stay valid.
	 */
	public void reset() {
		store.clear();
		resetCountsAndFaults();
	}

	/** Stops the server; the port is released. */
	@Override
	public void close() {
		accounts.values().forEach((account) -> account.webhooks().close());
		server.stop();
	}

	@Override
	public String toString() {
		return "SessionsEmulator[" + baseUrl + "]";
	}

	/**
	 * Configures an emulator before it starts.
	 *
	 * @since 0.1.0
	 */
	public static final class Builder {

		private static final Pattern PROCESSING_CHANNEL = Pattern.compile("pc_\\w{26}");

		/**
		 * What a property key segment ({@code checkout.accounts.<name>}) and the
		 * standalone jar's {@code --account name:…} can carry unquoted.
		 */
		private static final Pattern ACCOUNT_NAME = Pattern.compile("[A-Za-z0-9_-]+");

		/** Accounts by name, the default one first. */
		private final Map<String, AccountPlan> accounts = new LinkedHashMap<>(
				Map.of(DEFAULT_ACCOUNT, new AccountPlan()));

		private int port;

		private String host = "127.0.0.1";

		private boolean logRequests;

		private int serverThreads = 64;

		private Duration tokenLifetime = Duration.ofHours(1);

		private Duration callbackTimeout = Duration.ofSeconds(5);

		private @Nullable Duration sessionLifetime;

		private @Nullable Duration challengeTimeout;

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * The port to listen on; 0 (the default) picks a free one.
		 * @param port a port number or 0
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * The address to listen on instead of {@code 127.0.0.1}, for the standalone jar
		 * serving other machines or containers ({@code --host}). Requests must name this
		 * address (or a loopback one) in their {@code Host} header.
		 * @param host an address or host name of this machine, or {@code 0.0.0.0} for
		 * every interface
		 * @return this builder
		 */
		Builder host(String host) {
			requireText(host, "host");
			this.host = host.trim();
			return this;
		}

		/**
		 * Logs one line per request (method, path, status, time; never headers or bodies)
		 * to the {@code dev.checkoutsessions.emulator.requests} logger at INFO. Off by
		 * default, so tests' logs stay quiet; the standalone jar switches it on.
		 * @param enabled whether to log requests
		 * @return this builder
		 */
		public Builder logRequests(boolean enabled) {
			this.logRequests = enabled;
			return this;
		}

		/**
		 * Adds an accepted OAuth client to the default account. The first one added is
		 * the default ({@link #clientId()}). Without any, one client with generated
		 * credentials and both Sessions scopes is accepted. Clients of one account share
		 * its sessions.
		 * @param clientId the client id (access key id, {@code ack_…})
		 * @param clientSecret the client secret
		 * @param scopes the scopes the client may request; none means both Sessions
		 * scopes
		 * @return this builder
		 */
		public Builder client(String clientId, String clientSecret, String... scopes) {
			return addClient(DEFAULT_ACCOUNT, clientId, clientSecret, scopes);
		}

		/**
		 * Adds an account with a generated client allowed both Sessions scopes and a
		 * generated processing channel; read them from
		 * {@link SessionsEmulator#account(String)}.
		 * @param name letters, digits, {@code -} and {@code _}; not
		 * {@value SessionsEmulator#DEFAULT_ACCOUNT}
		 * @return this builder
		 */
		public Builder account(String name) {
			// URL-safe, so hand-written form posts in merchants' tests work without
			// encoding it.
			Ids ids = new Ids();
			return account(name, ids.prefixed("ack"), ids.urlSafeSecret());
		}

		/**
		 * Adds an account whose OAuth client has these credentials; its processing
		 * channel is generated unless {@link #processingChannelId(String, String)} names
		 * one.
		 * @param name letters, digits, {@code -} and {@code _}; not
		 * {@value SessionsEmulator#DEFAULT_ACCOUNT}
		 * @param clientId the client id (access key id, {@code ack_…}), used by no other
		 * account
		 * @param clientSecret the client secret
		 * @param scopes the scopes the client may request; none means both Sessions
		 * scopes
		 * @return this builder
		 */
		public Builder account(String name, String clientId, String clientSecret, String... scopes) {
			if (name == null || !ACCOUNT_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("account name must be letters, digits, - and _ only, was "
						+ (name == null ? null : "'" + name + "'"));
			}
			if (DEFAULT_ACCOUNT.equals(name)) {
				throw new IllegalArgumentException("'" + DEFAULT_ACCOUNT
						+ "' is the account of client(…) and processingChannelId(…); name the other accounts otherwise");
			}
			if (accounts.containsKey(name)) {
				throw new IllegalArgumentException("account " + name + " is already registered");
			}
			// Checked before the account exists, so a refused client leaves no account
			// without one.
			requireValidClient(name, clientId, clientSecret);
			accounts.put(name, new AccountPlan());
			return addClient(name, clientId, clientSecret, scopes);
		}

		private void requireValidClient(String account, String clientId, String clientSecret) {
			requireText(clientId, "clientId");
			requireText(clientSecret, "clientSecret");
			accounts.forEach((name, plan) -> {
				if (!name.equals(account) && plan.clients.containsKey(clientId)) {
					throw new IllegalArgumentException("client " + clientId + " already belongs to account " + name
							+ ": a client has one account");
				}
			});
		}

		private Builder addClient(String account, String clientId, String clientSecret, String... scopes) {
			requireValidClient(account, clientId, clientSecret);
			Set<String> allowed = scopes.length == 0 ? new LinkedHashSet<>(List.of(Scopes.APP, Scopes.BROWSER))
					: new LinkedHashSet<>(List.of(scopes));
			plan(account).clients.put(clientId,
					new ClientRegistration(account, clientId, clientSecret, Set.copyOf(allowed)));
			return this;
		}

		/**
		 * How long issued access tokens live ({@code expires_in}); short lifetimes
		 * exercise refresh paths.
		 * @param lifetime at least one second
		 * @return this builder
		 */
		public Builder tokenLifetime(Duration lifetime) {
			if (lifetime == null || lifetime.toSeconds() < 1) {
				throw new IllegalArgumentException("tokenLifetime must be at least one second");
			}
			this.tokenLifetime = lifetime;
			return this;
		}

		/**
		 * How long {@code POST …/complete} waits for the merchant's callback endpoint
		 * before failing.
		 * @param timeout a positive duration
		 * @return this builder
		 */
		public Builder callbackTimeout(Duration timeout) {
			this.callbackTimeout = Faults.requirePositive(timeout, "callbackTimeout");
			return this;
		}

		/**
		 * Ends sessions still waiting for channel data this long after they were created
		 * as {@code expired}, the way the API ends a session nobody finishes. Off by
		 * default (sessions wait for ever); with a {@link #clock} the test controls,
		 * moving the clock past it expires them on their next API call.
		 * @param lifetime a positive duration
		 * @return this builder
		 */
		public Builder sessionLifetime(Duration lifetime) {
			this.sessionLifetime = Faults.requirePositive(lifetime, "sessionLifetime");
			return this;
		}

		/**
		 * Ends a challenge the cardholder has not finished this long after it started as
		 * {@code challenge_abandoned} ({@code acs.challenge_cancel_reason}
		 * {@code challenge_timed_out}). Off by default.
		 * @param timeout a positive duration
		 * @return this builder
		 */
		public Builder challengeTimeout(Duration timeout) {
			this.challengeTimeout = Faults.requirePositive(timeout, "challengeTimeout");
			return this;
		}

		/**
		 * The processing channel the default account accepts; generated when not set.
		 * @param processingChannelId a {@code pc_} id with 26 characters after the prefix
		 * @return this builder
		 */
		public Builder processingChannelId(String processingChannelId) {
			return processingChannelId(DEFAULT_ACCOUNT, processingChannelId);
		}

		/**
		 * The processing channel an account accepts; generated when not set.
		 * @param account an account registered before, or
		 * {@value SessionsEmulator#DEFAULT_ACCOUNT}
		 * @param processingChannelId a {@code pc_} id with 26 characters after the prefix
		 * @return this builder
		 */
		public Builder processingChannelId(String account, String processingChannelId) {
			if (processingChannelId == null || !PROCESSING_CHANNEL.matcher(processingChannelId).matches()) {
				throw new IllegalArgumentException("processingChannelId must match pc_ followed by 26 characters");
			}
			plan(account).processingChannelId = processingChannelId;
			return this;
		}

		private AccountPlan plan(String account) {
			AccountPlan plan = accounts.get(account);
			if (plan == null) {
				throw new IllegalArgumentException(
						"No account named " + account + ": register it with account(…) first");
			}
			return plan;
		}

		/**
		 * The clock for token expiry and session dates; tests move it to expire tokens
		 * without sleeping.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			if (clock == null) {
				throw new IllegalArgumentException("clock must not be null");
			}
			this.clock = clock;
			return this;
		}

		/**
		 * Request-handling threads of the embedded server (default 64), raise for
		 * high-concurrency load tests.
		 * @param threads at least 8
		 * @return this builder
		 */
		public Builder serverThreads(int threads) {
			if (threads < 8) {
				throw new IllegalArgumentException("serverThreads must be at least 8, was " + threads);
			}
			this.serverThreads = threads;
			return this;
		}

		/**
		 * Starts the emulator.
		 * @return the running emulator
		 */
		public SessionsEmulator start() {
			if (plan(DEFAULT_ACCOUNT).clients.isEmpty()) {
				Ids ids = new Ids();
				// URL-safe, so hand-written form posts in merchants' tests work without
				// encoding it.
				client(ids.prefixed("ack"), ids.urlSafeSecret());
			}
			return new SessionsEmulator(this);
		}

		/** The accounts to serve, each with its channel and its webhook. */
		private Map<String, EmulatorAccount> accounts(Ids ids) {
			Map<String, EmulatorAccount> result = new LinkedHashMap<>();
			accounts.forEach((name, plan) -> {
				String channel = (plan.processingChannelId != null) ? plan.processingChannelId : ids.prefixed("pc");
				result.put(name, new EmulatorAccount(name, List.copyOf(plan.clients.values()), channel,
						new Webhooks(clock, ids, callbackTimeout)));
			});
			return result;
		}

		private static void requireText(String value, String name) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be blank");
			}
		}

		/** One account as configured: its clients by id and its channel, if fixed. */
		private static final class AccountPlan {

			private final Map<String, ClientRegistration> clients = new LinkedHashMap<>();

			private @Nullable String processingChannelId;

		}

	}

}
