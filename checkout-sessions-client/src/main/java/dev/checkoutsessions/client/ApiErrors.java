package dev.checkoutsessions.client;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a non-2xx answer into a {@link CheckoutApiException}, whether the body is
 * Checkout.com's JSON error, empty, or a proxy's HTML page.
 */
final class ApiErrors {

	private ApiErrors() {
	}

	/**
	 * The exception for a non-2xx {@code answer}.
	 * @param rejectionHint what a 401 means with the call's credentials, appended to a
	 * 401's message
	 */
	static CheckoutApiException toException(SessionsOperation operation, HttpAnswer answer, JsonCodec json,
			String rejectionHint) {
		String errorType = null;
		List<String> errorCodes = new ArrayList<>();
		String requestId = answer.requestId();
		if (answer.hasJsonBody()) {
			try {
				JsonNode body = json.readTree(answer.body());
				errorType = text(body.get("error_type"));
				JsonNode codes = body.get("error_codes");
				if (codes != null && codes.isArray()) {
					codes.forEach((code) -> errorCodes.add(code.asString()));
				}
				if (requestId == null) {
					requestId = text(body.get("request_id"));
				}
			}
			catch (JacksonException ex) {
				// Not Checkout.com's error JSON (e.g. a proxy); the status alone still
				// tells the caller enough.
			}
		}
		StringBuilder message = new StringBuilder(operation.httpMethod()).append(' ')
			.append(operation.uriTemplate())
			.append(" failed: HTTP ")
			.append(answer.status());
		if (errorType != null) {
			message.append(' ').append(errorType);
		}
		if (!errorCodes.isEmpty()) {
			message.append(' ').append(errorCodes);
		}
		if (errorType == null) {
			message.append(" with ").append(answer.describeBody());
		}
		if (requestId != null) {
			message.append(" (Cko-Request-Id ").append(requestId).append(')');
		}
		if (answer.status() == 401) {
			message.append(rejectionHint);
		}
		return new CheckoutApiException(message.toString(), answer.status(), requestId, errorType, errorCodes,
				answer.retryAfter());
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

}
