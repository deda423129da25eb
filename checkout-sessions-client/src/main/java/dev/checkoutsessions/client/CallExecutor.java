package dev.checkoutsessions.client;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

import dev.checkoutsessions.client.observation.CallOutcome;
import dev.checkoutsessions.client.observation.DefaultSessionsObservationConvention;
import dev.checkoutsessions.client.observation.SessionsObservationContext;
import dev.checkoutsessions.client.observation.SessionsObservationContext.Authentication;
import dev.checkoutsessions.client.observation.SessionsObservationConvention;
import dev.checkoutsessions.client.observation.SessionsObservationDocumentation;

/**
 * Runs one logical call: one observation around all attempts, Framework core retry between them, DEBUG
 * logging per attempt, and the outcome recorded for health. Attempts report each HTTP answer through
 * {@link Attempts} so the observation knows the status and {@code Cko-Request-Id}.
 */
final class CallExecutor {

	private static final Log logger = LogFactory.getLog(CallExecutor.class);

	private final RetryOptions retryOptions;

	private final ObservationRegistry observationRegistry;

	private final @Nullable SessionsObservationConvention convention;

	private final RetryRecorder retryRecorder;

	private final RecentCalls recentCalls;

	private final Clock clock;

	CallExecutor(RetryOptions retryOptions, ObservationRegistry observationRegistry,
			@Nullable SessionsObservationConvention convention, RetryRecorder retryRecorder, RecentCalls recentCalls,
			Clock clock) {
		this.retryOptions = retryOptions;
		this.observationRegistry = observationRegistry;
		this.convention = convention;
		this.retryRecorder = retryRecorder;
		this.recentCalls = recentCalls;
		this.clock = clock;
	}

	/** One attempt of a call; may send more than one request (a 401 refreshes the token once). */
	@FunctionalInterface
	interface Attempt<T> {

		T run(Attempts attempts);

	}

	/** Per-call bookkeeping of HTTP requests, shared by all attempts. */
	final class Attempts {

		private final SessionsObservationContext context;

		private final ApiTransport transport;

		Attempts(SessionsObservationContext context, ApiTransport transport) {
			this.context = context;
			this.transport = transport;
		}

		HttpAnswer send(@Nullable String sessionId, String authorization, byte @Nullable [] body) {
			SessionsOperation operation = this.context.getOperation();
			int number = this.context.getAttempts() + 1;
			this.context.setAttempts(number);
			long start = System.nanoTime();
			try {
				HttpAnswer answer = this.transport.send(operation, sessionId, authorization, body);
				this.context.setStatusCode(answer.status());
				this.context.setRequestId(answer.requestId());
				if (logger.isDebugEnabled()) {
					logger.debug(operation.tagValue() + " attempt " + number + ": HTTP " + answer.status() + " in "
							+ millisSince(start) + " ms (Cko-Request-Id " + answer.requestId() + ")");
				}
				return answer;
			}
			catch (CheckoutException ex) {
				this.context.setStatusCode((ex instanceof CheckoutResponseException response)
						? response.getHttpStatusCode() : 0);
				if (logger.isDebugEnabled()) {
					logger.debug(operation.tagValue() + " attempt " + number + " failed after " + millisSince(start)
							+ " ms: " + ex.describeFailure());
				}
				throw ex;
			}
		}

	}

	<T> T execute(SessionsOperation operation, Authentication authentication, ApiTransport transport,
			Attempt<T> attempt) {
		SessionsObservationContext context = new SessionsObservationContext(operation, authentication);
		Observation observation = SessionsObservationDocumentation.SESSIONS_CALL
			.observation(this.convention, DefaultSessionsObservationConvention.INSTANCE, () -> context,
					this.observationRegistry)
			.start();
		Attempts attempts = new Attempts(context, transport);
		try (Observation.Scope scope = observation.openScope()) {
			T result = retrying(operation, observation, () -> attempt.run(attempts));
			context.setOutcome(CallOutcome.SUCCESS);
			return result;
		}
		catch (CheckoutException ex) {
			context.setOutcome(outcomeOf(ex));
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
			CallOutcome outcome = context.getOutcome();
			this.recentCalls.record(new RecentCall(this.clock.instant(), operation,
					(outcome != null) ? outcome : CallOutcome.TRANSPORT_ERROR, context.getStatusCode(),
					(context.getError() != null) ? context.getError().getClass().getSimpleName() : null));
		}
	}

	private <T> T retrying(SessionsOperation operation, Observation observation, Retryable<T> retryable) {
		CallRetryPolicy policy = new CallRetryPolicy(operation, this.retryOptions);
		RetryTemplate template = new RetryTemplate(policy);
		template.setRetryListener(new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retried, RetryState state) {
				String reason = RetryRules.retryReason(operation, state.getLastException());
				String tag = (reason != null) ? reason : "unknown";
				CallExecutor.this.retryRecorder.retried(operation, tag);
				observation.event(Observation.Event.of(SessionsObservationDocumentation.Events.RETRY.getName(),
						"retry " + tag));
				if (logger.isDebugEnabled()) {
					logger.debug(operation.tagValue() + " retry " + state.getRetryCount() + " because " + tag);
				}
			}
		});
		try {
			return template.execute(retryable);
		}
		catch (RetryException ex) {
			throw finalFailure(ex, policy);
		}
	}

	private static CheckoutException finalFailure(RetryException ex, CallRetryPolicy policy) {
		List<Throwable> failures = ex.getExceptions();
		Throwable last = ex.getLastException();
		if (!(last instanceof CheckoutException checkout)) {
			// Only CheckoutExceptions are thrown by attempts; anything else is a bug worth seeing as is.
			throw (last instanceof RuntimeException runtime) ? runtime : new IllegalStateException(last);
		}
		if (failures.size() == 1 && policy.isPermanentFailure()) {
			return checkout;
		}
		List<String> descriptions = new ArrayList<>(failures.size());
		for (Throwable failure : failures) {
			descriptions.add((failure instanceof CheckoutException each) ? each.describeFailure()
					: failure.getClass().getSimpleName());
			if (failure != last) {
				checkout.addSuppressed(failure);
			}
		}
		String reason = Thread.currentThread().isInterrupted() ? "interrupted while backing off"
				: policy.isPermanentFailure() ? "the last failure is not transient"
						: (policy.stopReason() != null) ? policy.stopReason()
								: "retry budget of " + policy.getTimeout().toMillis() + " ms exhausted";
		checkout.recordAttempts(descriptions, reason);
		return checkout;
	}

	static CallOutcome outcomeOf(CheckoutException ex) {
		if (ex instanceof CheckoutApiException api) {
			return (api.getHttpStatusCode() >= 500) ? CallOutcome.SERVER_ERROR : CallOutcome.CLIENT_ERROR;
		}
		if (ex instanceof CheckoutAuthenticationException auth) {
			return auth.isTransient() ? (auth.getHttpStatusCode() > 0 ? CallOutcome.SERVER_ERROR
					: CallOutcome.TRANSPORT_ERROR) : CallOutcome.CLIENT_ERROR;
		}
		if (ex instanceof CheckoutResponseException) {
			return CallOutcome.SERVER_ERROR;
		}
		return CallOutcome.TRANSPORT_ERROR;
	}

	private static long millisSince(long startNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
	}

}
