package dev.checkoutsessions.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Result of {@code POST /sessions}: the session and whether the API answered 201
 * (authentication already ran) or 202 (accepted, follow {@code next_actions}). Both
 * bodies are held by {@link GetSessionResponse}; the 202 one simply has fewer fields.
 *
 * @since 0.1.0
 */
public final class SessionResponse {

	private static final int CREATED = 201;

	private static final int ACCEPTED = 202;

	private final int httpStatusCode;

	private final GetSessionResponse session;

	private final @Nullable String requestId;

	private SessionResponse(int httpStatusCode, GetSessionResponse session, @Nullable String requestId) {
		this.httpStatusCode = httpStatusCode;
		this.session = session;
		this.requestId = requestId;
	}

	/**
	 * {@return the result of a {@code POST /sessions} call}
	 * @param httpStatusCode the HTTP status: 201 when authentication already ran, 202
	 * when further action is needed
	 * @param session the response body
	 * @param requestId the {@code Cko-Request-Id} response header, if any
	 * @throws IllegalArgumentException if {@code session} is null or
	 * {@code httpStatusCode} is not a 2xx code
	 */
	public static SessionResponse of(int httpStatusCode, GetSessionResponse session, @Nullable String requestId) {
		if (httpStatusCode < 200 || httpStatusCode > 299) {
			throw new IllegalArgumentException("httpStatusCode must be a 2xx code, was " + httpStatusCode);
		}
		if (session == null) {
			throw new IllegalArgumentException("session must not be null");
		}
		return new SessionResponse(httpStatusCode, session, requestId);
	}

	/**
	 * {@return whether the API answered 201 Created} Authentication already ran,
	 * typically because the request carried {@code channel_data}.
	 */
	public boolean isCreated() {
		return httpStatusCode == CREATED;
	}

	/**
	 * {@return whether the API answered 202 Accepted} The session is {@code pending}:
	 * follow its {@code next_actions}.
	 */
	public boolean isAccepted() {
		return httpStatusCode == ACCEPTED;
	}

	/**
	 * {@return the session, whichever of 201 or 202 the API answered} A 202 body holds
	 * fewer fields.
	 */
	public GetSessionResponse getSession() {
		return session;
	}

	/**
	 * {@return the HTTP status the API answered, 201 or 202}
	 */
	public int getHttpStatusCode() {
		return httpStatusCode;
	}

	/**
	 * {@return the {@code Cko-Request-Id} response header, to quote to Checkout.com
	 * support, or null when absent}
	 */
	public @Nullable String getRequestId() {
		return requestId;
	}

	/**
	 * {@return the session when the API answered 201, otherwise null} The official SDK's
	 * accessor.
	 */
	public @Nullable GetSessionResponse getCreated() {
		return isCreated() ? session : null;
	}

	/**
	 * {@return the session when the API answered 202, otherwise null} The official SDK's
	 * accessor.
	 */
	public @Nullable GetSessionResponse getAccepted() {
		return isAccepted() ? session : null;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionResponse").add("httpStatusCode", httpStatusCode)
			.add("requestId", requestId)
			.add("session", session)
			.toString();
	}

}
