package dev.checkoutsessions.client;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the client knows about its OAuth access token, for health reporting. Never
 * contains the token or the credentials.
 *
 * @param status where the token stands
 * @param expiresAt when the cached token expires, {@code null} when none is cached
 * @param lastError description of the last token failure, {@code null} when the last
 * fetch succeeded
 * @param credentialsRejected whether the token endpoint rejected the client credentials
 * @since 0.1.0
 */
public record OAuthTokenState(Status status, @Nullable Instant expiresAt, @Nullable String lastError,
		boolean credentialsRejected) {

	/** Where the token stands. */
	public enum Status {

		/** No token was requested yet. */
		NONE,

		/** A token is cached and valid. */
		VALID,

		/** The cached token has expired; the next call fetches a new one. */
		EXPIRED,

		/** The last attempt to obtain a token failed. */
		FAILED

	}

}
