package dev.checkoutsessions.web.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.checkoutsessions.client.CheckoutApiException;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.SessionStatus;

/**
 * Answers {@code POST {checkout.callback.path}}, the completion callback Checkout.com
 * posts to a session's {@code callback_url}. The body is not signed (reference §14), so
 * it is trusted for the session id only: the receiver re-reads the session with OAuth
 * through the application's {@link SessionsClient} (its retries, deadline and metrics)
 * and publishes a {@link SessionCompletedEvent} with what it read, once per session.
 * <p>
 * How it answers fast: the body is checked on the request thread (content type, size,
 * JSON, the id's format); the re-read and the listeners run on a small executor of this
 * receiver's own, bounded in threads and queue. The request waits for the re-read at most
 * {@code checkout.callback.answer-within} (2 s): a read that finishes in time gives the
 * exact answer (404 for an unknown session, 409 for one that is not final, 202
 * otherwise); a slower one gets 202 and finishes in the background, so Checkout.com's
 * delivery never times out on a slow API or a slow listener. The trade-off: a forged id
 * whose read outlasts the wait is answered 202 — and still publishes nothing. A full
 * queue answers 503 with {@code Retry-After}. Listeners never delay the answer: they run
 * after it on the executor.
 */
@RestController
final class SessionCallbackReceiver implements DisposableBean {

	private static final Log logger = LogFactory.getLog(SessionCallbackReceiver.class);

	private static final Pattern SESSION_ID = Pattern.compile("sid_\\w{26}");

	/**
	 * Statuses after which the session changes no more (reference §6.1); a callback for
	 * any other is premature.
	 */
	private static final Set<SessionStatus> FINAL = Set.of(SessionStatus.APPROVED, SessionStatus.ATTEMPTED,
			SessionStatus.DECLINED, SessionStatus.REJECTED, SessionStatus.UNAVAILABLE,
			SessionStatus.CHALLENGE_ABANDONED, SessionStatus.EXPIRED);

	private final SessionsClient sessions;

	private final ApplicationEventPublisher publisher;

	private final DeliveryDeduplicator deduplicator;

	private final ThreadPoolTaskExecutor executor;

	private final DeliveryMetrics metrics;

	private final int maxBodyBytes;

	private final Duration answerWithin;

	SessionCallbackReceiver(SessionsClient sessions, ApplicationEventPublisher publisher,
			DeliveryDeduplicator deduplicator, ThreadPoolTaskExecutor executor, DeliveryMetrics metrics,
			int maxBodyBytes, Duration answerWithin) {
		this.sessions = sessions;
		this.publisher = publisher;
		this.deduplicator = deduplicator;
		this.executor = executor;
		this.metrics = metrics;
		this.maxBodyBytes = maxBodyBytes;
		this.answerWithin = answerWithin;
	}

	@PostMapping("${checkout.callback.path:/checkout/sessions/callback}")
	ResponseEntity<?> receive(HttpServletRequest request) {
		this.metrics.received();
		String instance = request.getRequestURI();
		if (!DeliveryBodies.isJson(request)) {
			return reject(Rejection.UNSUPPORTED_MEDIA_TYPE, instance);
		}
		byte[] body;
		try {
			body = DeliveryBodies.read(request, this.maxBodyBytes);
		}
		catch (IOException ex) {
			return reject(Rejection.MALFORMED, instance);
		}
		if (body == null) {
			return reject(Rejection.TOO_LARGE, instance);
		}
		JsonNode json = DeliveryBodies.parseObject(body);
		if (json == null) {
			return reject(Rejection.MALFORMED, instance);
		}
		String sessionId = DeliveryBodies.text(json, "session_id");
		if (sessionId == null) {
			return reject(Rejection.MISSING_FIELD, instance);
		}
		if (!SESSION_ID.matcher(sessionId).matches()) {
			return reject(Rejection.INVALID_SESSION_ID, instance);
		}
		CompletableFuture<Outcome> outcome = new CompletableFuture<>();
		try {
			this.executor.execute(() -> verifyAndPublish(sessionId, outcome));
		}
		catch (TaskRejectedException ex) {
			return reject(Rejection.OVERLOADED, instance);
		}
		return answer(outcome, instance);
	}

	/**
	 * On the executor: read with OAuth, report the outcome to the waiting request, then
	 * publish once.
	 */
	private void verifyAndPublish(String sessionId, CompletableFuture<Outcome> outcome) {
		GetSessionResponse session;
		try {
			session = this.sessions.getSessionDetails(sessionId);
		}
		catch (CheckoutApiException ex) {
			outcome.complete((ex.getHttpStatusCode() == 404) ? Outcome.NOT_FOUND : Outcome.READ_FAILED);
			if (logger.isDebugEnabled()) {
				logger.debug("Callback for session " + sessionId + " not verified: the API answered "
						+ ex.getHttpStatusCode());
			}
			return;
		}
		catch (RuntimeException ex) {
			outcome.complete(Outcome.READ_FAILED);
			logger.warn("Callback for session " + sessionId + " not verified: " + ex.getClass().getSimpleName());
			return;
		}
		if (!FINAL.contains(session.getStatus())) {
			outcome.complete(Outcome.NOT_FINAL);
			return;
		}
		boolean first;
		try {
			first = this.deduplicator.claim("callback:" + sessionId);
		}
		catch (RuntimeException ex) {
			outcome.complete(Outcome.STORE_UNAVAILABLE);
			logger.warn("Callback for session " + sessionId + " not published: the deduplication store failed ("
					+ ex.getClass().getSimpleName() + ")");
			return;
		}
		if (!first) {
			outcome.complete(Outcome.DUPLICATE);
			return;
		}
		outcome.complete(Outcome.ACCEPTED);
		try {
			this.publisher.publishEvent(new SessionCompletedEvent(this, session));
			this.metrics.published(null);
		}
		catch (RuntimeException ex) {
			// The callback was answered already: nobody could retry it, so the claim
			// stays and the failure is loud.
			logger.error("A SessionCompletedEvent listener failed for session " + sessionId, ex);
		}
	}

	private ResponseEntity<?> answer(CompletableFuture<Outcome> outcome, String instance) {
		Outcome result;
		try {
			result = outcome.get(this.answerWithin.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// The read goes on and publishes if the session is real; Checkout.com gets
			// its answer in time.
			return ResponseEntity.accepted().build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ResponseEntity.accepted().build();
		}
		catch (ExecutionException ex) {
			return reject(Rejection.READ_FAILED, instance);
		}
		return switch (result) {
			case ACCEPTED -> ResponseEntity.accepted().build();
			case DUPLICATE -> duplicate();
			case NOT_FOUND -> reject(Rejection.SESSION_NOT_FOUND, instance);
			case NOT_FINAL -> reject(Rejection.SESSION_NOT_FINAL, instance);
			case READ_FAILED -> reject(Rejection.READ_FAILED, instance);
			case STORE_UNAVAILABLE -> reject(Rejection.STORE_UNAVAILABLE, instance);
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

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	private enum Outcome {

		ACCEPTED, DUPLICATE, NOT_FOUND, NOT_FINAL, READ_FAILED, STORE_UNAVAILABLE

	}

}
