package dev.checkoutsessions.web.delivery;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code POST {checkout.webhooks.path}} (the top-level account) and {@code POST
 * {checkout.webhooks.path}/{account}} (a configured account) in a servlet application:
 * the body is read on the request thread, within the receiver's limit, only after the
 * header checks.
 */
@RestController
final class ServletWebhookEndpoint {

	private final WebhookReceiver receiver;

	ServletWebhookEndpoint(WebhookReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("${checkout.webhooks.path:/checkout/webhooks}")
	ResponseEntity<?> receive(HttpServletRequest request) {
		return receive(request, null);
	}

	@PostMapping("${checkout.webhooks.path:/checkout/webhooks}/{account}")
	ResponseEntity<?> receiveForAccount(@PathVariable("account") String account, HttpServletRequest request) {
		return receive(request, account);
	}

	private ResponseEntity<?> receive(HttpServletRequest request, @Nullable String account) {
		String instance = request.getRequestURI();
		ResponseEntity<?> refused = this.receiver.refuseBeforeReading(instance, account,
				request.getHeader(HttpHeaders.AUTHORIZATION), request.getContentType());
		if (refused != null) {
			return refused;
		}
		byte[] body;
		try {
			body = ServletBodies.read(request, this.receiver.maxBodyBytes());
		}
		catch (IOException ex) {
			return this.receiver.unreadable(instance);
		}
		return this.receiver.receive(instance, account, request.getHeader(WebhookSignature.HEADER), body);
	}

	@Override
	public String toString() {
		return "ServletWebhookEndpoint";
	}

}
