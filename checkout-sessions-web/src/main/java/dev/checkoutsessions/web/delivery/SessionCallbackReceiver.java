package dev.checkoutsessions.web.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionStatus;
import dev.checkoutsessions.web.ReceiverSettings;

/**
 * The completion callback receiver, whichever web stack serves {@code POST
 * {checkout.callback.path}} ({@link ServletCallbackEndpoint},
 * {@link ReactiveCallbackEndpoint}): the callback Checkout.com posts to a session's
 * {@code callback_url}. The body is not signed, so it is trusted for the session id only:
 * the receiver re-reads the session with OAuth through the client of the account that
 * created it (its retries, deadline and metrics) and publishes a
 * {@link SessionCompletedEvent} with what it read, once per session.
 * <p>
 * Which account: at {@code checkout.callback.path/<name>}, the configured account of that
 * name, which is how a session the application did not record (created on another
 * instance with the in-memory store, before a restart) still reaches its account; at
 * {@code checkout.callback.path} itself, the account the application recorded the session
 * under when it created it, else the default account. A session read through another
 * account than its own is not found there, so a misdirected callback publishes nothing.
 * <p>
 * How it answers fast: the body is checked first (content type, size, JSON, the id's
 * format); the re-read and the listeners run on a small executor of this receiver's own,
 * bounded in threads and queue. The request waits for the re-read at most
 * {@code checkout.callback.answer-within} (2 s): a read that finishes in time gives the
 * exact answer (404 for an unknown session, 409 for one that is not final, 202
 * otherwise); a slower one gets 202 and finishes in the background, so Checkout.com's
 * delivery never times out on a slow API or a slow listener. A read that fails after the
 * 202 is retried in the background with a doubling pause, then counted in
 * {@code checkout.callbacks.failed} and logged at ERROR with its session id; on shutdown
 * the receiver finishes what it holds or logs each session id it could not. A full queue
 * answers 503 with {@code Retry-After}. Listeners never delay the answer: they run after
 * it on the executor.
 * <p>
 * Only a session that is final <em>and</em> {@code completed} is published. Callbacks for
 * sessions the application did not create through its clients are read only within a
 * small budget ({@link CreatedSessions}), so a flood of forged ids costs neither the
 * account's read budget nor the genuine callbacks their threads.
 */
final class SessionCallbackReceiver implements DisposableBean {

	private static final Log logger = LogFactory.getLog(SessionCallbackReceiver.class);

	private static final Pattern SESSION_ID = Pattern.compile("sid_\\w{26}");

	/**
	 * Statuses after which the session changes no more; a callback for any other is
	 * premature.
	 */
	private static final Set<SessionStatus> FINAL = Set.of(SessionStatus.APPROVED, SessionStatus.ATTEMPTED,
			SessionStatus.DECLINED, SessionStatus.REJECTED, SessionStatus.UNAVAILABLE,
			SessionStatus.CHALLENGE_ABANDONED, SessionStatus.EXPIRED);

	private final CallbackAccounts accounts;

	private final ApplicationEventPublisher publisher;

	private final DeliveryDeduplicator deduplicator;

	private final ThreadPoolTaskExecutor executor;

	private final DeliveryMetrics metrics;

	private final int maxBodyBytes;

	private final Duration answerWithin;

	private final ReadRetries retries;

	private final CreatedSessions created;

	/**
	 * Waits between background reads; one daemon thread, the reads run on the executor.
	 */
	private final ScheduledExecutorService retryTimer;

	/**
	 * Session ids answered 202 and not yet published or given up: shutdown names them.
	 */
	private final Set<String> held = ConcurrentHashMap.newKeySet();

