package dev.checkoutsessions.client;

import dev.checkoutsessions.client.model.ChannelType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.observation.CallOutcome;
import dev.checkoutsessions.client.observation.DefaultSessionsObservationConvention;
import dev.checkoutsessions.client.observation.SessionsObservationContext;
import dev.checkoutsessions.client.observation.SessionsObservationConvention;
import dev.checkoutsessions.client.observation.SessionsObservationDocumentation;

/**
 * Runs one logical call, top to bottom: {@link #execute} opens one observation around all
 * attempts, {@link #retrying} repeats {@link #attempt} as {@link RetryDecision} allows,
 * and each attempt sends the request with the call's {@link Credentials} over the
 * {@link ApiTransport}, turns a non-2xx answer into a {@link CheckoutApiException} and
 * reads a 2xx one. The outcome is recorded for health.
 *
 * <p>
 * Every call has a deadline ({@link CallDeadline}, {@code callTimeout}) that every part
 * of it draws on; a call that runs out ends in {@link CheckoutDeadlineExceededException}.
 * With a {@link RateLimiter}, every HTTP request first takes a permit, and a 429 with
 * {@code Retry-After} pauses the limiter for everyone sharing it.
 */
final class CallExecutor {

	private static final Log logger = LogFactory.getLog(CallExecutor.class);

	// The account's tag for observations, meters and toString: never a credential.
	private final String account;

	private final ApiTransport transport;

	private final JsonCodec json;

	private final ClientSettings settings;

	private final @Nullable RateLimiter rateLimiter;

	// Connections of the pool, 0 when not known: for health.
	private final int poolSize;

	private final ObservationRegistry observationRegistry;

	private final @Nullable SessionsObservationConvention convention;

	private final CallMeters callMeters;

	private final RecentCalls recentCalls;

	private final Clock clock;

	// Striped: incremented and decremented by every request, read only by gauges and
	// health.
	private final LongAdder inFlight = new LongAdder();

	private final AtomicBoolean cappedRetryAfterLogged = new AtomicBoolean();

	CallExecutor(String account, ApiTransport transport, JsonCodec json, ClientSettings settings,
			@Nullable RateLimiter rateLimiter, int poolSize, ObservationRegistry observationRegistry,
			@Nullable SessionsObservationConvention convention, CallMeters callMeters, RecentCalls recentCalls,
			Clock clock) {
		this.account = account;
		this.transport = transport;
		this.json = json;
		this.settings = settings;
		this.rateLimiter = rateLimiter;
		this.poolSize = poolSize;
		this.observationRegistry = observationRegistry;
		this.convention = convention;
		this.callMeters = callMeters;
		this.recentCalls = recentCalls;
		this.clock = clock;
	}

	/** HTTP requests waiting for a pooled connection or for their answer right now. */
	long inFlightRequests() {
		return this.inFlight.sum();
	}

