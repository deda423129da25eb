package dev.checkoutsessions.web.kitreadme;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;
import dev.checkoutsessions.web.browser.BrowserStep;
import dev.checkoutsessions.web.readme.DocsPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/metrics-and-health.md's scrape and health answer are what this application shows after the checkout the page
 * describes: one frictionless session through the browser kit's three endpoints, then the callback receiver's
 * re-read. The Prometheus lines are compared exactly; the health answer field by field, {@code …} standing for any
 * value.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,prometheus",
				"management.endpoint.health.show-details=always" })
@AutoConfigureSessionsEmulator
class MetricsAndHealthDocsTests {

	private static final DocsPage PAGE = DocsPage.page("docs/metrics-and-health.md");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The page's {@code grep -E}: the calls' and the token fetches' counts, not the in-progress timers. */
	private static final String GREP = "^checkout_(oauth_token|sessions_client)_seconds_count";

	@LocalServerPort
	int port;

	@Test
	void oneCheckoutThroughTheKitShowsThePrintedMetersAndHealth() {
		RestClient page = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("User-Agent", "Mozilla/5.0 (docs test)")
			.build();
		String id = page.post()
			.uri("/pay/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("cardNumber", "4485040371536584", "amount", 1000, "currency", "GBP"))
			.retrieve()
			.body(BrowserStep.class)
			.sessionId();
		page.put()
			.uri("/pay/sessions/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_HTML, MediaType.ALL)
			.body(Map.of("java_enabled", false, "language", "en-GB", "color_depth", "24", "screen_height", "1080",
					"screen_width", "1920", "timezone", "-60", "three_ds_method_completion", "Y"))
			.retrieve()
			.toBodilessEntity();
		page.post().uri("/pay/sessions/{id}/complete", id).retrieve().toBodilessEntity();

		assertThat(DocsPage.read("docs/metrics-and-health.md")).contains("grep -E '" + GREP + "'");
		List<String> printed = PAGE.codeBlock("text").lines().toList();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(scrape(page)).isEqualTo(printed));
		JsonNode health = JSON.readTree(page.get().uri("/actuator/health/checkout").retrieve().body(String.class));
		assertThat(differences(JSON.readTree(PAGE.codeBlock("json")), health, "")).isEmpty();
	}

	private static List<String> scrape(RestClient page) {
		return page.get()
			.uri("/actuator/prometheus")
			.retrieve()
			.body(String.class)
			.lines()
			.filter((line) -> line.matches(GREP + ".*"))
			.sorted()
			.toList();
	}

	private static List<String> differences(JsonNode printed, JsonNode actual, String path) {
		List<String> differences = new ArrayList<>();
		if (printed.isObject()) {
			if (!actual.isObject() || !names(actual).equals(names(printed))) {
				differences.add(path + ": printed " + names(printed) + ", actual " + actual);
				return differences;
			}
			printed.propertyNames()
				.forEach((name) -> differences.addAll(differences(printed.get(name), actual.get(name), path + "." + name)));
		}
		else if (!(printed.isString() && printed.stringValue().equals("…")) && !printed.equals(actual)) {
			differences.add(path + ": printed " + printed + ", actual " + actual);
		}
		return differences;
	}

	private static Set<String> names(JsonNode object) {
		return new TreeSet<>(object.propertyNames());
	}

}
