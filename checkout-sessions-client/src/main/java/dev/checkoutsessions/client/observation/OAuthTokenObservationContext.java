package dev.checkoutsessions.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * Context of one OAuth token request. Never holds the credentials or the token.
 *
 * @since 0.1.0
 */
public class OAuthTokenObservationContext extends Observation.Context {

	private int statusCode;

	private @Nullable CallOutcome outcome;

	public int getStatusCode() {
		return this.statusCode;
	}

	public void setStatusCode(int statusCode) {
		this.statusCode = statusCode;
	}

	public @Nullable CallOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(CallOutcome outcome) {
		this.outcome = outcome;
	}

}
