package dev.checkoutsessions.emulator;

/** The session's {@code completion}: hosted (redirect URLs) or non-hosted (optional callback URLs). */
record Completion(boolean hosted, String successUrl, String failureUrl, String callbackUrl,
		String challengeNotificationUrl) {

	static Completion hosted(String successUrl, String failureUrl) {
		return new Completion(true, successUrl, failureUrl, null, null);
	}

	static Completion nonHosted(String callbackUrl, String challengeNotificationUrl) {
		return new Completion(false, null, null, callbackUrl, challengeNotificationUrl);
	}
}
