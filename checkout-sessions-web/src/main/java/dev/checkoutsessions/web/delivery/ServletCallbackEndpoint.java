package dev.checkoutsessions.web.delivery;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code POST {checkout.callback.path}} and, for a configured account, {@code POST
 * {checkout.callback.path}/{account}} in a servlet application. The request thread waits
 * for the answer, at most {@code checkout.callback.answer-within}; the re-read runs on
 * the receiver's executor.
 */
@RestController
final class ServletCallbackEndpoint {

	private final SessionCallbackReceiver receiver;

	ServletCallbackEndpoint(SessionCallbackReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("${checkout.callback.path:/checkout/sessions/callback}")
	ResponseEntity<?> receive(HttpServletRequest request) {
		return receive(request, null);
	}

	@PostMapping("${checkout.callback.path:/checkout/sessions/callback}/{account}")
	ResponseEntity<?> receiveForAccount(@PathVariable("account") String account, HttpServletRequest request) {
		return receive(request, account);
	}

	private ResponseEntity<?> receive(HttpServletRequest request, @Nullable String account) {
		String instance = request.getRequestURI();
		ResponseEntity<?> refused = this.receiver.refuseBeforeReading(instance, account, request.getContentType());
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
		return this.receiver.receive(instance, account, body).join();
	}

	@Override
	public String toString() {
		return "ServletCallbackEndpoint";
	}

}
