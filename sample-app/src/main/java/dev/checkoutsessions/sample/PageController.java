package dev.checkoutsessions.sample;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.emulator.SessionsEmulator;

/** The server-rendered pages: the checkout, the hosted flow's landing pages and the 3DS Method notification. */
@Controller
class PageController {

	private static final List<String> CURRENCIES = List.of("GBP", "EUR", "USD");

	private final SessionsClient sessions;

	private final HostedOrders hostedOrders;

	private final ObjectProvider<SessionsEmulator> emulator;

	private final SampleCallbacks callbacks;

	PageController(SessionsClient sessions, HostedOrders hostedOrders, ObjectProvider<SessionsEmulator> emulator,
			SampleCallbacks callbacks) {
		this.sessions = sessions;
		this.hostedOrders = hostedOrders;
		this.emulator = emulator;
		this.callbacks = callbacks;
	}

	/**
	 * The checkout. The accept header of this navigation is what 3DS wants in the channel data (the page's own
	 * {@code fetch} calls send a different one), so it is handed to the script here.
	 */
	@GetMapping("/")
	String checkout(Model model, HttpServletRequest request) {
		model.addAttribute("cards", DemoCard.values());
		model.addAttribute("currencies", CURRENCIES);
		model.addAttribute("emulated", emulator.getIfAvailable() != null);
		model.addAttribute("acceptHeader", request.getHeader(HttpHeaders.ACCEPT));
		model.addAttribute("completionEvents", callbacks.completionEvents());
		model.addAttribute("webhookEvents", callbacks.webhookEvents());
		return "checkout";
	}

	/**
	 * Where Checkout.com's hosted page sends the cardholder back. The redirect says nothing trustworthy about the
	 * outcome, so the result shown is read from the API with OAuth.
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
			model.addAttribute("result",
					SessionView.of(session, new SessionView.Call("get_session_details", "oauth", durationMs), false));
		}
		return "hosted-result";
	}

	/**
	 * The 3DS Method's notification URL: the issuer's page posts {@code threeDSMethodData} here inside the hidden
	 * iframe when it has finished, and this page tells the checkout.
	 */
	@RequestMapping(path = "/three-ds-method/notification", method = { RequestMethod.GET, RequestMethod.POST })
	String threeDsMethodNotification() {
		return "three-ds-method-notification";
	}

}
