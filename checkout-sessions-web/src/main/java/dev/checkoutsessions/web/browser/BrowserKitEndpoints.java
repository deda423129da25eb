package dev.checkoutsessions.web.browser;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the browser kit in a servlet application: {@code @RequestParam} reads the query
 * and the ACS's form post alike.
 */
@RestController
final class BrowserKitEndpoints {

	private final BrowserKitPages pages;

	BrowserKitEndpoints(BrowserKitPages pages) {
		this.pages = pages;
	}

	@GetMapping(ThreeDsScript.PATH)
	ResponseEntity<byte[]> script(@RequestParam(name = "v", required = false) @Nullable String version) {
		return this.pages.script(version);
	}

	@RequestMapping(path = "${checkout.browser.method-notification-path:/checkout-sessions/3ds-method/notification}",
			method = { RequestMethod.POST, RequestMethod.GET })
	ResponseEntity<String> methodNotification(
			@RequestParam(name = "threeDSMethodData", required = false) @Nullable String methodData) {
		return this.pages.methodNotification(methodData);
	}

	@RequestMapping(
			path = "${checkout.browser.challenge-notification-path:/checkout-sessions/3ds-challenge/notification}",
			method = { RequestMethod.POST, RequestMethod.GET })
	ResponseEntity<String> challengeNotification(@RequestParam(name = "cres", required = false) @Nullable String cres) {
		return this.pages.challengeNotification(cres);
	}

}
