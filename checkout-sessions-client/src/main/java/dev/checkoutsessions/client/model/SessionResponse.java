package dev.checkoutsessions.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Result of {@code POST /sessions}: the session and whether the API answered 201 (authentication already ran) or
 * 202 (accepted, follow {@code next_actions}). Both bodies are held by {@link GetSessionResponse}; the 202 one simply
 * has fewer fields.
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
	 * @param requestId the {@code Cko-Request-Id} response header, if any
	 * @throws IllegalArgumentException if {@code session} is null or {@code httpStatusCode} is not a 2xx code
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

	public boolean isCreated() {
		return httpStatusCode == CREATED;
	}

	public boolean isAccepted() {
		return httpStatusCode == ACCEPTED;
	}

	public GetSessionResponse getSession() {
		return session;
	}

	public int getHttpStatusCode() {
		return httpStatusCode;
	}

	public @Nullable String getRequestId() {
		return requestId;
	}

	/** The official SDK's accessor: the session when the API answered 201, otherwise null. */
	public @Nullable GetSessionResponse getCreated() {
		return isCreated() ? session : null;
	}

	/** The official SDK's accessor: the session when the API answered 202, otherwise null. */
	public @Nullable GetSessionResponse getAccepted() {
		return isAccepted() ? session : null;
	}

	@Override
	public String toString() {
		return new ToStringBuilder("SessionResponse")
				.add("httpStatusCode", httpStatusCode)
				.add("requestId", requestId)
				.add("session", session)
				.toString();
	}
}