	SessionCallbackReceiver(CallbackAccounts accounts, ApplicationEventPublisher publisher,
			DeliveryDeduplicator deduplicator, ThreadPoolTaskExecutor executor, DeliveryMetrics metrics,
			int maxBodyBytes, Duration answerWithin, ReadRetries retries, CreatedSessions created) {
		this.accounts = accounts;
		this.publisher = publisher;
		this.deduplicator = deduplicator;
		this.executor = executor;
		this.metrics = metrics;
		this.maxBodyBytes = maxBodyBytes;
		this.answerWithin = answerWithin;
		this.retries = retries;
		this.created = created;
		this.retryTimer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "checkout-callback-retry");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * What is checked before the body is read: the account the path names and the content
	 * type. Counts the delivery as received.
	 * @param account the account the path names, {@code null} for the plain path
	 * @return the rejection, or {@code null} when the body is to be read
	 */
	@Nullable ResponseEntity<?> refuseBeforeReading(String instance, @Nullable String account, @Nullable String contentType) {
		this.metrics.received();
		if (account != null && !this.accounts.servedAtOwnPath(account)) {
			return reject(Rejection.UNKNOWN_ACCOUNT, instance);
		}
		return DeliveryBodies.isJson(contentType) ? null : reject(Rejection.UNSUPPORTED_MEDIA_TYPE, instance);
	}

	/** The most bytes of a body this receiver reads. */
	int maxBodyBytes() {
		return this.maxBodyBytes;
	}

	/** The answer to a body the client stopped sending. */
	ResponseEntity<?> unreadable(String instance) {
		return reject(Rejection.MALFORMED, instance);
	}

	/**
	 * Checks the body and hands the re-read to the executor. The answer completes when
	 * the read has an outcome, or with 202 after {@code answer-within}, whichever is
	 * first; it never completes exceptionally. The calling thread waits for nothing but
	 * the created-sessions records and budget, which may be the JDBC store.
	 * @param account the account the path names, {@code null} for the plain path
	 * @param body the raw body, {@code null} when it was longer than
	 * {@link #maxBodyBytes()}
	 */
	CompletableFuture<ResponseEntity<?>> receive(String instance, @Nullable String account, byte @Nullable [] body) {
		if (account != null && !this.accounts.servedAtOwnPath(account)) {
			return answered(reject(Rejection.UNKNOWN_ACCOUNT, instance));
		}
		if (body == null) {
			return answered(reject(Rejection.TOO_LARGE, instance));
		}
		JsonNode json = DeliveryBodies.parseObject(body);
		if (json == null) {
			return answered(reject(Rejection.MALFORMED, instance));
		}
		String sessionId = DeliveryBodies.text(json, "session_id");
		if (sessionId == null) {
			return answered(reject(Rejection.MISSING_FIELD, instance));
		}
		if (!SESSION_ID.matcher(sessionId).matches()) {
			return answered(reject(Rejection.INVALID_SESSION_ID, instance));
		}
		Route route;
		try {
			route = route(sessionId, account);
		}
		catch (RuntimeException ex) {
			return answered(reject(Rejection.STORE_UNAVAILABLE, instance));
		}
		String readThrough = route.account();
		SessionsClient client = (readThrough != null) ? this.accounts.client(readThrough) : null;
		if (readThrough == null || client == null) {
			// Nothing to read it with: no budget spent.
			return answered(reject(Rejection.SESSION_ACCOUNT_UNKNOWN, instance));
		}
		if (!route.recorded() && !this.created.withinUnknownBudget()) {
			return answered(reject(Rejection.SESSION_UNKNOWN, instance));
		}
		Read read = new Read(sessionId, readThrough, client);
		CompletableFuture<Outcome> outcome = new CompletableFuture<>();
		// Held from before its read starts, so shutdown sees it whichever way races go.
		this.held.add(sessionId);
		try {
			this.executor.execute(() -> verifyAndPublish(read, outcome, 1));
		}
		catch (TaskRejectedException ex) {
			this.held.remove(sessionId);
			return answered(reject(Rejection.OVERLOADED, instance));
		}
		// Stops waiting: the read goes on and publishes if the session is real, and
		// Checkout.com gets its answer in time. Whoever completes the outcome first
		// decides.
		outcome.completeOnTimeout(Outcome.DETACHED, this.answerWithin.toMillis(), TimeUnit.MILLISECONDS);
		return outcome.thenApply((result) -> answer(sessionId, result, instance));
	}

