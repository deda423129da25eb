package dev.checkoutsessions.client;

/**
 * Session-scoped operations authenticated with one session's secret
 * ({@code Authorization: sek_…}). Answers read this way omit {@code session_secret},
 * {@code certificates}, {@code cryptogram} and {@code eci}: read the final result with
 * OAuth. A 401 here means the secret is wrong or has expired; it is never retried.
 *
 * @since 0.1.0
 */
public interface SessionSecretOperations extends SessionOperations {

}
