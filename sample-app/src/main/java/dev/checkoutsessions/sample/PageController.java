package dev.checkoutsessions.sample;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.web.browser.ThreeDsScript;

/**
 * The server-rendered pages: the checkout and the hosted flow's landing pages. The 3DS
 * Method and challenge notification pages come with the kit
 * ({@code checkout.browser.enabled}).
 */
@Controller
class PageController {

	private static final List<String> CURRENCIES = List.of("GBP", "EUR", "USD");

	private final SessionsClient sessions;

	private final HostedOrders hostedOrders;

	private final ObjectProvider<SessionsEmulator> emulator;

	private final SampleCallbacks callbacks;

	private final ThreeDsScript script;

	PageController(SessionsClient sessions, HostedOrders hostedOrders, ObjectProvider<SessionsEmulator> emulator,
			SampleCallbacks callbacks, ThreeDsScript script) {
		this.sessions = sessions;
		this.hostedOrders = hostedOrders;
		this.emulator = emulator;
		this.callbacks = callbacks;
		this.script = script;
	}

	/**
	 * The checkout: loads the kit's versioned script and tells the page which events it
	 * can wait for. The accept header of this navigation is what 3DS wants in the channel
	 * data; the script sends it back with the browser data.
	 */
	@GetMapping("/")
	String checkout(Model model, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		model.addAttribute("cards", DemoCard.values());
		model.addAttribute("currencies", CURRENCIES);
		model.addAttribute("emulated", emulator.getIfAvailable() != null);
		model.addAttribute("threeDs", script);
		model.addAttribute("acceptHeader", accept);
		model.addAttribute("completionEvents", callbacks.completionEvents());
		model.addAttribute("webhookEvents", callbacks.webhookEvents());
		return "checkout";
	}

	/**
	 * Where Checkout.com's hosted page sends the cardholder back. The redirect says
	 * nothing trustworthy about the outcome, so the result shown is read from the API
	 * with OAuth.
	 */
	@GetMapping("/hosted/{outcome:success|failure}")
	String hostedResult(@PathVariable String outcome, @RequestParam("order") String order, Model model) {
		String sessionId = hostedOrders.sessionId(order);
		model.addAttribute("outcome", outcome);
		model.addAttribute("order", order);
		if (sessionId != null) {
			long start = System.nanoTime();
			GetSessionResponse session = sessions.getSessionDetails(sessionId);
			long durationMs = (System.nanoTime() - start) / 1_000_000;
			model.addAttribute("answer", SessionAnswer.of(session,
					SessionAnswer.Call.of("GET /sessions/" + sessionId, 200, session, durationMs)));
		}
		return "hosted-result";
	}

}