	private static CompletableFuture<ResponseEntity<?>> answered(ResponseEntity<?> answer) {
		return CompletableFuture.completedFuture(answer);
	}

	/**
	 * Which account to read the session through, and whether the application recorded it
	 * as created through that account (then its callback is read whatever the budget).
	 */
	private Route route(String sessionId, @Nullable String pathAccount) {
		if (pathAccount != null) {
			return new Route(pathAccount, this.created.isRecorded(sessionId, pathAccount));
		}
		String recorded = this.created.recordedAccount(sessionId, this.accounts.all());
		return (recorded != null) ? new Route(recorded, true) : new Route(this.accounts.defaultAccount(), false);
	}

	/**
	 * Records a session the application created through an account, so its callback is
	 * always read, through that account.
	 */
	void created(String sessionId, String account) {
		this.created.record(sessionId, account);
	}

	/**
	 * The account the application's {@code SessionsClient} bean creates sessions for: the
	 * default account.
	 */
	String defaultAccount() {
		String account = this.accounts.defaultAccount();
		return (account != null) ? account : SessionsClients.DEFAULT_ACCOUNT;
	}

	/**
	 * On the executor: read with OAuth, report the outcome to the waiting request (or,
	 * when it stopped waiting, retry a failed read in the background), then publish once.
	 */
	private void verifyAndPublish(Read read, CompletableFuture<Outcome> outcome, int attempt) {
		String sessionId = read.sessionId();
		GetSessionResponse session;
		try {
			session = read.client().getSessionDetails(sessionId);
		}
		catch (CheckoutApiException ex) {
			if (ex.getHttpStatusCode() == 404) {
				finish(sessionId, outcome, Outcome.NOT_FOUND);
			}
			else {
				readFailed(read, outcome, attempt, "the API answered " + ex.getHttpStatusCode());
			}
			return;
		}
		catch (RuntimeException ex) {
			readFailed(read, outcome, attempt, ex.getClass().getSimpleName());
			return;
		}
		SessionStatus status = session.getStatus();
		if (status == null || !FINAL.contains(status) || !Boolean.TRUE.equals(session.getCompleted())) {
			// Not the outcome yet: Checkout.com calls back again when it is.
			finish(sessionId, outcome, Outcome.NOT_FINAL);
			return;
		}
		// A session belongs to one account, and only a read through that account gets
		// here (any other answers 404): the session id alone keys it, as it always did.
		String key = "callback:" + sessionId;
		DeliveryDeduplicator.Claim claim;
		try {
			claim = this.deduplicator.claim(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Callback for session " + sessionId + " not published: the deduplication store failed ("
					+ ex.getClass().getSimpleName() + ")");
			readFailed(read, outcome, attempt, "the deduplication store failed");
			return;
		}
		if (claim != DeliveryDeduplicator.Claim.CLAIMED) {
			finish(sessionId, outcome,
					(claim == DeliveryDeduplicator.Claim.DONE) ? Outcome.DUPLICATE : Outcome.IN_PROGRESS);
			return;
		}
		outcome.complete(Outcome.ACCEPTED);
		try {
			this.publisher.publishEvent(new SessionCompletedEvent(this, read.account(), session));
		}
		catch (RuntimeException ex) {
			// Given back, so a later callback publishes it again.
			ClaimSettlement.release(this.deduplicator, key);
			this.held.remove(sessionId);
			logger.error("A SessionCompletedEvent listener failed for session " + sessionId, ex);
			return;
		}
		ClaimSettlement.complete(this.deduplicator, key);
		this.held.remove(sessionId);
		this.metrics.published(null);
	}

	/** Tells the waiting request, or ends a background attempt that needs no retry. */
	private void finish(String sessionId, CompletableFuture<Outcome> outcome, Outcome result) {
		outcome.complete(result);
		this.held.remove(sessionId);
	}

	private void readFailed(Read read, CompletableFuture<Outcome> outcome, int attempt, String why) {
		String sessionId = read.sessionId();
		if (outcome.complete(Outcome.READ_FAILED)) {
			// The request was still waiting: it answers 503 and Checkout.com retries.
			this.held.remove(sessionId);
			return;
		}
		// Answered 202 already: nobody else will retry this one.
		if (attempt >= this.retries.attempts()) {
			this.held.remove(sessionId);
			logger.error("Callback for session " + sessionId + " was answered 202 but never verified: " + attempt
					+ " reads failed (through account " + read.account() + "), the last because " + why
					+ ". Nothing was published for it.");
			// Counted once logged: whoever watches the counter finds the log line too.
			this.metrics.failed();
			return;
		}
		logger.warn("Callback for session " + sessionId + " not verified (" + why + "); reading it again in "
				+ this.retries.delayBefore(attempt + 1).toMillis() + " ms");
		try {
			this.retryTimer.schedule(() -> retry(read, outcome, attempt + 1),
					this.retries.delayBefore(attempt + 1).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Shutting down: destroy() names what is still held.
		}
	}

	private void retry(Read read, CompletableFuture<Outcome> outcome, int attempt) {
		try {
			this.executor.execute(() -> verifyAndPublish(read, outcome, attempt));
		}
		catch (TaskRejectedException ex) {
			readFailed(read, outcome, attempt, "the callback executor was full");
		}
	}

	private ResponseEntity<?> answer(String sessionId, Outcome result, String instance) {
		if (result != Outcome.ACCEPTED && result != Outcome.DETACHED) {
			this.held.remove(sessionId);
		}
		return switch (result) {
			case ACCEPTED, DETACHED -> ResponseEntity.accepted().build();
			case DUPLICATE -> duplicate();
			case NOT_FOUND -> reject(Rejection.SESSION_NOT_FOUND, instance);
			case NOT_FINAL -> reject(Rejection.SESSION_NOT_FINAL, instance);
			case IN_PROGRESS -> reject(Rejection.IN_PROGRESS, instance);
			case READ_FAILED -> reject(Rejection.READ_FAILED, instance);
		};
	}

	private ResponseEntity<?> duplicate() {
		this.metrics.duplicate();
		return ResponseEntity.ok().build();
	}

	private ResponseEntity<?> reject(Rejection rejection, String instance) {
		this.metrics.rejected(rejection);
		return rejection.response(instance);
	}

	/**
	 * Lets queued reads and listeners finish (the executor waits, bounded), drops pending
	 * background retries, and names every session answered 202 that was not published.
	 */
	@Override
	public void destroy() {
		List<Runnable> pending = this.retryTimer.shutdownNow();
		this.executor.shutdown();
		if (!this.held.isEmpty()) {
			logger.error("Shutting down with " + this.held.size() + " callback(s) answered 202 and not published ("
					+ pending.size() + " waiting for a retry): " + String.join(", ", List.copyOf(this.held))
					+ ". Their sessions' outcomes must be read again (or arrive by webhook).");
		}
	}

	/**
	 * Background reads of a callback already answered: how many in all, and the pause
	 * before the second (doubling after it).
	 */
	record ReadRetries(int attempts, Duration firstDelay) {

		Duration delayBefore(int attempt) {
			return this.firstDelay.multipliedBy(1L << Math.min(attempt - 2, 20));
		}

	}

	/**
	 * Where a callback's session is to be read: the account, {@code null} when none is
	 * known, and whether the application recorded the session under it.
	 */
	private record Route(@Nullable String account, boolean recorded) {

	}

	/** A session to read through an account's client. */
	private record Read(String sessionId, String account, SessionsClient client) {

	}

	private enum Outcome {

		ACCEPTED, DETACHED, DUPLICATE, NOT_FOUND, NOT_FINAL, IN_PROGRESS, READ_FAILED

	}

}
