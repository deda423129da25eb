package dev.checkoutsessions.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.SessionsClients;

/**
 * Context of one OAuth token request. Never holds the credentials or the token.
 *
 * @since 0.1.0
 */
public class OAuthTokenObservationContext extends Observation.Context {

	private final String account;

	private int statusCode;

	private @Nullable CallOutcome outcome;

	/**
	 * Creates an empty context; the token provider fills it in as the fetch proceeds.
	 */
	public OAuthTokenObservationContext() {
		this(SessionsClients.DEFAULT_ACCOUNT);
	}

	/**
	 * Creates an empty context of a named account's token request.
	 * @param account the account's tag: its configured name, never a credential
	 * @since 0.2.0
	 */
	public OAuthTokenObservationContext(String account) {
		this.account = account;
	}

	/**
	 * {@return the account whose token is requested: its configured name, or the tag its
	 * resolver gave}
	 * @since 0.2.0
	 */
	public String getAccount() {
		return this.account;
	}

	/**
	 * {@return the HTTP status of the token endpoint's answer, 0 when none arrived}
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Records the token endpoint's HTTP status.
	 * @param statusCode the status, 0 when no answer arrived
	 */
	public void setStatusCode(int statusCode) {
		this.statusCode = statusCode;
	}

	/**
	 * {@return the outcome of the token request, {@code null} while it runs}
	 */
	public @Nullable CallOutcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Records how the token request ended.
	 * @param outcome the outcome, which becomes the {@code outcome} key value
	 */
	public void setOutcome(CallOutcome outcome) {
		this.outcome = outcome;
	}

}