	/**
	 * The limits and what is in flight, for health: no secrets, only settings and the
	 * limiter's state.
	 */
	Map<String, Object> limitDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("callTimeout", this.settings.callTimeout().toString());
		if (this.poolSize > 0) {
			details.put("maxConnections", this.poolSize);
		}
		RateLimiter limiter = this.rateLimiter;
		if (limiter != null) {
			Map<String, Object> rateLimit = new LinkedHashMap<>(limiter.describe());
			rateLimit.put("maxWait", this.settings.rateLimit().maxWait().toString());
			details.put("rateLimit", rateLimit);
		}
		details.put("inFlightRequests", inFlightRequests());
		return details;
	}

	/** Turns the 2xx answer of an operation into its result. */
	@FunctionalInterface
	interface Reader<T> {

		T read(SessionsOperation operation, HttpAnswer answer);

	}

	/**
	 * Runs {@code operation} as one logical call.
	 * @param operation what to call
	 * @param credentials how to authenticate
	 * @param sessionId the session, {@code null} for {@code POST /sessions}
	 * @param channel the {@code channel} header of {@code GET /sessions/{id}},
	 * {@code null} for none
	 * @param payload the request body, {@code null} for none
	 * @param reader reads the 2xx answer
	 * @return what {@code reader} read
	 */
	<T> T execute(SessionsOperation operation, Credentials credentials, @Nullable String sessionId,
			@Nullable ChannelType channel, @Nullable Object payload, Reader<T> reader) {
		// The deadline starts when the caller called: writing the body (slow the first
		// time a type is written, while Jackson builds its serializer) counts too.
		CallDeadline deadline = new CallDeadline(this.settings.callTimeout());
		byte[] body = (payload != null) ? this.json.write(payload) : null;
		SessionsObservationContext context = new SessionsObservationContext(operation, credentials.authentication(),
				this.account);
		Observation observation = SessionsObservationDocumentation.SESSIONS_CALL
			.observation(this.convention, DefaultSessionsObservationConvention.INSTANCE, () -> context,
					this.observationRegistry)
			.start();
		CallOutcome outcome = CallOutcome.INTERNAL_ERROR;
		Throwable failure = null;
		try (Observation.Scope scope = observation.openScope(); CallDeadline.Scope current = deadline.enter()) {
			T result = retrying(new Call<>(context, credentials, sessionId, channel, body, reader, deadline),
					observation);
			outcome = CallOutcome.SUCCESS;
			return result;
		}
		catch (CheckoutException ex) {
			// Less time left than an attempt needs counts as run out: nothing more could
			// have been tried. A pool wait always ends with the deadline, however little
			// it left.
			CheckoutException thrown = (deadline.leavesTimeForAnAttempt() && !poolExhausted(ex)) ? ex
					: DeadlineFailures.exceeded(operation, deadline, ex);
			outcome = CallOutcomes.of(thrown);
			failure = thrown;
			throw thrown;
		}
		catch (RuntimeException | Error ex) {
			// Not a CheckoutException: a bug in the client or in an interceptor, not a
			// sign of Checkout.com's health.
			failure = ex;
			throw ex;
		}
		finally {
			context.setOutcome(outcome);
			if (failure != null) {
				observation.error(failure);
			}
			observation.stop();
			// From the exception itself: a no-op observation never fills the context's
			// error.
			this.recentCalls.record(new RecentCall(this.clock.instant(), operation, outcome, context.getStatusCode(),
					(failure != null) ? failure.getClass().getSimpleName() : null));
		}
	}

	/**
	 * Repeats the call's attempt while the failures allow it, top to bottom: attempt,
	 * then {@link RetryDecision}, then the pause ({@link RetryDelays}: backoff,
	 * {@code Retry-After}, deadline), then meters and the observation's event, then the
	 * wait. When it stops, the caller gets the last failure with the earlier ones and why
	 * retrying stopped.
	 */
	private <T> T retrying(Call<T> call, Observation observation) {
		SessionsOperation operation = call.context().getOperation();
		CallDeadline deadline = call.deadline();
		RetryDelays delays = new RetryDelays(this.settings.retry(), deadline);
		List<CheckoutException> failures = new ArrayList<>();
		while (true) {
			CheckoutException failure;
			try {
				return attempt(call);
			}
			catch (CheckoutException ex) {
				failure = ex;
			}
			failures.add(failure);
			if (RetryDecision.mayHaveBeenProcessed(failure)) {
				deadline.mayHaveBeenProcessed();
			}
			RetryDecision decision = RetryDecision.of(operation, failure);
			if (!decision.retry()) {
				String why = decision.whyNotRetried();
				throw finalFailure(failures, (why != null) ? why : "the last failure is not transient", why == null);
			}
			RetryDelays.Pause pause = delays.next(honoured(decision.minimumDelay()));
			String stopReason = pause.stopReason();
			if (stopReason != null) {
				throw finalFailure(failures, stopReason, false);
			}
			String reason = Objects.requireNonNull(decision.reason());
			this.callMeters.retried(operation, reason);
			observation.event(
					Observation.Event.of(SessionsObservationDocumentation.Events.RETRY.getName(), "retry " + reason));
			if (logger.isDebugEnabled()) {
				logger.debug(operation.tagValue() + " retry " + failures.size() + " in " + pause.millis()
						+ " ms because " + reason);
			}
			deadline.backedOff(pause.millis());
			try {
				Thread.sleep(pause.millis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw finalFailure(failures, "interrupted while backing off", false);
			}
		}
	}

	/**
	 * The last failure, carrying the earlier ones as suppressed and a summary of every
	 * attempt and why retrying stopped; a single permanent failure as it is.
	 */
	private static CheckoutException finalFailure(List<CheckoutException> failures, String stopReason,
			boolean permanent) {
		CheckoutException last = failures.get(failures.size() - 1);
		if (failures.size() == 1 && permanent) {
			return last;
		}
		List<String> descriptions = new ArrayList<>(failures.size());
		for (CheckoutException failure : failures) {
			descriptions.add(failure.describeFailure());
			if (failure != last) {
				last.addSuppressed(failure);
			}
		}
		last.recordAttempts(descriptions, stopReason);
		return last;
	}

	/** One attempt; may send two requests when OAuth refreshes its token after a 401. */
	private <T> T attempt(Call<T> call) {
		SessionsOperation operation = call.context().getOperation();
		Credentials credentials = call.credentials();
		String authorization = credentials.authorization();
		HttpAnswer answer = send(call, authorization);
		if (answer.status() == 401 && credentials.renewAfterRejection(authorization)) {
			answer = send(call, credentials.authorization());
		}
		if (!answer.isSuccess()) {
			throw ApiErrors.toException(operation, answer, this.json, credentials.rejectionHint());
		}
		return call.reader().read(operation, answer);
	}

	/**
	 * One HTTP request, with its status and {@code Cko-Request-Id} noted for the
	 * observation.
	 */
	private HttpAnswer send(Call<?> call, String authorization) {
		SessionsObservationContext context = call.context();
		CallDeadline deadline = call.deadline();
		SessionsOperation operation = context.getOperation();
		RateLimiter.Kind kind = RateLimiter.Kind.of(operation.httpMethod());
		takePermit(operation, kind, deadline);
		int number = context.getAttempts() + 1;
		context.setAttempts(number);
		long start = System.nanoTime();
		this.inFlight.increment();
		try {
			HttpAnswer answer = this.transport.send(operation, call.sessionId(), call.channel(), authorization,
					call.body());
			deadline.requestSent();
			RateLimiter limiter = this.rateLimiter;
			Duration retryAfter = answer.retryAfter();
			if (retryAfter != null && retryAfter.compareTo(this.settings.retry().maxRetryAfter()) > 0) {
				capped(operation, answer, retryAfter);
			}
			if (answer.status() == 429 && retryAfter != null && limiter != null) {
				// Checkout.com counts the whole account: everyone sharing the limiter
				// waits, not only this call.
				limiter.pause(kind, Objects.requireNonNull(honoured(retryAfter)));
			}
			context.setStatusCode(answer.status());
			context.setRequestId(answer.requestId());
			if (logger.isDebugEnabled()) {
				logger.debug(operation.tagValue() + " attempt " + number + ": HTTP " + answer.status() + " in "
						+ millisSince(start) + " ms (Cko-Request-Id " + answer.requestId() + ")");
			}
			return answer;
		}
		catch (CheckoutException ex) {
			// Counted only once it left: a wait for a pooled connection or a refused
			// connect sent nothing, an answer refused unread (too large) was sent.
			// Whether it may have been processed is the retry loop's to note.
			if (ex instanceof CheckoutTransportException transport && transport.isRequestSent()
					|| ex instanceof CheckoutResponseException) {
				deadline.requestSent();
			}
			context
				.setStatusCode((ex instanceof CheckoutResponseException response) ? response.getHttpStatusCode() : 0);
			if (logger.isDebugEnabled()) {
				logger.debug(operation.tagValue() + " attempt " + number + " failed after " + millisSince(start)
						+ " ms: " + ex.describeFailure());
			}
			throw ex;
		}
		finally {
			this.inFlight.decrement();
		}
	}

	/**
	 * A server's {@code Retry-After} as this client honours it: at most
	 * {@code retry.maxRetryAfter}, so one answer (from Checkout.com, a WAF or an egress
	 * proxy) cannot pause every call sharing the limiter for hours.
	 */
	private @Nullable Duration honoured(@Nullable Duration retryAfter) {
		Duration cap = this.settings.retry().maxRetryAfter();
		return (retryAfter != null && retryAfter.compareTo(cap) > 0) ? cap : retryAfter;
	}

	/**
	 * Counts a {@code Retry-After} over the cap and logs the first, with what tells its
	 * source: Checkout.com's answers carry a {@code Cko-Request-Id}, a proxy's do not.
	 */
	private void capped(SessionsOperation operation, HttpAnswer answer, Duration retryAfter) {
		this.callMeters.retryAfterCapped(operation);
		if (this.cappedRetryAfterLogged.compareAndSet(false, true)) {
			logger.warn(operation.request() + " answered HTTP " + answer.status() + " asking to wait "
					+ retryAfter.toSeconds() + " s (Retry-After) "
					+ ((answer.requestId() != null) ? "with Cko-Request-Id " + answer.requestId()
							: "without a Cko-Request-Id, so probably from a proxy or WAF in between")
					+ "; waiting at most " + this.settings.retry().maxRetryAfter().toMillis()
					+ " ms (retry.maxRetryAfter). Logged once; every such answer is counted in "
					+ "checkout.sessions.client.retry-after.capped.");
		}
	}

	/**
	 * Takes a permit of the rate limiter, waiting at most its {@code max-wait} and what
	 * is left of the call.
	 * @throws CheckoutRateLimitedException when none was had in time (nothing is sent)
	 */
	private void takePermit(SessionsOperation operation, RateLimiter.Kind kind, CallDeadline deadline) {
		RateLimiter limiter = this.rateLimiter;
		if (limiter == null) {
			return;
		}
		Duration configuredWait = this.settings.rateLimit().maxWait();
		Duration maxWait = deadline.atMost(configuredWait);
		long start = System.nanoTime();
		boolean acquired;
		try {
			acquired = limiter.tryAcquire(kind, maxWait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		long waited = System.nanoTime() - start;
		deadline.rateLimitWaited(waited);
		this.callMeters.permit(kind, waited, acquired);
		if (!acquired) {
			String name = kind.name().toLowerCase(Locale.ROOT);
			throw new CheckoutRateLimitedException(
					operation.request() + " was not sent: no " + name + " permit of the client-side rate limit ("
							+ describeBudget(limiter, kind) + ") within " + maxWait.toMillis() + " ms"
							+ ((maxWait.compareTo(configuredWait) < 0) ? " (what was left of the call timeout)"
									: " (rateLimit.maxWait)")
							+ "; nothing was sent, so it is safe to try again later",
					kind, Duration.ofNanos(waited));
		}
	}

	private static String describeBudget(RateLimiter limiter, RateLimiter.Kind kind) {
		Map<String, Object> details = limiter.describe();
		Object budget = details.get(kind.name().toLowerCase(Locale.ROOT) + "sPerSecond");
		return ((budget != null) ? budget + "/s" : "budget unknown") + ", store " + details.getOrDefault("store", "?");
	}

	/**
	 * Opens a pooled connection to the API host for the warm-up (see
	 * {@link ApiTransport#openConnection()}) under a call deadline of {@code budget}: its
	 * waits for a pooled connection, for connecting and for the answer end with the
	 * warm-up rather than the read timeout, and it takes the path calls take through the
	 * transport's deadline handling, which the first call then finds already linked.
	 */
	int openConnection(Duration budget) {
		try (CallDeadline.Scope scope = new CallDeadline(budget).enter()) {
			return this.transport.openConnection();
		}
	}

	/**
	 * Writes session requests of every source type, completion type and channel and reads
	 * a representative session with the client's own mapper, so that Jackson builds its
	 * serializers and deserializers (introspection, the costly part) before the first
	 * shopper's call rather than during it. Offline.
	 */
	void exerciseJson() {
		for (byte[] document : WarmUpDocuments.REQUESTS) {
			this.json.write(this.json.read(document, SessionRequest.class));
		}
		this.json.write(this.json.read(WarmUpDocuments.SESSION, GetSessionResponse.class));
	}

	/** Reads a session from a 2xx answer. */
	GetSessionResponse readSession(SessionsOperation operation, HttpAnswer answer) {
		if (!answer.hasJsonBody()) {
			throw unusable(operation, answer, "where a JSON session was expected");
		}
		try {
			return this.json.read(answer.body(), GetSessionResponse.class);
		}
		catch (JacksonException ex) {
			// The body is not quoted: a truncated session could still contain its secret.
			throw unusable(operation, answer,
					"that is not a valid session JSON document (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static CheckoutResponseException unusable(SessionsOperation operation, HttpAnswer answer, String why) {
		return new CheckoutResponseException(operation.request() + " answered HTTP " + answer.status() + " with "
				+ answer.describeBody() + " " + why, answer.status(), answer.requestId(), null);
	}

	private static boolean poolExhausted(CheckoutException ex) {
		return ex instanceof CheckoutTransportException transport
				&& transport.getKind() == CheckoutTransportException.Kind.POOL_EXHAUSTED;
	}

	@Override
	public String toString() {
		return "account=" + this.account + ", " + this.transport;
	}

	private static long millisSince(long startNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
	}

	/**
	 * One logical call as each of its attempts needs it: passed down the loop instead of
	 * a callback, so no frame calls back up.
	 */
	private record Call<T>(SessionsObservationContext context, Credentials credentials, @Nullable String sessionId,
			@Nullable ChannelType channel, byte @Nullable [] body, Reader<T> reader, CallDeadline deadline) {

	}

}
