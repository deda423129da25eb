package dev.checkoutsessions.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cardholder-facing pages a real integration reaches through the session's links: the
 * issuer's 3DS Method page ({@code three_ds_method_url}), the ACS challenge page
 * ({@code acs.url}) and the hosted interceptor ({@code redirect_url}). They are plain
 * HTML forms, so tests drive them with ordinary form posts and a browser can show them
 * inside an iframe.
 */
final class BrowserPages {

	/** The simulated ACS's one-time password, as in the sandbox simulator. */
	static final String CHALLENGE_PASSWORD = "Checkout1!";

	private static final Pattern ROUTE = Pattern.compile("/emulator/(3ds-method|acs|hosted)/([^/]+)(/submit)?");

	private final SessionStore store;

	private final Clock clock;

	private final Supplier<String> baseUrl;

	BrowserPages(SessionStore store, Clock clock, Supplier<String> baseUrl) {
		this.store = store;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	HttpAnswer handle(EmulatorRequest request) {
		Matcher route = ROUTE.matcher(request.path());
		if (!route.matches()) {
			return notFound();
		}
		Session session = store.byId(route.group(2));
		if (session == null) {
			return notFound();
		}
		boolean post = "POST".equals(request.method());
		boolean submit = route.group(3) != null;
		return switch (route.group(1)) {
			case "3ds-method" -> submit ? notFound() : threeDsMethod(session, request);
			case "acs" -> submit ? (post ? submitChallenge(session, request) : notFound()) : challengeForm(session);
			default -> submit ? notFound() : (post ? hostedAuthenticate(session, request) : hostedLanding(session));
		};
	}

	/**
	 * The issuer "fingerprints" the browser, then, as EMVCo's 3DS Method does, posts
	 * {@code threeDSMethodData} to the notification URL it carries (if any) and tells the
	 * parent window it finished.
	 */
	private HttpAnswer threeDsMethod(Session session, EmulatorRequest request) {
		session.markMethodInvoked();
		String methodData = request.form().get("threeDSMethodData");
		String notificationUrl = notificationUrl(methodData);
		String body = "<p>3DS Method complete.</p>"
				+ Html.notifyParent("checkout-sessions-emulator:3ds-method-complete", session.id, "Y")
				+ (methodData == null || notificationUrl == null ? ""
						: Html.autoPost(notificationUrl, "threeDSMethodData", methodData));
		return HttpAnswer.html(200, Html.page("3DS Method", body));
	}

	private HttpAnswer challengeForm(Session session) {
		if (!"challenged".equals(session.status())) {
			return noChallenge(session);
		}
		String body = "<h1>Verify your purchase</h1><p>Enter the one-time password sent to you (hint: "
				+ Html.escape(CHALLENGE_PASSWORD) + ").</p>" + "<form method=\"post\" action=\""
				+ Html.escape(baseUrl.get() + "/emulator/acs/" + session.id)
				+ "/submit\"><label>Password <input type=\"password\" name=\"password\" autocomplete=\"off\" autofocus>"
				+ "</label><br><button type=\"submit\" name=\"action\" value=\"submit\">Submit</button> "
				+ "<button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button></form>";
		return HttpAnswer.html(200, Html.page("3-D Secure challenge", body));
	}

	private HttpAnswer submitChallenge(Session session, EmulatorRequest request) {
		if (!session.actionLock.tryLock()) {
			return busy();
		}
		try {
			if (!"challenged".equals(session.status())) {
				return noChallenge(session);
			}
			Map<String, String> form = request.form();
			boolean cancelled = "cancel".equals(form.get("action"));
			session.finishChallenge(CHALLENGE_PASSWORD.equals(form.get("password")), cancelled, clock.instant());
		}
		finally {
			session.actionLock.unlock();
		}
		if (session.request.completion().hosted()) {
			return redirectToMerchant(session);
		}
		return HttpAnswer.html(200, challengeResult(session));
	}

	/**
	 * After the challenge the ACS hands the CRes to the merchant's notification URL, when
	 * one was given.
	 */
	private String challengeResult(Session session) {
		String status = session.status();
		String notificationUrl = session.request.completion().challengeNotificationUrl();
		String body = "<p>Challenge finished: " + Html.escape(status) + ".</p>"
				+ Html.notifyParent("checkout-sessions-emulator:challenge-complete", session.id, status)
				+ (notificationUrl == null ? "" : Html.autoPost(notificationUrl, "cres", session.cres()));
		return Html.page("3-D Secure challenge", body);
	}

	/**
	 * The hosted interceptor collects the browser's data with script, then posts it back
	 * to run authentication.
	 */
	private HttpAnswer hostedLanding(Session session) {
		if (!session.hasNextAction("redirect_cardholder")) {
			return redirectToMerchant(session);
		}
		if ("challenged".equals(session.status())) {
			return HttpAnswer.redirect(baseUrl.get() + "/emulator/acs/" + session.id);
		}
		String action = baseUrl.get() + "/emulator/hosted/" + session.id;
		String body = "<p>Authenticating your card…</p><form id=\"device\" method=\"post\" action=\""
				+ Html.escape(action) + "\">" + hidden("color_depth", "24") + hidden("screen_height", "1080")
				+ hidden("screen_width", "1920") + hidden("timezone", "0") + hidden("language", "en-GB")
				+ hidden("java_enabled", "false") + hidden("javascript_enabled", "false")
				+ "<noscript><button type=\"submit\">Continue</button></noscript></form><script>"
				+ "var f=document.getElementById('device');f.color_depth.value=String(screen.colorDepth);"
				+ "f.screen_height.value=String(screen.height);f.screen_width.value=String(screen.width);"
				+ "f.timezone.value=String(new Date().getTimezoneOffset());f.language.value=navigator.language;"
				+ "f.javascript_enabled.value='true';f.submit();</script>";
		return HttpAnswer.html(200, Html.page("Authenticating", body));
	}

	private HttpAnswer hostedAuthenticate(Session session, EmulatorRequest request) {
		if (!session.actionLock.tryLock()) {
			return busy();
		}
		try {
			if ("pending".equals(session.status())) {
				session.authenticate(Session.CHANNEL_BROWSER, null, clock.instant());
			}
		}
		finally {
			session.actionLock.unlock();
		}
		if ("challenged".equals(session.status())) {
			return HttpAnswer.redirect(baseUrl.get() + "/emulator/acs/" + session.id);
		}
		return redirectToMerchant(session);
	}

	/**
	 * Approved or attempted go to {@code success_url}, everything else to
	 * {@code failure_url}, as the hosted completion's URLs are described in the API
	 * reference.
	 */
	private static HttpAnswer redirectToMerchant(Session session) {
		Completion completion = session.request.completion();
		if (!completion.hosted()) {
			return noChallenge(session);
		}
		String url = session.isHostedSuccess() ? completion.successUrl() : completion.failureUrl();
		if (url == null) {
			// The parser refuses a hosted completion without both URLs, so this is a bug
			// in the emulator.
			throw new IllegalStateException("Hosted session " + session.id + " has no success_url or failure_url");
		}
		return HttpAnswer.redirect(url);
	}

	/**
	 * The notification URL inside base64url {@code threeDSMethodData}, or {@code null}
	 * when absent or unreadable.
	 */
	private static @Nullable String notificationUrl(@Nullable String methodData) {
		if (methodData == null || methodData.isBlank()) {
			return null;
		}
		try {
			String json = new String(Base64.getUrlDecoder().decode(methodData.trim()), StandardCharsets.UTF_8);
			ObjectNode data = Json.readObject(json);
			String url = data == null ? null : Json.text(data, "threeDSMethodNotificationURL");
			return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String hidden(String name, String value) {
		return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\">";
	}

	private static HttpAnswer noChallenge(Session session) {
		return HttpAnswer.html(409, Html.page("No challenge",
				"<p>No challenge is in progress for this session (" + Html.escape(session.status()) + ").</p>"));
	}

	private static HttpAnswer busy() {
		return HttpAnswer.html(409, Html.page("Busy", "<p>This session is being processed; try again.</p>"));
	}

	private static HttpAnswer notFound() {
		return HttpAnswer.html(404, Html.page("Not found", "<p>Unknown session.</p>"));
	}

}
