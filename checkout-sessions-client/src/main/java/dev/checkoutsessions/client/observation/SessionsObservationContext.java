package dev.checkoutsessions.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.SessionsOperation;

/**
 * Context of one logical Sessions call (all its attempts). Holds nothing that identifies
 * a session or a cardholder.
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

	private final String account;

	private int statusCode;

	private @Nullable CallOutcome outcome;

	private int attempts;

	private @Nullable String requestId;

	/**
	 * Creates the context of one logical call.
	 * @param operation the Sessions operation being called
	 * @param authentication whether the call uses the OAuth token or the session secret
	 */
	public SessionsObservationContext(SessionsOperation operation, Authentication authentication) {
		this(operation, authentication, SessionsClients.DEFAULT_ACCOUNT);
	}

	/**
	 * Creates the context of one logical call of a named account.
	 * @param operation the Sessions operation being called
	 * @param authentication whether the call uses the OAuth token or the session secret
	 * @param account the account's tag: its configured name, never a credential
	 * @since 0.2.0
	 */
	public SessionsObservationContext(SessionsOperation operation, Authentication authentication, String account) {
		this.operation = operation;
		this.authentication = authentication;
		this.account = account;
	}

	/**
	 * {@return the account the call is made for: its configured name, or the tag its
	 * resolver gave}
	 * @since 0.2.0
	 */
	public String getAccount() {
		return this.account;
	}

	/**
	 * {@return the Sessions operation being called}
	 */
	public SessionsOperation getOperation() {
		return this.operation;
	}

	/**
	 * {@return whether the call uses the OAuth token or the session secret}
	 */
	public Authentication getAuthentication() {
		return this.authentication;
	}

	/**
	 * {@return the HTTP status of the last attempt's answer, 0 when none arrived}
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Records the HTTP status of the latest attempt.
	 * @param statusCode the status, 0 when no answer arrived
	 */
	public void setStatusCode(int statusCode) {
		this.statusCode = statusCode;
	}

	/**
	 * {@return the outcome of the logical call, {@code null} while it runs}
	 */
	public @Nullable CallOutcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Records how the logical call ended.
	 * @param outcome the outcome, which becomes the {@code outcome} key value
	 */
	public void setOutcome(CallOutcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * {@return the HTTP attempts made so far}
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Records the number of HTTP attempts.
	 * @param attempts 1 for a call that was not retried
	 */
	public void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	/**
	 * {@return the {@code Cko-Request-Id} of the last answer, to correlate a trace with
	 * Checkout.com support}
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * Records the request id of the latest answer.
	 * @param requestId the {@code Cko-Request-Id} header, or null when absent
	 */
	public void setRequestId(@Nullable String requestId) {
		this.requestId = requestId;
	}

}
