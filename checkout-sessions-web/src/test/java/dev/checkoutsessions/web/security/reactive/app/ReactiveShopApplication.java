package dev.checkoutsessions.web.security.reactive.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A WebFlux shop with the starter's receivers (switched on by each test) and one page of
 * its own, which Spring Security must keep behind a login.
 */
@SpringBootApplication
public class ReactiveShopApplication {

	@RestController
	static class ShopPage {

		@RequestMapping("/anything-else")
		String shopPage() {
			return "the shop's own page";
		}

	}

}
