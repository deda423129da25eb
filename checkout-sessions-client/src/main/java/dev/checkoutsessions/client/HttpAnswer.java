package dev.checkoutsessions.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * What one HTTP attempt received: status, the headers the client uses, and the body
 * (bounded in size).
 */
record HttpAnswer(int status, @Nullable String requestId, @Nullable MediaType contentType,
		@Nullable Duration retryAfter, byte[] body) {

	boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	boolean hasJsonBody() {
		return this.body.length > 0 && (this.contentType == null || isJson(this.contentType));
	}

	static boolean isJson(MediaType type) {
		return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
	}

	String describeBody() {
		return (this.body.length == 0) ? "an empty body"
				: "a " + ((this.contentType != null) ? this.contentType.toString() : "untyped") + " body of "
						+ this.body.length + " bytes";
	}

}
