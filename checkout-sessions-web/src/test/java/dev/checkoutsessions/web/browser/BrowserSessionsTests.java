package dev.checkoutsessions.web.browser;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.client.model.ThreeDsMethodCompletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BrowserSessionsTests {

	private static final BrowserFields FIELDS = new BrowserFields(false, true, "en-GB", "24", "1080", "1920", "-60",
			"Y");

	@Test
	void takesIpAcceptAndUserAgentFromTheRequestAndTheRestFromThePage() {
		BrowserSession browser = BrowserSessions.from(request(), FIELDS);

		assertThat(browser.getIpAddress()).isEqualTo("203.0.113.7");
		assertThat(browser.getAcceptHeader()).isEqualTo("text/html,application/xhtml+xml");
		assertThat(browser.getUserAgent()).isEqualTo("Mozilla/5.0 (X11; Linux x86_64)");
		assertThat(browser.getJavaEnabled()).isFalse();
		assertThat(browser.getJavascriptEnabled()).isTrue();
		assertThat(browser.getLanguage()).isEqualTo("en-GB");
		assertThat(browser.getColorDepth()).isEqualTo("24");
		assertThat(browser.getScreenHeight()).isEqualTo("1080");
		assertThat(browser.getScreenWidth()).isEqualTo("1920");
		assertThat(browser.getTimezone()).isEqualTo("-60");
		assertThat(browser.getThreeDsMethodCompletion()).isEqualTo(ThreeDsMethodCompletion.Y);
	}

	@Test
	void aRawForwardedForHeaderIsNeverTrusted() {
		MockHttpServletRequest request = request();
		request.addHeader("X-Forwarded-For", "198.51.100.99");
		request.addHeader("Forwarded", "for=198.51.100.99");

		assertThat(BrowserSessions.from(request, FIELDS).getIpAddress()).isEqualTo("203.0.113.7");
	}

	@Test
	void theMethodIndicatorDefaultsToUnavailableAndJavascriptToEnabled() {
		BrowserSession browser = BrowserSessions.from(request(),
				new BrowserFields(false, null, "de", "32", "900", "390", "0", null));

		assertThat(browser.getThreeDsMethodCompletion()).isEqualTo(ThreeDsMethodCompletion.U);
		assertThat(browser.getJavascriptEnabled()).isTrue();
	}

	@Test
	void eachInvalidFieldIsNamed() {
		assertInvalid(new BrowserFields(null, true, "en-GB", "24", "1080", "1920", "-60", "Y"),
				"java_enabled is missing");
		assertInvalid(new BrowserFields(false, true, "english please", "24", "1080", "1920", "-60", "Y"),
				"language must be a BCP 47 tag");
		assertInvalid(new BrowserFields(false, true, "en-GB", "240", "1080", "1920", "-60", "Y"),
				"color_depth must be");
		assertInvalid(new BrowserFields(false, true, "en-GB", "24", "1080px", "1920", "-60", "Y"),
				"screen_height must be");
		assertInvalid(new BrowserFields(false, true, "en-GB", "24", "1080", null, "-60", "Y"),
				"screen_width is missing");
		assertInvalid(new BrowserFields(false, true, "en-GB", "24", "1080", "1920", "UTC+1", "Y"), "timezone must be");
		assertInvalid(new BrowserFields(false, true, "en-GB", "24", "1080", "1920", "-60", "yes"),
				"three_ds_method_completion must be Y, N or U");
	}

	@Test
	void headersTheBrowserDidNotSendAreNamed() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.7");
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserSessions.from(request, FIELDS))
			.withMessage("accept_header is missing: the request has no Accept header");
		request.addHeader("Accept", "*/*");
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserSessions.from(request, FIELDS))
			.withMessage("user_agent is missing: the request has no User-Agent header");
		request.addHeader("User-Agent", "x".repeat(2049));
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserSessions.from(request, FIELDS))
			.withMessageContaining("user_agent is 2049 characters long; the API takes at most 2048");
	}

	@Test
	void badInputIsEchoedShortAndPrintable() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BrowserSessions.from(request(),
					new BrowserFields(false, true, "en\r\nX-Injected: a-very-long-value", "24", "1", "1", "0", "U")))
			.withMessageNotContaining("\n")
			.withMessageContaining("…");
	}

	private static void assertInvalid(BrowserFields fields, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserSessions.from(request(), fields))
			.withMessageContaining(message);
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/pay/sessions/x");
		request.setRemoteAddr("203.0.113.7");
		request.addHeader("Accept", "text/html,application/xhtml+xml");
		request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)");
		return request;
	}

}
