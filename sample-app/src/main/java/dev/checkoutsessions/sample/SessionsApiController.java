package dev.checkoutsessions.sample;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.HostedCompletionInfo;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.SessionResponse;
import dev.checkoutsessions.sample.SessionAnswer.Call;
import dev.checkoutsessions.web.browser.BrowserFields;
import dev.checkoutsessions.web.browser.BrowserSessions;
import dev.checkoutsessions.web.browser.ThreeDsScript;

/**
 * The three endpoints a merchant writes for {@code /checkout-sessions/3ds.js}: create,
 * read (and send the browser's data to), complete. Each makes one Sessions call with the
 * merchant's OAuth credentials and answers with the kit's
 * {@link dev.checkoutsessions.web.browser.BrowserStep}; the script does the rest. The session
 * secret never reaches the page.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionsApiController {

	private static final Pattern SESSION_ID = Pattern.compile("sid_\\w{26}");

	private final SessionsClient sessions;

	private final HostedOrders hostedOrders;

	private final SampleCallbacks callbacks;

	private final SessionOutcomes outcomes;

	private final ThreeDsScript script;

	private final CallBodies bodies;

	SessionsApiController(SessionsClient sessions, HostedOrders hostedOrders, SampleCallbacks callbacks,
			SessionOutcomes outcomes, ThreeDsScript script, CallBodies bodies) {
		this.bodies = bodies;
		this.sessions = sessions;
		this.hostedOrders = hostedOrders;
		this.callbacks = callbacks;
		this.outcomes = outcomes;
		this.script = script;
	}

	/**
	 * Create: a non-hosted browser session. Its {@code callback_url} is this
	 * application's callback receiver and its {@code challenge_notification_url} the
	 * kit's page, which tells the script when the challenge has ended.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SessionAnswer create(@RequestBody(required = false) Checkout checkout) {
		String notification = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(script.getChallengeNotificationPath())
			.toUriString();
		return created(sessionRequest(Checkout.orDefault(checkout))
			.completion(NonHostedCompletionInfo.builder()
				.callbackUrl(callbacks.callbackUrl())
				.challengeNotificationUrl(notification)
				.build())
			.build());
	}

	/** Read: where the session stands and what the script does next. */
	@GetMapping("/{id}")
	SessionAnswer read(@PathVariable String id) {
		return call("GET /sessions/" + id, 200, null, () -> sessions.getSessionDetails(id));
	}

	/**
	 * The browser's data, with the 3DS Method's outcome: {@link BrowserSessions#from}
	 * adds what only the server knows (IP address, {@code Accept}, {@code User-Agent})
	 * and checks the rest.
	 */
	@PutMapping("/{id}")
	SessionAnswer collectData(@PathVariable String id, @RequestBody BrowserFields fields, HttpServletRequest http) {
		BrowserSession channelData = BrowserSessions.from(http, fields);
		return call("PUT /sessions/" + id + "/collect-data", 200, channelData,
				() -> sessions.updateSession(id, channelData));
	}

	/**
	 * Complete: Checkout.com posts the result to the {@code callback_url}; the page hears
	 * it as the {@code completed} event. The API answers 204 with no body.
	 */
	@PostMapping("/{id}/complete")
	Completed complete(@PathVariable String id) {
		long start = System.nanoTime();
		sessions.completeSession(id);
		return new Completed(id, "POST /sessions/" + id + "/complete", 204, millisSince(start));
	}

	/**
	 * What happens to the session, as server-sent events: {@code authentication} for each
	 * signed authentication webhook, then {@code completed} with the answer built from
	 * the session the starter re-read after the callback.
	 */
	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable String id) {
		if (!SESSION_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("id must be a session id (sid_ followed by 26 characters)");
		}
		return outcomes.subscribe(id);
	}

	/**
	 * A hosted session: Checkout.com's page collects the browser data and runs the
	 * challenge.
	 */
	@PostMapping("/hosted")
	@ResponseStatus(HttpStatus.CREATED)
	SessionAnswer createHosted(@RequestBody(required = false) Checkout checkout) {
		String reference = hostedOrders.newReference();
		String pages = ServletUriComponentsBuilder.fromCurrentContextPath().path("/hosted/").toUriString();
		SessionAnswer answer = created(sessionRequest(Checkout.orDefault(checkout)).reference(reference)
			.completion(HostedCompletionInfo.builder()
				.successUrl(pages + "success?order=" + reference)
				.failureUrl(pages + "failure?order=" + reference)
				.build())
			.build());
		hostedOrders.put(reference, answer.step().sessionId());
		return answer;
	}

	private SessionRequest.Builder sessionRequest(Checkout order) {
		DemoCard card = DemoCard.byKey(order.card())
			.orElseThrow(() -> new IllegalArgumentException("Unknown card '" + order.card() + "'; pick one of "
					+ Arrays.stream(DemoCard.values()).map(DemoCard::getKey).toList()));
		if (order.amount() < 0) {
			throw new IllegalArgumentException("amount must not be negative");
		}
		return SessionRequest.builder()
			.source(SessionCardSource.builder()
				.number(card.number())
				.expiryMonth(12)
				.expiryYear(LocalDate.now().getYear() + 3)
				.name("Sample Cardholder")
				.build())
			.amount(order.amount())
			.currency(Currency.of(order.currency()));
	}

	private SessionAnswer created(SessionRequest request) {
		long start = System.nanoTime();
		SessionResponse response = sessions.requestSession(request);
		GetSessionResponse session = response.getSession();
		long duration = millisSince(start);
		return SessionAnswer.of(session, Call.of("POST /sessions", response.getHttpStatusCode(), session, duration,
				bodies.masked(request), bodies.masked(session)));
	}

	private SessionAnswer call(String request, int httpStatus, Object requestBody, Supplier<GetSessionResponse> call) {
		long start = System.nanoTime();
		GetSessionResponse session = call.get();
		long duration = millisSince(start);
		return SessionAnswer.of(session,
				Call.of(request, httpStatus, session, duration, bodies.masked(requestBody), bodies.masked(session)));
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * What the shopper checks out with.
	 *
	 * @param card a {@link DemoCard} key, {@code frictionless} by default
	 * @param amount in minor units, 1000 by default
	 * @param currency ISO 4217, {@code GBP} by default
	 */
	record Checkout(String card, Long amount, String currency) {

		static Checkout orDefault(Checkout checkout) {
			Checkout given = (checkout != null) ? checkout : new Checkout(null, null, null);
			return new Checkout(StringUtils.hasText(given.card) ? given.card : DemoCard.FRICTIONLESS.getKey(),
					(given.amount != null) ? given.amount : 1000L,
					StringUtils.hasText(given.currency) ? given.currency : "GBP");
		}

	}

	/**
	 * @param id the completed session
	 * @param request the Checkout.com call
	 * @param httpStatus what Checkout.com answered
	 * @param durationMs how long it took
	 */
	record Completed(String id, String request, int httpStatus, long durationMs) {

	}

}
