package dev.checkoutsessions.sample;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.checkoutsessions.client.SessionSecretOperations;
import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.Currency;
import dev.checkoutsessions.client.model.GetSessionResponse;
import dev.checkoutsessions.client.model.HostedCompletionInfo;
import dev.checkoutsessions.client.model.NonHostedCompletionInfo;
import dev.checkoutsessions.client.model.SessionCardSource;
import dev.checkoutsessions.client.model.SessionRequest;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletionRequest;
import dev.checkoutsessions.sample.SessionView.Call;

/**
 * The sample's own API, which the checkout page and curl users call. Each endpoint is one Sessions operation. The
 * session-scoped ones take an optional {@value #SECRET_HEADER} header: with it the call is made with that session's
 * secret, as a front end would; without it, with the merchant's OAuth credentials, as a back end would.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionsApiController {

	static final String SECRET_HEADER = "X-Session-Secret";

	private final SessionsClient sessions;

	private static final Pattern SESSION_ID = Pattern.compile("sid_\\w{26}");

	private final HostedOrders hostedOrders;

	private final SampleCallbacks callbacks;

	private final SessionOutcomes outcomes;

	SessionsApiController(SessionsClient sessions, HostedOrders hostedOrders, SampleCallbacks callbacks,
			SessionOutcomes outcomes) {
		this.sessions = sessions;
		this.hostedOrders = hostedOrders;
		this.callbacks = callbacks;
		this.outcomes = outcomes;
	}

	/**
	 * Requests a non-hosted browser session; the page then runs the 3DS Method, channel data and challenge. Its
	 * {@code callback_url} is this application's callback receiver, so completing it publishes the result.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@RequestBody(required = false) Checkout checkout) {
		Checkout order = Checkout.orDefault(checkout);
		SessionRequest request = sessionRequest(order)
			.completion(NonHostedCompletionInfo.builder().callbackUrl(callbacks.callbackUrl()).build())
			.build();
		return created(request);
	}

	/**
	 * What happens to the session, as server-sent events: {@code authentication} for each signed authentication
	 * webhook, then {@code completed} with the result the starter read after the completion callback.
	 */
	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable String id) {
		if (!SESSION_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("id must be a session id (sid_ followed by 26 characters)");
		}
		return outcomes.subscribe(id);
	}

	/** Requests a hosted session: Checkout.com's page collects the browser data and runs the challenge. */
	@PostMapping("/hosted")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView createHosted(@RequestBody(required = false) Checkout checkout) {
		Checkout order = Checkout.orDefault(checkout);
		String reference = hostedOrders.newReference();
		String pages = ServletUriComponentsBuilder.fromCurrentContextPath().path("/hosted/").toUriString();
		SessionRequest request = sessionRequest(order).reference(reference)
			.completion(HostedCompletionInfo.builder()
				.successUrl(pages + "success?order=" + reference)
				.failureUrl(pages + "failure?order=" + reference)
				.build())
			.build();
		SessionView view = created(request);
		hostedOrders.put(reference, view.id());
		return view;
	}

	@GetMapping("/{id}")
	SessionView get(@PathVariable String id, @RequestHeader(name = SECRET_HEADER, required = false) String secret) {
		return session("get_session_details", secret, (ops) -> ops.getSessionDetails(id),
				(client) -> client.getSessionDetails(id));
	}

	/** Reports whether the 3DS Method finished ({@code Y}), timed out ({@code N}) or was not run ({@code U}). */
	@PutMapping("/{id}/issuer-fingerprint")
	SessionView issuerFingerprint(@PathVariable String id,
			@RequestHeader(name = SECRET_HEADER, required = false) String secret,
			@RequestBody MethodCompletion body) {
		ThreeDsMethodCompletionRequest request = ThreeDsMethodCompletionRequest.builder()
			.threeDsMethodCompletion(ThreeDsMethodCompletion.of(body.threeDsMethodCompletion()))
			.build();
		return session("update_3ds_method_completion_indicator", secret,
				(ops) -> ops.update3dsMethodCompletionIndicator(id, request),
				(client) -> client.update3dsMethodCompletionIndicator(id, request));
	}

	/**
	 * Sends the browser's channel data. Screen, language and timezone come from the page's script; the accept header,
	 * user agent and IP address come from the HTTP requests the browser made, which script cannot fake.
	 */
	@PutMapping("/{id}/collect-data")
	SessionView collectData(@PathVariable String id,
			@RequestHeader(name = SECRET_HEADER, required = false) String secret, @RequestBody BrowserInfo browser,
			HttpServletRequest http) {
		BrowserSession channelData = BrowserSession.builder()
			.acceptHeader(StringUtils.hasText(browser.acceptHeader()) ? browser.acceptHeader()
					: http.getHeader(HttpHeaders.ACCEPT))
			.userAgent(http.getHeader(HttpHeaders.USER_AGENT))
			.ipAddress(http.getRemoteAddr())
			.javaEnabled(browser.javaEnabled() != null ? browser.javaEnabled() : Boolean.FALSE)
			.javascriptEnabled(browser.javascriptEnabled() != null ? browser.javascriptEnabled() : Boolean.TRUE)
			.language(browser.language())
			.colorDepth(browser.colorDepth())
			.screenHeight(browser.screenHeight())
			.screenWidth(browser.screenWidth())
			.timezone(browser.timezone())
			.threeDsMethodCompletion(StringUtils.hasText(browser.threeDsMethodCompletion())
					? ThreeDsMethodCompletion.of(browser.threeDsMethodCompletion()) : null)
			.build();
		return session("update_session", secret, (ops) -> ops.updateSession(id, channelData),
				(client) -> client.updateSession(id, channelData));
	}

	/**
	 * Completes the session, which makes Checkout.com post the result to the {@code callback_url}, if any. The API
	 * answers 204 with no body, so this answers with the call only.
	 */
	@PostMapping("/{id}/complete")
	Completed complete(@PathVariable String id,
			@RequestHeader(name = SECRET_HEADER, required = false) String secret) {
		return new Completed(id, timed("complete_session", secret, () -> {
			if (StringUtils.hasText(secret)) {
				sessions.withSessionSecret(secret).completeSession(id);
			}
			else {
				sessions.completeSession(id);
			}
			return null;
		}).call());
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

	private SessionView created(SessionRequest request) {
		Timed<GetSessionResponse> created = timed("request_session", null,
				() -> sessions.requestSession(request).getSession());
		return SessionView.of(created.value(), created.call(), true);
	}

	private SessionView session(String operation, String secret,
			Function<SessionSecretOperations, GetSessionResponse> withSecret,
			Function<SessionsClient, GetSessionResponse> withOAuth) {
		Timed<GetSessionResponse> result = timed(operation, secret,
				() -> StringUtils.hasText(secret) ? withSecret.apply(sessions.withSessionSecret(secret))
						: withOAuth.apply(sessions));
		return SessionView.of(result.value(), result.call(), false);
	}

	private static <T> Timed<T> timed(String operation, String secret, Supplier<T> call) {
		long start = System.nanoTime();
		T value = call.get();
		long durationMs = (System.nanoTime() - start) / 1_000_000;
		return new Timed<>(value, new Call(operation, StringUtils.hasText(secret) ? "session_secret" : "oauth",
				durationMs));
	}

	private record Timed<T>(T value, Call call) {

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
	 * @param call the completion call
	 */
	record Completed(String id, Call call) {

	}

	/** @param threeDsMethodCompletion {@code Y}, {@code N} or {@code U} */
	record MethodCompletion(String threeDsMethodCompletion) {

	}

	/**
	 * The channel data only script can read ({@code navigator}, {@code screen}, the timezone offset) plus the accept
	 * header the server saw when the browser loaded the page.
	 */
	record BrowserInfo(String acceptHeader, Boolean javaEnabled, Boolean javascriptEnabled, String language,
			String colorDepth, String screenHeight, String screenWidth, String timezone,
			String threeDsMethodCompletion) {

	}

}
