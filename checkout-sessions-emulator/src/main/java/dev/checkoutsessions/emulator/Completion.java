package dev.checkoutsessions.emulator;

import org.jspecify.annotations.Nullable;

/**
 * The session's {@code completion}: hosted (redirect URLs) or non-hosted (optional
 * callback URLs).
 */
record Completion(boolean hosted, @Nullable String successUrl, @Nullable String failureUrl,
		@Nullable String callbackUrl, @Nullable String challengeNotificationUrl) {

	static Completion hosted(@Nullable String successUrl, @Nullable String failureUrl) {
		return new Completion(true, successUrl, failureUrl, null, null);
	}

	static Completion nonHosted(@Nullable String callbackUrl, @Nullable String challengeNotificationUrl) {
		return new Completion(false, null, null, callbackUrl, challengeNotificationUrl);
	}
}
