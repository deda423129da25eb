package dev.checkoutsessions.web.browser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserKitAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BrowserKitAutoConfiguration.class));

	@Test
	void offByDefault() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(ThreeDsScript.class)
			.doesNotHaveBean(BrowserKitEndpoints.class));
	}

	@Test
	void switchedOnInAnApplicationThatServesNoHttpStopsStartupNamingTheProperty() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(BrowserKitAutoConfiguration.class))
			.withPropertyValues("checkout.browser.enabled=true")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'checkout.browser.enabled'")
				.hasMessageContaining("not a web application"));
	}

	@Test
	void servedByWebFluxInReactiveApplications() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(BrowserKitAutoConfiguration.class))
			.withPropertyValues("checkout.browser.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(ReactiveBrowserKitEndpoints.class)
				.doesNotHaveBean(BrowserKitEndpoints.class)
				.hasSingleBean(ThreeDsScript.class));
	}

	@Test
	void servesTheScriptAndTheNotificationPagesWhenSwitchedOn() {
		this.runner.withPropertyValues("checkout.browser.enabled=true").run((context) -> {
			assertThat(context).hasSingleBean(BrowserKitEndpoints.class);
			ThreeDsScript script = context.getBean(ThreeDsScript.class);
			assertThat(script.getPath()).matches("/checkout-sessions/3ds\\.js\\?v=[0-9a-f]{12}");
			assertThat(script.getMethodNotificationPath()).isEqualTo("/checkout-sessions/3ds-method/notification");
			assertThat(script.getChallengeNotificationPath())
				.isEqualTo("/checkout-sessions/3ds-challenge/notification");
		});
	}

	@Test
	void aBadNotificationPathStopsStartupNamingTheProperty() {
		this.runner.withPropertyValues("checkout.browser.enabled=true", "checkout.browser.method-notification-path=x")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("checkout.browser.method-notification-path"));
	}

	@Test
	void backsOffWhenUserDefinesTheScript() {
		ThreeDsScript own = new ThreeDsScript("/own/method", "/own/challenge");
		this.runner.withPropertyValues("checkout.browser.enabled=true")
			.withBean(ThreeDsScript.class, () -> own)
			.run((context) -> assertThat(context.getBean(ThreeDsScript.class)).isSameAs(own));
	}

	@Test
	void theCurrentVersionIsCachedForAYearAndAnyOtherIsRevalidated() {
		ThreeDsScript script = new ThreeDsScript("/m", "/c");
		BrowserKitPages endpoints = new BrowserKitPages(script);

		ResponseEntity<byte[]> current = endpoints.script(script.getVersion());
		ResponseEntity<byte[]> unversioned = endpoints.script(null);

		assertThat(current.getHeaders().getCacheControl()).isEqualTo("max-age=31536000, public, immutable");
		assertThat(unversioned.getHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThat(current.getHeaders().getContentType()).hasToString("text/javascript;charset=UTF-8");
		assertThat(current.getHeaders().getFirst(HttpHeaders.ETAG)).isEqualTo("\"" + script.getVersion() + "\"");
		assertThat(new String(current.getBody(), StandardCharsets.UTF_8)).contains("CheckoutSessions3ds")
			.doesNotContain("http://")
			.doesNotContain("https://");
	}

	@Test
	void theMethodNotificationTellsOnlyTheSameOriginWithTheTransactionId() {
		BrowserKitPages endpoints = new BrowserKitPages(new ThreeDsScript("/m", "/c"));
		String data = encode("{\"threeDSServerTransID\":\"8a1c2d3e-0000-4000-8000-000000000001\"}");

		ResponseEntity<String> page = endpoints.methodNotification(data);

		assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(page.getBody()).contains("\"type\":\"checkout-sessions:3ds-method-complete\"")
			.contains("\"transactionId\":\"8a1c2d3e-0000-4000-8000-000000000001\"")
			.contains("window.location.origin");
	}

	@Test
	void forgedMethodDataCannotInjectScript() {
		BrowserKitPages endpoints = new BrowserKitPages(new ThreeDsScript("/m", "/c"));
		String data = encode("{\"threeDSServerTransID\":\"</script><script>alert(1)</script>\"}");

		assertThat(endpoints.methodNotification(data).getBody()).doesNotContain("alert(1)")
			.contains("\"transactionId\":null");
		assertThat(endpoints.methodNotification("%%%").getBody()).contains("\"transactionId\":null");
	}

	@Test
	void theChallengeNotificationCarriesTheTransStatus() {
		BrowserKitPages endpoints = new BrowserKitPages(new ThreeDsScript("/m", "/c"));
		String cres = encode("{\"threeDSServerTransID\":\"tx-1\",\"messageType\":\"CRes\",\"transStatus\":\"Y\"}");

		assertThat(endpoints.challengeNotification(cres).getBody())
			.contains("\"type\":\"checkout-sessions:challenge-complete\"")
			.contains("\"transStatus\":\"Y\"");
	}

	private static String encode(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
