package dev.checkoutsessions.autoconfigure.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal merchant application: no configuration of its own beyond
 * {@code application.yml}, plus the endpoint Checkout.com calls back when a session
 * completes.
 */
@SpringBootApplication
public class CheckoutStarterApplication {

	@RestController
	static class SessionCallbackController {

		@PostMapping("/sessions/callback")
		void sessionCallback() {
		}

	}

}
