package dev.checkoutsessions.web.browser;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Serves the browser kit in a WebFlux application. WebFlux's {@code @RequestParam} reads
 * the query only, so the notification pages take their value from the ACS's form post
 * ({@code application/x-www-form-urlencoded}) when there is one, else from the query.
 */
@RestController
final class ReactiveBrowserKitEndpoints {

	private final BrowserKitPages pages;

	ReactiveBrowserKitEndpoints(BrowserKitPages pages) {
		this.pages = pages;
	}

	@GetMapping(ThreeDsScript.PATH)
	ResponseEntity<byte[]> script(@RequestParam(name = "v", required = false) @Nullable String version) {
		return this.pages.script(version);
	}

	@RequestMapping(path = "${checkout.browser.method-notification-path:/checkout-sessions/3ds-method/notification}",
			method = { RequestMethod.POST, RequestMethod.GET })
	Mono<ResponseEntity<String>> methodNotification(ServerWebExchange exchange) {
		return answer(exchange, "threeDSMethodData", this.pages::methodNotification);
	}

	@RequestMapping(
			path = "${checkout.browser.challenge-notification-path:/checkout-sessions/3ds-challenge/notification}",
			method = { RequestMethod.POST, RequestMethod.GET })
	Mono<ResponseEntity<String>> challengeNotification(ServerWebExchange exchange) {
		return answer(exchange, "cres", this.pages::challengeNotification);
	}

	private static Mono<ResponseEntity<String>> answer(ServerWebExchange exchange, String parameter,
			Function<@Nullable String, ResponseEntity<String>> page) {
		return exchange.getFormData().map((form) -> {
			String value = form.getFirst(parameter);
			return page.apply((value != null) ? value : exchange.getRequest().getQueryParams().getFirst(parameter));
		});
	}

}
