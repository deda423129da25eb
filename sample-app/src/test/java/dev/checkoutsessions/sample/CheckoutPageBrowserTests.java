package dev.checkoutsessions.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.checkoutsessions.emulator.EmulatedSession;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the checkout page in headless Chromium against the app and its embedded emulator, as a shopper would:
 * frictionless, challenged (typing the password into the ACS iframe) and hosted. Needs Debian's {@code chromium}
 * and {@code chromium-driver}; CI installs them. A failing test leaves a screenshot in
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CheckoutPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(45);

	@LocalServerPort
	private int port;

	@Autowired
	private SessionsEmulator emulator;

	private WebDriver driver;

	/** Runs before {@code @AfterEach}, while the browser still shows what went wrong. */
	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && driver instanceof TakesScreenshot camera) {
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			Path target = screenshots.resolve(context.getRequiredTestMethod().getName() + ".png");
			Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
	};

	@BeforeAll
	static void requireChromium() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser test needs Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": install them with 'apt-get install -y chromium chromium-driver'");
		}
	}

	@BeforeEach
	void openBrowser() {
		// An explicit driver executable keeps Selenium Manager from running: it would try to download one.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1100,1000");
		// quit() stops the driver service too, so each test gets its own.
		driver = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void frictionlessCardIsApprovedWithoutChallenge() {
		Map<Endpoint, Long> before = counts();
		openCheckout("frictionless");
		driver.findElement(By.id("pay")).click();

		String sessionId = awaitResult();
		assertThat(text("status")).isEqualTo("approved");
		assertThat(text("response-code")).isEqualTo("Y");
		assertThat(text("eci")).isNotEqualTo("—");
		assertThat(text("cryptogram")).matches(".{4}\\*{4}");
		assertThat(driver.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThanOrEqualTo(5);

		EmulatedSession session = emulator.session(sessionId).orElseThrow();
		assertThat(session.threeDsMethodInvoked()).isTrue();
		assertThat(session.threeDsMethodCompletion()).isEqualTo("Y");
		assertThat(session.channel()).isEqualTo("browser");
		assertThat(session.completed()).isTrue();
		Map<Endpoint, Long> calls = callsSince(before);
		assertThat(calls.get(Endpoint.CREATE_SESSION)).isEqualTo(1);
		assertThat(calls.get(Endpoint.ISSUER_FINGERPRINT)).isEqualTo(1);
		assertThat(calls.get(Endpoint.COLLECT_DATA)).isEqualTo(1);
		assertThat(calls.get(Endpoint.COMPLETE_SESSION)).isEqualTo(1);
		// One read: the callback receiver's OAuth re-read. The page polls nothing, it hears the events.
		assertThat(calls.get(Endpoint.GET_SESSION)).isEqualTo(1);
		assertThat(timeline()).anyMatch((step) -> step.startsWith("Webhook authentication_approved"))
			.anyMatch((step) -> step.startsWith("SessionCompletedEvent callback → session re-read with OAuth → approved"));
		assertThat(emulator.callbacks()).anyMatch((callback) -> callback.sessionId().equals(sessionId)
				&& callback.delivered() && callback.status() == 202);
	}

	@Test
	void challengeCardIsApprovedAfterThePasswordIsTypedIntoTheAcsFrame() {
		Map<Endpoint, Long> before = counts();
		openCheckout("challenge");
		driver.findElement(By.id("pay")).click();

		WebDriverWait wait = new WebDriverWait(driver, FLOW_TIMEOUT);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("challenge")));
		wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("acs-frame"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")))
			.sendKeys(SessionsEmulator.CHALLENGE_PASSWORD);
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		driver.switchTo().defaultContent();

		String sessionId = awaitResult();
		assertThat(text("status")).isEqualTo("approved");
		assertThat(text("response-code")).isEqualTo("Y");
		assertThat(text("cryptogram")).matches(".{4}\\*{4}");
		assertThat(driver.findElement(By.id("challenge")).isDisplayed()).isFalse();

		EmulatedSession session = emulator.session(sessionId).orElseThrow();
		assertThat(session.status()).isEqualTo("approved");
		assertThat(session.completed()).isTrue();
		Map<Endpoint, Long> calls = callsSince(before);
		assertThat(calls.get(Endpoint.CREATE_SESSION)).isEqualTo(1);
		assertThat(calls.get(Endpoint.COLLECT_DATA)).isEqualTo(1);
		assertThat(calls.get(Endpoint.COMPLETE_SESSION)).isEqualTo(1);
		// No polling during or after the challenge: the webhook says when it ended, the completion event carries the
		// result; the only read is the callback receiver's OAuth re-read.
		assertThat(calls.get(Endpoint.GET_SESSION)).isEqualTo(1);
		assertThat(timeline()).anyMatch((step) -> step.startsWith("Webhook authentication_approved"))
			.anyMatch((step) -> step.startsWith("SessionCompletedEvent"));
	}

	@Test
	void hostedFlowRedirectsThroughTheHostedPageAndBack() {
		Map<Endpoint, Long> before = counts();
		openCheckout("frictionless");
		driver.findElement(By.id("pay-hosted")).click();

		new WebDriverWait(driver, FLOW_TIMEOUT).until(ExpectedConditions.urlContains("/hosted/success"));
		assertThat(text("status")).isEqualTo("approved");
		EmulatedSession session = emulator.session(text("session-id")).orElseThrow();
		assertThat(session.hosted()).isTrue();
		assertThat(callsSince(before).get(Endpoint.CREATE_SESSION)).isEqualTo(1);
	}

	@Test
	void hostedChallengeIsAnsweredOnTheAcsPageAndReturnsToTheSuccessPage() {
		openCheckout("challenge");
		driver.findElement(By.id("pay-hosted")).click();

		WebDriverWait wait = new WebDriverWait(driver, FLOW_TIMEOUT);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")))
			.sendKeys(SessionsEmulator.CHALLENGE_PASSWORD);
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/hosted/success"));
		assertThat(text("status")).isEqualTo("approved");
		assertThat(text("cryptogram")).matches(".{4}\\*{4}");
		assertThat(emulator.session(text("session-id")).orElseThrow().status()).isEqualTo("approved");
	}

	private void openCheckout(String card) {
		driver.get("http://localhost:" + port + "/");
		new Select(driver.findElement(By.id("card"))).selectByValue(card);
	}

	/** Waits until the page shows a result (or a failure, which fails fast with the page's message). */
	private String awaitResult() {
		new WebDriverWait(driver, FLOW_TIMEOUT).until((browser) -> driver.findElement(By.id("result")).isDisplayed()
				|| text("progress").startsWith("Failed"));
		assertThat(text("progress")).doesNotStartWith("Failed");
		return text("session-id");
	}

	private java.util.List<String> timeline() {
		return driver.findElements(By.cssSelector("#timeline li")).stream().map(org.openqa.selenium.WebElement::getText)
			.toList();
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

}
