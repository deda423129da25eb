package dev.checkoutsessions.web.security.reactive.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A WebFlux shop whose receivers are stand-ins at the receivers' paths (with their
 * configured values): what is tested here is Spring Security in front of them. The
 * end-to-end test of the WebFlux receivers behind Spring Security comes with those
 * receivers, which replace these stand-ins.
 */
@SpringBootApplication
public class ReactiveShopApplication {

	@RestController
	static class ReceiverStandIns {

		@PostMapping({ "${checkout.webhooks.path:/checkout/webhooks}",
				"${checkout.callback.path:/checkout/sessions/callback}", "/checkout-sessions/3ds-method/notification",
				"/checkout-sessions/3ds-challenge/notification" })
		String received() {
			return "received";
		}

		@GetMapping("/checkout-sessions/3ds.js")
		String script() {
			return "window.CheckoutSessions3ds = {};";
		}

		@RequestMapping("/anything-else")
		String shopPage() {
			return "the shop's own page";
		}

	}

}
