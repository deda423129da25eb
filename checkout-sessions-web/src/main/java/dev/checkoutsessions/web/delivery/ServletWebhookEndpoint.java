package dev.checkoutsessions.web.delivery;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code POST {checkout.webhooks.path}} in a servlet application: the body is read
 * on the request thread, within the receiver's limit, only after the header checks.
 */
@RestController
final class ServletWebhookEndpoint {

	private final WebhookReceiver receiver;

	ServletWebhookEndpoint(WebhookReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("${checkout.webhooks.path:/checkout/webhooks}")
	ResponseEntity<?> receive(HttpServletRequest request) {
		String instance = request.getRequestURI();
		ResponseEntity<?> refused = this.receiver.refuseBeforeReading(instance,
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
		return this.receiver.receive(instance, request.getHeader(WebhookSignature.HEADER), body);
	}

	@Override
	public String toString() {
		return "ServletWebhookEndpoint";
	}

}
