package dev.checkoutsessions.emulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The HTTP endpoints the emulator serves, used to target faults and to count requests.
 *
 * @since 0.1.0
 */
public enum Endpoint {

	/** {@code POST /connect/token}: OAuth 2.0 client-credentials grant. */
	TOKEN("POST", Pattern.compile("/connect/token")),

	/** {@code POST /sessions}: request a session. */
	CREATE_SESSION("POST", Pattern.compile("/sessions")),

	/** {@code GET /sessions/{id}}: get session details. */
	GET_SESSION("GET", Pattern.compile("/sessions/([^/]+)")),

	/** {@code PUT /sessions/{id}/collect-data}: update a session with channel data. */
	COLLECT_DATA("PUT", Pattern.compile("/sessions/([^/]+)/collect-data")),

	/**
	 * {@code PUT /sessions/{id}/issuer-fingerprint}: report the 3DS Method completion.
	 */
	ISSUER_FINGERPRINT("PUT", Pattern.compile("/sessions/([^/]+)/issuer-fingerprint")),

	/**
	 * {@code POST /sessions/{id}/complete}: complete a session (pushes the result to
	 * {@code callback_url}).
	 */
	COMPLETE_SESSION("POST", Pattern.compile("/sessions/([^/]+)/complete")),

	/**
	 * The simulated cardholder pages under {@code /emulator/…}: 3DS Method, ACS
	 * challenge, hosted redirect.
	 */
	BROWSER_PAGE(null, Pattern.compile("/emulator/.*"));

	private final @Nullable String method;

	private final Pattern path;

	Endpoint(@Nullable String method, Pattern path) {
		this.method = method;
		this.path = path;
	}

	/**
	 * Whether this is one of the five Sessions API endpoints (not the token endpoint, not
	 * a page).
	 */
	public boolean isSessionsApi() {
		return this != TOKEN && this != BROWSER_PAGE;
	}

	/**
	 * The endpoint a request addresses, or {@code null} when the emulator serves nothing
	 * there.
	 */
	static @Nullable Endpoint match(String method, String path) {
		for (Endpoint endpoint : values()) {
			if ((endpoint.method == null || endpoint.method.equals(method)) && endpoint.path.matcher(path).matches()) {
				return endpoint;
			}
		}
		return null;
	}

	/** The session id in a session-scoped path, or {@code null}. */
	@Nullable String sessionId(String requestPath) {
		Matcher matcher = path.matcher(requestPath);
		return matcher.matches() && matcher.groupCount() > 0 ? matcher.group(1) : null;
	}

}
