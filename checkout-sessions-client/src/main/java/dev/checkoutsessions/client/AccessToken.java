package dev.checkoutsessions.client;

import java.time.Duration;
import java.time.Instant;

/**
 * A cached OAuth access token. {@link #toString()} never shows the token.
 */
record AccessToken(String value, Instant obtainedAt, Instant expiresAt, Instant refreshAt) {

	// Refresh ahead of expiry so a call never starts with a token that dies in flight: a
	// fifth of the lifetime, at most five minutes (a one-hour token is refreshed after 55
	// minutes).
	private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

	static AccessToken of(String value, Instant now, Duration lifetime) {
		Duration margin = lifetime.dividedBy(5);
		if (margin.compareTo(MAX_MARGIN) > 0) {
			margin = MAX_MARGIN;
		}
		return new AccessToken(value, now, now.plus(lifetime), now.plus(lifetime).minus(margin));
	}

	boolean isFresh(Instant now) {
		return now.isBefore(this.refreshAt);
	}

	boolean isUsable(Instant now) {
		return now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "AccessToken{value=****, expiresAt=" + this.expiresAt + "}";
	}

}
