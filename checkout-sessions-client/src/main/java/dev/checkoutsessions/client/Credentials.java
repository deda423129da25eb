package dev.checkoutsessions.client;

import java.util.function.Function;

import dev.checkoutsessions.client.observation.SessionsObservationContext.Authentication;

/**
 * How a call authenticates. Each kind owns its {@code Authorization} header, what it does
 * when the API answers 401, and how that 401 is explained to the caller.
 */
sealed interface Credentials permits Credentials.OAuth, Credentials.SessionSecret {

	/**
	 * The authentication this call uses, for the observation.
	 * @return the authentication
	 */
	Authentication authentication();

	/**
	 * Sends one request through {@code request}, which takes the {@code Authorization}
	 * header value.
	 * @param request sends the request with the given header and returns the answer
	 * @return the final answer (a 401 included)
	 */
	HttpAnswer send(Function<String, HttpAnswer> request);

	/**
	 * What a 401 answer means with these credentials, appended to the error message.
	 * @return the explanation, starting with {@code "; "}
	 */
	String rejectionHint();

	/** OAuth bearer tokens; a 401 fetches a new token and sends exactly once more. */
	final class OAuth implements Credentials {

		private final OAuthTokenProvider tokens;

		OAuth(OAuthTokenProvider tokens) {
			this.tokens = tokens;
		}

		@Override
		public Authentication authentication() {
			return Authentication.OAUTH;
		}

		@Override
		public HttpAnswer send(Function<String, HttpAnswer> request) {
			String token = token();
			HttpAnswer answer = request.apply("Bearer " + token);
			if (answer.status() == 401) {
				// The token may have been revoked or rotated early: fetch a new one and
				// try exactly once more.
				this.tokens.invalidate(token);
				answer = request.apply("Bearer " + token());
			}
			return answer;
		}

		/** A token, its wait counted against the call's deadline. */
		private String token() {
			CallDeadline deadline = CallDeadline.current();
			long start = System.nanoTime();
			try {
				return this.tokens.token();
			}
			finally {
				if (deadline != null) {
					deadline.tokenWaited(System.nanoTime() - start);
				}
			}
		}

		@Override
		public String rejectionHint() {
			return "; the OAuth access token was rejected even after fetching a new one: check that the OAuth "
					+ "client has the sessions scopes";
		}

		@Override
		public String toString() {
			return "OAuth";
		}

	}

	/**
	 * One session's {@code session_secret}; a 401 is final (the secret is wrong or has
	 * expired).
	 */
	final class SessionSecret implements Credentials {

		private final String secret;

		SessionSecret(String secret) {
			this.secret = secret;
		}

		@Override
		public Authentication authentication() {
			return Authentication.SESSION_SECRET;
		}

		@Override
		public HttpAnswer send(Function<String, HttpAnswer> request) {
			return request.apply(this.secret);
		}

		@Override
		public String rejectionHint() {
			return "; the session secret was rejected: it is wrong or has expired (session secrets are short-lived; "
					+ "read the session with OAuth instead)";
		}

		@Override
		public String toString() {
			return "SessionSecret{sek_****}";
		}

	}

}
