package dev.checkoutsessions.client;

import dev.checkoutsessions.client.observation.SessionsObservationContext.Authentication;

/**
 * How a call authenticates. Each kind gives its {@code Authorization} header, says
 * whether a 401 is worth one more request with a renewed header, and explains that 401 to
 * the caller. The call sends; nothing here calls back into it.
 */
sealed interface Credentials permits Credentials.OAuth, Credentials.SessionSecret {

	/**
	 * The authentication this call uses, for the observation.
	 * @return the authentication
	 */
	Authentication authentication();

	/**
	 * The {@code Authorization} header value for the next request; OAuth may wait for a
	 * token, which counts against the call's deadline.
	 * @return the header value
	 */
	String authorization();

	/**
	 * Whether a request answered 401 with {@code rejected} is worth repeating once with a
	 * fresh {@link #authorization()}; OAuth drops that token so the next one is new.
	 * @param rejected the header value the API rejected
	 * @return whether to send once more
	 */
	boolean renewAfterRejection(String rejected);

	/**
	 * What a 401 answer means with these credentials, appended to the error message.
	 * @return the explanation, starting with {@code "; "}
	 */
	String rejectionHint();

	/** OAuth bearer tokens; a 401 fetches a new token and sends exactly once more. */
	final class OAuth implements Credentials {

		private static final String BEARER = "Bearer ";

		private final OAuthTokenProvider tokens;

		OAuth(OAuthTokenProvider tokens) {
			this.tokens = tokens;
		}

		@Override
		public Authentication authentication() {
			return Authentication.OAUTH;
		}

		@Override
		public String authorization() {
			return BEARER + token();
		}

		@Override
		public boolean renewAfterRejection(String rejected) {
			// The token may have been revoked or rotated early: drop it so the next
			// request fetches a new one, and try exactly once more.
			this.tokens.invalidate(rejected.substring(BEARER.length()));
			return true;
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
		public String authorization() {
			return this.secret;
		}

		@Override
		public boolean renewAfterRejection(String rejected) {
			return false;
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
