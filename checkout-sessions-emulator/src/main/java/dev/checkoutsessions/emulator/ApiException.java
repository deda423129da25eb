package dev.checkoutsessions.emulator;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A refusal the emulator answers with an API error body ({@code request_id},
 * {@code error_type}, {@code error_codes}), or with no body for 401 as the API does.
 */
final class ApiException extends RuntimeException {

	private final int status;

	private final @Nullable String errorType;

	private final List<String> errorCodes;

	ApiException(int status, @Nullable String errorType, List<String> errorCodes) {
		super(errorType, null, false, false);
		this.status = status;
		this.errorType = errorType;
		this.errorCodes = List.copyOf(errorCodes);
	}

	static ApiException unauthorized() {
		return new ApiException(401, null, List.of());
	}

	static ApiException notFound() {
		return new ApiException(404, "not_found", List.of("session_not_found"));
	}

	static ApiException invalid(List<String> codes) {
		return new ApiException(422, "unprocessable_entity", codes);
	}

	static ApiException invalid(String code) {
		return invalid(List.of(code));
	}

	static ApiException notAllowed(String code) {
		return new ApiException(403, "operation_not_allowed", List.of(code));
	}

	static ApiException wrongState() {
		return notAllowed("update_not_allowed_due_to_state");
	}

	static ApiException wrongScope() {
		return notAllowed("operation_not_allowed_for_scope");
	}

	static ApiException sessionInUse() {
		return new ApiException(409, "duplicate_requests_detected", List.of("session_already_in_use"));
	}

	int status() {
		return status;
	}

	HttpAnswer toAnswer(String requestId) {
		if (errorType == null) {
			return HttpAnswer.empty(status);
		}
		var body = Json.object();
		body.put("request_id", requestId);
		body.put("error_type", errorType);
		var codes = body.putArray("error_codes");
		errorCodes.forEach(codes::add);
		return HttpAnswer.json(status, body);
	}

}
