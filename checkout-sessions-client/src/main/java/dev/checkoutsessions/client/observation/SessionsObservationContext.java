package dev.checkoutsessions.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.SessionsOperation;

/**
 * Context of one logical Sessions call (all its attempts). Holds nothing that identifies a session or
 * a cardholder.
 *
 * @since 0.1.0
 */
public class SessionsObservationContext extends Observation.Context {

	/** How a call authenticates. */
	public enum Authentication {

		/** OAuth bearer token. */
		OAUTH,

		/** The session's own secret. */
		SESSION_SECRET

	}

	private final SessionsOperation operation;

	private final Authentication authentication;

	private int statusCode;

	private @Nullable CallOutcome outcome;

	private int attempts;

	private @Nullable String requestId;

	public SessionsObservationContext(SessionsOperation operation, Authentication authentication) {
		this.operation = operation;
		this.authentication = authentication;
	}

	public SessionsOperation getOperation() {
		return this.operation;
	}

	public Authentication getAuthentication() {
		return this.authentication;
	}

	/** HTTP status of the last attempt's answer, 0 when none arrived. */
	public int getStatusCode() {
		return this.statusCode;
	}

	public void setStatusCode(int statusCode) {
		this.statusCode = statusCode;
	}

	/** Outcome of the logical call, {@code null} while it runs. */
	public @Nullable CallOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(CallOutcome outcome) {
		this.outcome = outcome;
	}

	/** HTTP attempts made so far. */
	public int getAttempts() {
		return this.attempts;
	}

	public void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	/** {@code Cko-Request-Id} of the last answer, for correlating a trace with Checkout.com support. */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	public void setRequestId(@Nullable String requestId) {
		this.requestId = requestId;
	}

}
