package dev.checkoutsessions.client;

/**
 * The Sessions API operations, with what retry safety and observation need to know about
 * each.
 *
 * @since 0.1.0
 */
public enum SessionsOperation {

	/** {@code POST /sessions}. Creates a session: not idempotent. */
	REQUEST_SESSION("request_session", "POST", "/sessions", false),

	/** {@code GET /sessions/{id}}. */
	GET_SESSION_DETAILS("get_session_details", "GET", "/sessions/{id}", true),

	/** {@code PUT /sessions/{id}/collect-data}. */
	UPDATE_SESSION("update_session", "PUT", "/sessions/{id}/collect-data", true),

	/**
	 * {@code POST /sessions/{id}/complete}. Triggers the callback to the merchant: not
	 * idempotent.
	 */
	COMPLETE_SESSION("complete_session", "POST", "/sessions/{id}/complete", false),

	/** {@code PUT /sessions/{id}/issuer-fingerprint}. */
	UPDATE_3DS_METHOD_COMPLETION_INDICATOR("update_3ds_method_completion_indicator", "PUT",
			"/sessions/{id}/issuer-fingerprint", true);

	private final String tagValue;

	private final String httpMethod;

	private final String uriTemplate;

	private final boolean idempotent;

	private final String request;

	SessionsOperation(String tagValue, String httpMethod, String uriTemplate, boolean idempotent) {
		this.tagValue = tagValue;
		this.httpMethod = httpMethod;
		this.uriTemplate = uriTemplate;
		this.idempotent = idempotent;
		this.request = httpMethod + " " + uriTemplate;
	}

	/**
	 * Method and URI template, e.g. {@code GET /sessions/{id}}: how messages name the
	 * request. Built once, so that no call builds it.
	 */
	String request() {
		return this.request;
	}

	/**
	 * Value of the {@code operation} observation key, e.g. {@code request_session}.
	 * @return the tag value
	 */
	public String tagValue() {
		return this.tagValue;
	}

	/**
	 * HTTP method of the operation.
	 * @return the method name
	 */
	public String httpMethod() {
		return this.httpMethod;
	}

	/**
	 * URI template relative to the API base URL, e.g. {@code /sessions/{id}}.
	 * @return the template
	 */
	public String uriTemplate() {
		return this.uriTemplate;
	}

	/**
	 * What the caller should do instead of repeating a request that may have been
	 * processed, when repeating it is not safe; the one wording every message uses.
	 */
	String insteadOfRepeating() {
		return (this == REQUEST_SESSION)
				? " (it could create a second session); look the session up or request a new one"
				: " (it would trigger a second callback); read the session to see whether it completed";
	}

	/**
	 * Whether repeating the request after it may have been processed is harmless.
	 * @return whether the operation is idempotent
	 */
	public boolean isIdempotent() {
		return this.idempotent;
	}

}
