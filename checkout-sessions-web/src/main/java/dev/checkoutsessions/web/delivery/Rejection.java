package dev.checkoutsessions.web.delivery;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Why a delivery was refused: the HTTP answer (an RFC 9457 problem detail that says what
 * was wrong, never how the receiver works inside) and the low-cardinality {@code reason}
 * tag of the rejected-deliveries counter.
 */
enum Rejection {

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
			"The body must be JSON (Content-Type: application/json)."),

	TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "The body is larger than this receiver accepts."),

	MALFORMED(HttpStatus.BAD_REQUEST, "Malformed body", "The body is not a complete JSON object."),

	MISSING_FIELD(HttpStatus.BAD_REQUEST, "Missing field", "The body lacks a field this receiver needs."),

	INVALID_SESSION_ID(HttpStatus.BAD_REQUEST, "Invalid session id",
			"session_id must be a Checkout.com session id: sid_ followed by 26 letters or digits."),

	UNKNOWN_ACCOUNT(HttpStatus.NOT_FOUND, "Unknown account",
			"No account of this application receives deliveries at this path."),

	SESSION_ACCOUNT_UNKNOWN(HttpStatus.NOT_FOUND, "Unknown account",
			"This application has no default account and no record of the account that created this session;"
					+ " post the callback to that account's own path."),

	SESSION_NOT_FOUND(HttpStatus.NOT_FOUND, "Unknown session", "Checkout.com has no session with this id."),

	SESSION_NOT_FINAL(HttpStatus.CONFLICT, "Session not final",
			"The session has not reached a final status; nothing was published."),

	SESSION_UNKNOWN(HttpStatus.SERVICE_UNAVAILABLE, "Session not verified",
			"Too many callbacks name sessions this application did not create; retry later."),

	TOO_OLD(HttpStatus.BAD_REQUEST, "Delivery too old",
			"The event was created longer ago than this receiver accepts deliveries; nothing was published."),

	IN_PROGRESS(HttpStatus.CONFLICT, "In progress", "Another delivery of this event is being processed; retry later."),

	UNAUTHORIZED_HEADER(HttpStatus.UNAUTHORIZED, "Unauthorized", "The Authorization header is missing or wrong."),

	MISSING_SIGNATURE(HttpStatus.UNAUTHORIZED, "Missing signature", "The Cko-Signature header is missing."),

	INVALID_SIGNATURE(HttpStatus.UNAUTHORIZED, "Invalid signature",
			"Cko-Signature is not the HMAC-SHA256 of this body with the configured signature key."),

	OVERLOADED(HttpStatus.SERVICE_UNAVAILABLE, "Busy", "Too many deliveries are being processed; retry later."),

	READ_FAILED(HttpStatus.SERVICE_UNAVAILABLE, "Session not verified",
			"The session could not be read from Checkout.com to verify the callback; retry later."),

	STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Not processed",
			"Deliveries cannot be deduplicated right now; nothing was published, retry later."),

	LISTENER_FAILED(HttpStatus.SERVICE_UNAVAILABLE, "Not processed",
			"The event could not be processed; it was not recorded as delivered, retry later.");

	/** Seconds a client should wait before retrying a 503. */
	private static final String RETRY_AFTER_SECONDS = "5";

	private final HttpStatus status;

	private final String title;

	private final String detail;

	Rejection(HttpStatus status, String title, String detail) {
		this.status = status;
		this.title = title;
		this.detail = detail;
	}

	/** The metric tag value, e.g. {@code invalid_signature}. */
	String reason() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	ResponseEntity<ProblemDetail> response(String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, this.detail);
		problem.setTitle(this.title);
		problem.setInstance(URI.create(instance));
		problem.setProperty("reason", reason());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(this.status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (this == IN_PROGRESS || this.status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		return answer.body(problem);
	}

}
