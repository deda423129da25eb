package dev.checkoutsessions.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;

/**
 * The {@link SessionsClient} built by {@link SessionsClientBuilder}: the session
 * operations of {@link SessionCalls} with OAuth, plus creating a session, the
 * session-secret and asynchronous views, and the diagnostics health reads.
 */
final class DefaultSessionsClient extends SessionCalls implements SessionsClient, SessionsClientDiagnostics {

	static final String WARM_UP_RUNNING = "running";

	private final OAuthTokenProvider tokens;

	private final @Nullable String processingChannelId;

	private final RecentCalls recentCalls;

	private final Executor asyncExecutor;

	private final @Nullable AutoCloseable ownedResources;

	private final AsyncSessionsClient async;

	private volatile @Nullable String warmUpState;

	DefaultSessionsClient(CallExecutor executor, OAuthTokenProvider tokens, @Nullable String processingChannelId,
			RecentCalls recentCalls, Executor asyncExecutor, @Nullable AutoCloseable ownedResources) {
		super(executor, new Credentials.OAuth(tokens));
		this.tokens = tokens;
		this.processingChannelId = processingChannelId;
		this.recentCalls = recentCalls;
		this.asyncExecutor = asyncExecutor;
		this.ownedResources = ownedResources;
		this.async = new AsyncSessionsClientAdapter(this, asyncExecutor);
	}

	@Override
	public SessionResponse requestSession(SessionRequest request) {
		Arguments.sessionRequest(request);
		SessionRequest effective = (this.processingChannelId != null && request.getProcessingChannelId() == null)
				? request.toBuilder().processingChannelId(this.processingChannelId).build() : request;
		return this.executor.execute(SessionsOperation.REQUEST_SESSION, this.credentials, null, null, effective,
				(operation, answer) -> SessionResponse.of(answer.status(), this.executor.readSession(operation, answer),
						answer.requestId()));
	}

	@Override
	public SessionSecretOperations withSessionSecret(String sessionSecret) {
		return new SessionCalls.WithSessionSecret(this.executor, Arguments.sessionSecret(sessionSecret));
	}

	@Override
	public AsyncSessionsClient async() {
		return this.async;
	}

	@Override
	public OAuthTokenState oauthTokenState() {
		return this.tokens.state();
	}

	@Override
	public OAuthTokenState obtainOAuthToken(Duration timeout) {
		if (!this.tokens.hasUsableToken()) {
			CompletableFuture<String> fetch = CompletableFuture.supplyAsync(this.tokens::token, this.asyncExecutor);
			try {
				fetch.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException | ExecutionException ex) {
				// The state below reports the failure; a slow fetch carries on and fills
				// the cache.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return this.tokens.state();
	}

	/**
	 * JSON first (offline, cannot fail on the network), then the token, then the API
	 * host's connection, each within what is left of {@code budget}. A step still running
	 * at the end goes on in the background: a token fetch fills the cache, and the
	 * connection's request ends with the budget, which is its call deadline.
	 */
	@Override
	public String warmUp(Duration budget) {
		this.warmUpState = WARM_UP_RUNNING;
		long deadline = System.nanoTime() + budget.toNanos();
		String outcome;
		try {
			this.executor.exerciseJson();
			OAuthTokenState token = obtainOAuthToken(remaining(deadline));
			if (token.status() != OAuthTokenState.Status.VALID) {
				outcome = "failed: no OAuth token"
						+ ((token.lastError() != null) ? " (" + token.lastError() + ")" : " within " + budget);
			}
			else {
				Duration left = remaining(deadline);
				CompletableFuture.supplyAsync(() -> this.executor.openConnection(left), this.asyncExecutor)
					.get(left.toNanos(), TimeUnit.NANOSECONDS);
				outcome = "done";
			}
		}
		catch (TimeoutException ex) {
			outcome = silentApiHost(budget);
		}
		catch (ExecutionException ex) {
			outcome = failed((ex.getCause() != null) ? ex.getCause() : ex, budget);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			outcome = "failed: interrupted";
		}
		catch (RuntimeException ex) {
			// A bug of ours (e.g. in the JSON pass) must not escape to a startup
			// listener.
			outcome = "failed: " + ex.getClass().getSimpleName();
		}
		this.warmUpState = outcome;
		return outcome;
	}

	@Override
	public @Nullable String warmUpState() {
		return this.warmUpState;
	}

	private static String silentApiHost(Duration budget) {
		return "failed: the API host did not answer within " + budget;
	}

	/**
	 * The outcome of a step that failed. The connection's request has the budget as its
	 * deadline, so its read timeout says what the budget running out says.
	 */
	private static String failed(Throwable cause, Duration budget) {
		if (cause instanceof CheckoutTransportException transport
				&& transport.getKind() == CheckoutTransportException.Kind.READ_TIMEOUT) {
			return silentApiHost(budget);
		}
		return "failed: " + ((cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName());
	}

	private static Duration remaining(long deadlineNanos) {
		return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
	}

	@Override
	public List<RecentCall> recentCalls() {
		return this.recentCalls.snapshot();
	}

	@Override
	public java.util.Map<String, Object> limits() {
		return this.executor.limitDetails();
	}

	@Override
	public void close() {
		if (this.ownedResources == null) {
			return;
		}
		try {
			this.ownedResources.close();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not release the client's own resources", ex);
		}
	}

	@Override
	public String toString() {
		return "SessionsClient{" + this.executor + "}";
	}

}
