package dev.checkoutsessions.client;

import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;

/**
 * Client for the Checkout.com Sessions API (standalone 3-D Secure authentication).
 *
 * <p>
 * Calls are blocking (and cheap to run on virtual threads); {@link #async()} offers the
 * same operations as {@code CompletableFuture}s. Operations on this interface
 * authenticate with OAuth client credentials; {@link #withSessionSecret(String)}
 * authenticates the session-scoped operations with the {@code session_secret} of one
 * session instead.
 *
 * <p>
 * Failures are unchecked {@link CheckoutException}s: {@link CheckoutApiException} for
 * non-2xx answers, {@link CheckoutTransportException} for network failures and timeouts,
 * {@link CheckoutAuthenticationException} when no OAuth token can be obtained. Invalid
 * arguments fail with {@link IllegalArgumentException} before any I/O. Create one with
 * {@link #builder()} or let the Spring Boot starter build it from {@code checkout.*}.
 *
 * @since 0.1.0
 */
public interface SessionsClient extends SessionOperations, AutoCloseable {

	/**
	 * Requests a session: {@code POST /sessions} (OAuth). Never retried once the request
	 * may have reached Checkout.com, because a repeat could create a second session.
	 * @param request the session request
	 * @return the created (201) or accepted (202) session
	 */
	SessionResponse requestSession(SessionRequest request);

	/**
	 * The four session-scoped operations authenticated with a session secret
	 * ({@code sek_…}) instead of OAuth. Creating a session needs OAuth, so there is no
	 * {@code requestSession} there.
	 * @param sessionSecret the {@code session_secret} returned when the session was
	 * created
	 * @return operations bound to that secret
	 */
	SessionSecretOperations withSessionSecret(String sessionSecret);

	/**
	 * The same operations returning {@code CompletableFuture}s.
	 * @return the asynchronous view of this client
	 */
	AsyncSessionsClient async();

	/**
	 * Releases what the client created itself: its HTTP connection pool and its async
	 * executor (none that were passed to the builder). A client built without Spring Boot
	 * should be closed when the application stops; the starter closes its own.
	 * @throws IllegalStateException if a resource could not be released (every other one
	 * still was)
	 */
	@Override
	void close();

	/**
	 * Starts building a client without Spring Boot.
	 * @return a new builder
	 */
	static SessionsClientBuilder builder() {
		return new SessionsClientBuilder();
	}

}
