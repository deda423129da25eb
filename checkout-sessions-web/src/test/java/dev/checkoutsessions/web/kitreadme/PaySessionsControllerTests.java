package dev.checkoutsessions.web.kitreadme;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.browser.BrowserStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/browser-kit.md's three endpoints, called as {@code 3ds.js} calls them, against the emulator: create, browser data
 * (with the indicator of a 3DS Method that notified), complete; then the server-side decision.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureSessionsEmulator
class PaySessionsControllerTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionsClient sessions;

	@Test
	void theThreeEndpointsCarryAFrictionlessSessionToAuthorise() {
		RestClient page = page();
		BrowserStep created = create(page);
		assertThat(created.step()).isEqualTo("run_method");
		assertThat(created.methodUrl()).isNotBlank();

		BrowserStep afterData = sendBrowserData(page, created.sessionId());
		assertThat(afterData.step()).isEqualTo("complete");

		BrowserStep completed = page.post()
			.uri("/pay/sessions/{id}/complete", created.sessionId())
			.retrieve()
			.body(BrowserStep.class);
		assertThat(completed.step()).isEqualTo("authorise");
		assertThat(PaySessionsController.authorisation(this.sessions, created.sessionId()))
			.startsWith("authorise with eci 05");
	}

	@Test
	void completingTwiceAnswersAProblemDetailForTheScriptNotAServerError() {
		RestClient page = page();
		String id = create(page).sessionId();
		sendBrowserData(page, id);
		page.post().uri("/pay/sessions/{id}/complete", id).retrieve().toBodilessEntity();

		ResponseEntity<String> again = page.post()
			.uri("/pay/sessions/{id}/complete", id)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);

		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again.getBody()).contains("\"detail\":").contains("update_not_allowed_due_to_state");
	}

	@Test
	void anOrderWithoutACardNumberAnswersABadRequestNamingIt() {
		ResponseEntity<String> answer = page().post()
			.uri("/pay/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("cardNumber", "", "amount", 1000, "currency", "GBP"))
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).contains("\"detail\":").containsIgnoringCase("number");
	}

	private RestClient page() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("User-Agent", "Mozilla/5.0 (kit readme test)")
			.build();
	}

	private static BrowserStep create(RestClient page) {
		return page.post()
			.uri("/pay/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("cardNumber", "4485040371536584", "amount", 1000, "currency", "GBP"))
			.retrieve()
			.body(BrowserStep.class);
	}

	private static BrowserStep sendBrowserData(RestClient page, String id) {
		return page.put()
			.uri("/pay/sessions/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_HTML, MediaType.ALL)
			.body(Map.of("java_enabled", false, "language", "en-GB", "color_depth", "24", "screen_height", "1080",
					"screen_width", "1920", "timezone", "-60", "three_ds_method_completion", "Y"))
			.retrieve()
			.body(BrowserStep.class);
	}

	@Test
	void theScriptIsServedForThePageToLoad() {
		String script = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/checkout-sessions/3ds.js")
			.retrieve()
			.body(String.class);
		assertThat(script).contains("CheckoutSessions3ds");
	}

}
