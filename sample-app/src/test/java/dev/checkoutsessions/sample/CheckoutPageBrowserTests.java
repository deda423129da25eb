package dev.checkoutsessions.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.checkoutsessions.emulator.EmulatedSession;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the checkout page, built on {@code /checkout-sessions/3ds.js}, in headless
 * Chromium against the app and its embedded emulator, as a shopper would: every test
 * card, the challenge typed into the ACS iframe at each window size, the 3DS Method that
 * never answers, the hosted page, and the page at 390 px. Each step leaves a screenshot
 * in {@code target/screenshots/<test>/}; assertions read what the shopper and the
 * merchant read. Needs Debian's {@code chromium} and {@code chromium-driver}, at the
 * paths the build passes in ({@code browser-test.chromium},
 * {@code browser-test.chromedriver} in this module's POM). Without them the tests are
 * skipped; the build says so, and fails instead when {@code CI=true} (its
 * {@code chromium-present} check). CI installs them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CheckoutPageBrowserTests {

	private static final Path CHROMIUM = Path.of(System.getProperty("browser-test.chromium", ""));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser-test.chromedriver", ""));

	private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(45);

	private static final String SILENT_ISSUER = "/test/silent-issuer";

	private static final Dimension WINDOW = new Dimension(1100, 1000);

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private BrowserDataRequests browserDataRequests;

	/**
	 * One browser for the class (starting Chromium costs more than most flows), reset
	 * before each test and replaced after a failure.
	 */
	private static ChromeDriver driver;

	private Path screenshots;

	private int shots;

	/** Runs right after a failed test, while the browser still shows what went wrong. */
	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && driver != null) {
			screenshot("failure");
			// Whatever state the failure left (a frame, a dialog, a hung page) is not the
			// next test's.
			quitBrowser();
		}
	};

	@BeforeAll
	static void requireChromium() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				() -> "The browser tests need Debian's Chromium and its driver at '" + CHROMIUM + "' and '"
						+ CHROMEDRIVER + "': install them with 'apt-get install -y chromium chromium-driver'");
	}

	@BeforeEach
	void openCleanBrowser(TestInfo test) throws Exception {
		// One folder per test, and per case of a parameterized one:
		// target/screenshots/<method>[-<case>]/
		String method = test.getTestMethod().orElseThrow().getName();
		String display = test.getDisplayName();
		String folder = display.startsWith(method) ? method
				: method + "-" + display.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
		screenshots = Files.createDirectories(Path.of("target", "screenshots", folder));
		shots = 0;
		if (driver == null) {
			driver = startBrowser();
		}
		// As a new shopper: no page, no cookie of any origin (the pages keep nothing
		// in web storage), the default window, no console message from the test before.
		driver.switchTo().defaultContent();
		driver.get("about:blank");
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		driver.manage().window().setSize(WINDOW);
		driver.manage().logs().get(LogType.BROWSER);
	}

	@AfterAll
	static void quitBrowser() {
		if (driver != null) {
			// quit() stops the driver service too.
			driver.quit();
			driver = null;
		}
	}

	private static ChromeDriver startBrowser() {
		// An explicit driver executable keeps Selenium Manager from running: it would try
		// to download one.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		return new ChromeDriver(service, options);
	}

	@Test
	void frictionlessCardIsApprovedAndEveryStepShowsTheCheckoutComCall() {
		Map<Endpoint, Long> before = counts();
		openCheckout("frictionless");
		screenshot("checkout");
		driver.findElement(By.id("pay")).click();

		String sessionId = awaitResult();
		screenshot("result");
		assertThat(text("status")).isEqualTo("approved");
		assertThat(text("status-meaning")).isEqualTo("The issuer authenticated the cardholder.");
		assertThat(text("response-code")).isEqualTo("Y");
		assertThat(text("response-code-meaning")).isEqualTo("Y: authentication verified.");
		assertThat(text("eci")).isEqualTo("05");
		assertThat(text("eci-meaning")).contains("fully authenticated", "liability shifts to the issuer");
		assertThat(text("cryptogram")).matches(".{4}\\*{4}");
		assertThat(text("merchant-next")).startsWith("Next, the merchant: Authorise the payment (POST /payments)");
		assertThat(timeline())
			.anyMatch((step) -> step.startsWith("POST /sessions → 20") && step.contains("pending, next_actions: ")
					&& step.contains("issuer_fingerprint") && step.contains("via POST /api/sessions (sample)"))
			.anyMatch(
					(step) -> step.startsWith("3DS Method → the issuer's page notified: three_ds_method_completion Y"))
			.anyMatch((step) -> step
				.startsWith("PUT /sessions/" + sessionId + "/collect-data → 200 approved, next_actions: complete"))
			.anyMatch((step) -> step.startsWith("POST /sessions/" + sessionId + "/complete → 204 (no body)"))
			.anyMatch((step) -> step.startsWith("Webhook authentication_approved (signature verified) → approved"))
			.anyMatch((step) -> step
				.startsWith("Callback → SessionCompletedEvent: session re-read with OAuth → approved"));

		// accept_header is the Accept of the page's navigation, not the script's
		// application/json.
		assertThat(browserDataRequests.acceptBySession.get(sessionId)).startsWith("text/html,");
		EmulatedSession session = emulator.session(sessionId).orElseThrow();
		assertThat(session.threeDsMethodInvoked()).isTrue();
		assertThat(session.threeDsMethodCompletion()).isEqualTo("Y");
		assertThat(session.channel()).isEqualTo("browser");
		assertThat(session.completed()).isTrue();
		Map<Endpoint, Long> calls = callsSince(before);
		assertThat(calls.get(Endpoint.CREATE_SESSION)).isEqualTo(1);
		// The kit sends the Method's indicator with the channel data: no separate
		// issuer-fingerprint call.
		assertThat(calls.get(Endpoint.ISSUER_FINGERPRINT)).isZero();
		assertThat(calls.get(Endpoint.COLLECT_DATA)).isEqualTo(1);
		assertThat(calls.get(Endpoint.COMPLETE_SESSION)).isEqualTo(1);
		// One read: the callback receiver's OAuth re-read. The page polls nothing, it
		// hears the completion event.
		assertThat(calls.get(Endpoint.GET_SESSION)).isEqualTo(1);
		assertThat(emulator.callbacks()).anyMatch((callback) -> callback.sessionId().equals(sessionId)
				&& callback.delivered() && callback.status() == 202);
		assertNoConsoleErrors();
	}

	@Test
	void createStepOpensOnTheMaskedRequestAndResponseBodiesAt390Pixels() {
		driver.manage().window().setSize(new Dimension(390, 844));
		openCheckout("frictionless");
		driver.findElement(By.id("pay")).click();
		awaitResult();

		WebElement create = driver.findElements(By.cssSelector("#timeline li"))
			.stream()
			.filter((step) -> step.findElement(By.cssSelector(".call")).getText().equals("POST /sessions"))
			.findFirst()
			.orElseThrow();
		WebElement request = create.findElement(By.cssSelector("details.request"));
		WebElement response = create.findElement(By.cssSelector("details.response"));
		// Collapsed until opened: the timeline stays one line per call.
		assertThat(request.findElement(By.tagName("pre")).isDisplayed()).isFalse();
		request.findElement(By.tagName("summary")).click();
		response.findElement(By.tagName("summary")).click();
		screenshot("create-bodies");
		String sent = request.findElement(By.tagName("pre")).getText();
		String received = response.findElement(By.tagName("pre")).getText();
		assertThat(sent).contains("\"number\": \"•••• 6584\"", "\"amount\": 1000", "\"challenge_notification_url\"")
			.doesNotContain("4485040371536584");
		assertThat(received)
			.contains("\"status\": \"pending\"", "\"next_actions\"",
					"\"session_secret\": \"" + CallBodies.WITHHELD + "\"")
			.doesNotContain("sek_");
		assertNoHorizontalOverflow("create bodies open");
		assertNoConsoleErrors();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "attempted, attempted, A, true", "declined, declined, N, false", "rejected, rejected, R, false",
			"unavailable, unavailable, U, false", "no-3ds-method, approved, Y, true",
			"not-enrolled, unavailable, U, false", "scheme-error, unavailable, U, false" })
	void everyFrictionlessCardShowsItsResultAndWhatTheMerchantDoesNext(String card, String status, String code,
			boolean authorise) {
		openCheckout(card);
		driver.findElement(By.id("pay")).click();

		String sessionId = awaitResult();
		screenshot("result");
		assertThat(text("status")).isEqualTo(status);
		assertThat(text("status-meaning")).isNotEmpty();
		assertThat(text("response-code")).isEqualTo(code);
		assertThat(text("response-code-meaning")).startsWith(code + ": ");
		assertThat(text("merchant-next")).startsWith(authorise ? "Next, the merchant: Authorise the payment"
				: "Next, the merchant: Do not send this card to authorization");
		assertThat(text("result-title"))
			.isEqualTo(authorise ? "Authenticated: go on to authorise" : "Not authenticated: do not authorise");
		EmulatedSession session = emulator.session(sessionId).orElseThrow();
		assertThat(session.status()).isEqualTo(status);
		assertThat(session.completed()).isTrue();
		if ("no-3ds-method".equals(card)) {
			assertThat(session.threeDsMethodInvoked()).isFalse();
			assertThat(timeline()).noneMatch((step) -> step.startsWith("3DS Method"))
				.anyMatch((step) -> step.startsWith("POST /sessions → 20") && step.contains("collect_channel_data")
						&& !step.contains("issuer_fingerprint"));
		}
	}

	@Test
	void challengeCardIsApprovedAfterThePasswordIsTypedIntoTheAcsFrame() {
		Map<Endpoint, Long> before = counts();
		openCheckout("challenge");
		driver.findElement(By.id("pay")).click();

		answerChallenge(SessionsEmulator.CHALLENGE_PASSWORD);
		String sessionId = awaitResult();
		screenshot("result");
		assertThat(text("status")).isEqualTo("approved");
		assertThat(text("response-code")).isEqualTo("Y");
		assertThat(text("cryptogram")).matches(".{4}\\*{4}");
		assertThat(driver.findElement(By.id("challenge")).isDisplayed()).isFalse();
		assertThat(timeline())
			.anyMatch((step) -> step.startsWith("PUT /sessions/" + sessionId
					+ "/collect-data → 200 challenged, next_actions: challenge_cardholder"))
			.anyMatch((step) -> step.startsWith("Challenge → CReq posted to acs.url in an iframe of full screen")
					&& step.contains("challengeWindowSize 05"))
			.anyMatch((step) -> step.startsWith("Challenge → ended: the ACS posted the CRes"))
			.anyMatch((step) -> step.startsWith("Webhook authentication_approved"))
			.anyMatch((step) -> step.startsWith("Callback → SessionCompletedEvent"));

		EmulatedSession session = emulator.session(sessionId).orElseThrow();
		assertThat(session.status()).isEqualTo("approved");
		assertThat(session.completed()).isTrue();
		Map<Endpoint, Long> calls = callsSince(before);
		assertThat(calls.get(Endpoint.CREATE_SESSION)).isEqualTo(1);
		assertThat(calls.get(Endpoint.COLLECT_DATA)).isEqualTo(1);
		assertThat(calls.get(Endpoint.COMPLETE_SESSION)).isEqualTo(1);
		// The page reads the session once the CRes arrives (more only if the shopper
		// takes longer than the kit's read interval), then the callback receiver re-reads
		// it.
		assertThat(calls.get(Endpoint.GET_SESSION)).isGreaterThanOrEqualTo(2);
		assertNoConsoleErrors();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "challenge-attempted, attempted, A, true", "challenge-rejected, rejected, R, false",
			"challenge-unavailable, unavailable, U, false", "challenge-no-3ds-method, approved, Y, true" })
	void everyOtherChallengeCardEndsWithItsResultAfterThePassword(String card, String status, String code,
			boolean authorise) {
		openCheckout(card);
		driver.findElement(By.id("pay")).click();

		answerChallenge(SessionsEmulator.CHALLENGE_PASSWORD);
		String sessionId = awaitResult();
		screenshot("result");
		assertThat(text("status")).isEqualTo(status);
		assertThat(text("response-code")).isEqualTo(code);
		assertThat(text("response-code-meaning")).startsWith(code + ": ");
		assertThat(text("merchant-next")).startsWith(authorise ? "Next, the merchant: Authorise the payment"
				: "Next, the merchant: Do not send this card to authorization");
		EmulatedSession session = emulator.session(sessionId).orElseThrow();
		assertThat(session.status()).isEqualTo(status);
		assertThat(session.completed()).isTrue();
		assertThat(session.threeDsMethodInvoked()).isEqualTo(!"challenge-no-3ds-method".equals(card));
	}

	@Test
	void challengeAnsweredWrongIsNotAuthenticated() {
		openCheckout("challenge-declined");
		driver.findElement(By.id("pay")).click();

		answerChallenge(SessionsEmulator.CHALLENGE_PASSWORD);
		String sessionId = awaitResult();
		screenshot("result");
		assertThat(text("status")).isEqualTo("declined");
		assertThat(text("response-code")).isEqualTo("N");
		assertThat(text("merchant-next")).contains("Do not send this card to authorization");
		assertThat(emulator.session(sessionId).orElseThrow().completed()).isTrue();
	}

	/**
	 * The emulator's CReq always asks for full screen, so the test rewrites
	 * {@code challengeWindowSize} in the CReq as the script receives it; the emulator's
	 * ACS ignores the field, the kit sizes the iframe from it.
	 */
	@ParameterizedTest(name = "window {0}")
	@CsvSource({ "01, 250, 400", "02, 390, 400", "03, 500, 600", "04, 600, 400", "05, 0, 0" })
	void challengeIframeTakesTheSizeTheCReqAsksFor(String windowSize, int width, int height) {
		openCheckout("challenge");
		js("const kit = window.CheckoutSessions3ds, challenge = kit.challenge;"
				+ "kit.challenge = (step, container, hooks) => {"
				+ "  const pad = (t) => t.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((t.length + 3) % 4);"
				+ "  const creq = JSON.parse(atob(pad(step.challengeRequest)));"
				+ "  creq.challengeWindowSize = arguments[0];"
				+ "  const encoded = btoa(JSON.stringify(creq)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');"
				+ "  return challenge(Object.assign({}, step, { challengeRequest: encoded }), container, hooks);"
				+ "};", windowSize);
		driver.findElement(By.id("pay")).click();

		WebElement frame = new WebDriverWait(driver, FLOW_TIMEOUT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.checkout-sessions-challenge")));
		assertThat(frame.getDomAttribute("data-window-size")).isEqualTo(windowSize);
		String label = (width == 0) ? "full screen" : width + "×" + height;
		new WebDriverWait(driver, FLOW_TIMEOUT).until((browser) -> text("challenge-text").contains(label));
		if (width == 0) {
			assertThat(frame.getSize()).isEqualTo(viewport());
		}
		else {
			assertThat(frame.getSize()).isEqualTo(new Dimension(width, height));
		}
		answerChallenge(SessionsEmulator.CHALLENGE_PASSWORD);
		awaitResult();
		assertThat(text("status")).isEqualTo("approved");
		assertThat(timeline())
			.anyMatch((step) -> step.startsWith("Challenge → CReq posted to acs.url in an iframe of " + label)
					&& step.contains("challengeWindowSize " + windowSize));
	}

	/**
	 * An issuer whose 3DS Method page never notifies: the kit gives up after its timeout
	 * (shortened here through {@code CheckoutSessions3ds.methodTimeoutMs}, 10 s by
	 * default) and sends {@code three_ds_method_completion U}.
	 */
	@Test
	void threeDsMethodThatNeverNotifiesIsReportedAsUAfterTheTimeout() {
		openCheckout("frictionless");
		js("const kit = window.CheckoutSessions3ds, runMethod = kit.runMethod;" + "kit.methodTimeoutMs = 700;"
				+ "kit.runMethod = (step, hooks) => runMethod(Object.assign({}, step,"
				+ "  { methodUrl: window.location.origin + arguments[0] }), hooks);", SILENT_ISSUER);
		driver.findElement(By.id("pay")).click();

		String sessionId = awaitResult();
		screenshot("result");
		assertThat(timeline()).anyMatch(
				(step) -> step.startsWith("3DS Method → no notification within 0.7 s: three_ds_method_completion U"));
		EmulatedSession session = emulator.session(sessionId).orElseThrow();
		assertThat(session.threeDsMethodInvoked()).isFalse();
		assertThat(session.threeDsMethodCompletion()).isEqualTo("U");
		assertThat(text("status")).isEqualTo("approved");
	}

	@Test
	void pageHasNoHorizontalOverflowAt390PixelsThroughAChallenge() {
		driver.manage().window().setSize(new Dimension(390, 844));
		openCheckout("challenge");
		assertNoHorizontalOverflow("checkout");
		js("const kit = window.CheckoutSessions3ds, challenge = kit.challenge;"
				+ "kit.challenge = (step, container, hooks) => {"
				+ "  const pad = (t) => t.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((t.length + 3) % 4);"
				+ "  const creq = JSON.parse(atob(pad(step.challengeRequest)));" + "  creq.challengeWindowSize = '03';"
				+ "  const encoded = btoa(JSON.stringify(creq)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');"
				+ "  return challenge(Object.assign({}, step, { challengeRequest: encoded }), container, hooks);"
				+ "};");
		driver.findElement(By.id("pay")).click();
		new WebDriverWait(driver, FLOW_TIMEOUT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.checkout-sessions-challenge")));
		assertNoHorizontalOverflow("challenge 500x600");
		answerChallenge(SessionsEmulator.CHALLENGE_PASSWORD);
		awaitResult();
		assertNoHorizontalOverflow("result and timeline");
		assertNoConsoleErrors();
	}

	@Test
	void hostedFlowRedirectsThroughTheHostedPageAndBack() {
		Map<Endpoint, Long> before = counts();
		openCheckout("frictionless");
		driver.findElement(By.id("pay-hosted")).click();

		new WebDriverWait(driver, FLOW_TIMEOUT).until(ExpectedConditions.urlContains("/hosted/success"));
		screenshot("hosted-result");
		assertThat(text("status")).isEqualTo("approved");
		assertThat(text("merchant-next")).startsWith("Authorise the payment");
		EmulatedSession session = emulator.session(text("session-id")).orElseThrow();
		assertThat(session.hosted()).isTrue();
		assertThat(callsSince(before).get(Endpoint.CREATE_SESSION)).isEqualTo(1);
		assertNoConsoleErrors();
	}

	@Test
	void hostedChallengeIsAnsweredOnTheAcsPageAndReturnsToTheSuccessPage() {
		openCheckout("challenge");
		driver.findElement(By.id("pay-hosted")).click();

		WebDriverWait wait = new WebDriverWait(driver, FLOW_TIMEOUT);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")))
			.sendKeys(SessionsEmulator.CHALLENGE_PASSWORD);
		screenshot("hosted-acs");
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/hosted/success"));
		screenshot("hosted-result");
		assertThat(text("status")).isEqualTo("approved");
		assertThat(text("cryptogram")).matches(".{4}\\*{4}");
		assertThat(emulator.session(text("session-id")).orElseThrow().status()).isEqualTo("approved");
	}

	private void openCheckout(String card) {
		driver.get("http://localhost:" + port + "/");
		new Select(driver.findElement(By.id("card"))).selectByValue(card);
	}

	private void answerChallenge(String password) {
		WebDriverWait wait = new WebDriverWait(driver, FLOW_TIMEOUT);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("challenge")));
		wait.until(ExpectedConditions
			.frameToBeAvailableAndSwitchToIt(By.cssSelector("iframe.checkout-sessions-challenge")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password"))).sendKeys(password);
		driver.switchTo().defaultContent();
		screenshot("challenge");
		wait.until(ExpectedConditions
			.frameToBeAvailableAndSwitchToIt(By.cssSelector("iframe.checkout-sessions-challenge")));
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		driver.switchTo().defaultContent();
	}

	/**
	 * Waits until the page shows a result (or a failure, which fails fast with the page's
	 * message).
	 */
	private String awaitResult() {
		new WebDriverWait(driver, FLOW_TIMEOUT).until((browser) -> driver.findElement(By.id("result")).isDisplayed()
				|| text("progress").startsWith("Failed"));
		assertThat(text("progress")).doesNotStartWith("Failed");
		return text("session-id");
	}

	private void assertNoHorizontalOverflow(String when) {
		screenshot("390px-" + when.replace(' ', '-'));
		Object widths = js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
		@SuppressWarnings("unchecked")
		List<Number> both = (List<Number>) widths;
		assertThat(both.get(0).intValue()).as("page width at 390 px (" + when + ")")
			.isLessThanOrEqualTo(both.get(1).intValue());
	}

	/**
	 * No errors in the console: no failed request (a missing favicon is one), no script
	 * error.
	 */
	private void assertNoConsoleErrors() {
		List<String> errors = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).isEmpty();
	}

	private Dimension viewport() {
		@SuppressWarnings("unchecked")
		List<Number> size = (List<Number>) js(
				"return [document.documentElement.clientWidth, document.documentElement.clientHeight];");
		return new Dimension(size.get(0).intValue(), size.get(1).intValue());
	}

	private Object js(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	private void screenshot(String step) {
		try {
			Path target = screenshots.resolve(String.format("%02d-%s.png", ++shots, step));
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private List<String> timeline() {
		return driver.findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
	}

	private String text(String id) {
		return driver.findElement(By.id(id)).getText();
	}

	private Map<Endpoint, Long> counts() {
		Map<Endpoint, Long> counts = new EnumMap<>(Endpoint.class);
		for (Endpoint endpoint : Endpoint.values()) {
			counts.put(endpoint, emulator.requestCount(endpoint));
		}
		return counts;
	}

	private Map<Endpoint, Long> callsSince(Map<Endpoint, Long> before) {
		Map<Endpoint, Long> calls = counts();
		calls.replaceAll((endpoint, count) -> count - before.get(endpoint));
		return calls;
	}

	/**
	 * An issuer whose 3DS Method page never notifies anyone, and a record of the
	 * browser-data requests.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class BrowserTestConfiguration {

		@Bean
		SilentIssuer silentIssuer() {
			return new SilentIssuer();
		}

		@Bean
		BrowserDataRequests browserDataRequests() {
			return new BrowserDataRequests();
		}

	}

	/**
	 * The {@code Accept} header of each {@code PUT /api/sessions/{id}}: what
	 * {@code BrowserSessions.from} reads.
	 */
	static class BrowserDataRequests extends OncePerRequestFilter {

		final Map<String, String> acceptBySession = new ConcurrentHashMap<>();

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, java.io.IOException {
			String path = request.getRequestURI();
			if ("PUT".equals(request.getMethod()) && path.startsWith("/api/sessions/")) {
				acceptBySession.put(path.substring("/api/sessions/".length()), request.getHeader("Accept"));
			}
			chain.doFilter(request, response);
		}

	}

	@RestController
	static class SilentIssuer {

		@PostMapping(path = SILENT_ISSUER, produces = MediaType.TEXT_HTML_VALUE)
		String methodPage() {
			return "<!DOCTYPE html><html lang=\"en\"><title>Silent issuer</title><p>Fingerprinting, never done.</p></html>";
		}

	}

}
