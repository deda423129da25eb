package dev.checkoutsessions.client;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.checkoutsessions.client.model.ChannelData;
import dev.checkoutsessions.client.model.ChannelType;
import dev.checkoutsessions.client.model.SessionRequest;

/**
 * Argument checks done before any I/O. Messages name the parameter and never echo a
 * secret.
 */
final class Arguments {

	// Real ids are "sid_" + 26 characters; anything that could alter a URL or a header is
	// refused outright, even though ids also travel as encoded URI template variables.
	private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

	private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7E]{1,512}");

	private Arguments() {
	}

	static String sessionId(@Nullable String sessionId) {
		if (sessionId == null || sessionId.isBlank()) {
			throw new IllegalArgumentException("sessionId must not be " + ((sessionId == null) ? "null" : "blank"));
		}
		if (!SESSION_ID.matcher(sessionId).matches()) {
			throw new IllegalArgumentException("sessionId must be a Checkout.com session id such as "
					+ "sid_y3oqhf46pyzuxjbcn2giaqnb44 (letters, digits, '_' and '-' only, at most 100 characters)");
		}
		return sessionId;
	}

	static String sessionSecret(@Nullable String sessionSecret) {
		if (sessionSecret == null || sessionSecret.isBlank()) {
			throw new IllegalArgumentException(
					"sessionSecret must not be " + ((sessionSecret == null) ? "null" : "blank"));
		}
		if (!SECRET.matcher(sessionSecret).matches()) {
			throw new IllegalArgumentException("sessionSecret must be the session_secret (sek_…) returned when the "
					+ "session was created; it contains whitespace or control characters");
		}
		return sessionSecret;
	}

	static SessionRequest sessionRequest(@Nullable SessionRequest request) {
		SessionRequest checked = notNull(request, "request");
		RequiredFields.check(checked);
		return checked;
	}

	static ChannelData channelData(@Nullable ChannelData channelData) {
		ChannelData checked = notNull(channelData, "channelData");
		RequiredFields.check(checked);
		return checked;
	}

	static ChannelType readChannel(@Nullable ChannelType channel) {
		ChannelType checked = notNull(channel, "channel");
		if (!checked.equals(ChannelType.BROWSER) && !checked.equals(ChannelType.APP)) {
			throw new IllegalArgumentException("channel must be ChannelType.BROWSER or ChannelType.APP (the channel "
					+ "header of GET /sessions/{id}), not '" + checked.value() + "'");
		}
		return checked;
	}

	static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
