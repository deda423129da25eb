package dev.checkoutsessions.autoconfigure.app;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;
import dev.checkoutsessions.emulator.test.AutoConfigureSessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /actuator/prometheus} shows of the client after a call that was retried:
 * one retry counter, {@code error.type} without a duplicate {@code error} tag, the
 * requests in flight beside the pool size, and a {@code # HELP} text for every Checkout
 * meter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=prometheus")
@AutoConfigureSessionsEmulator
class PrometheusScrapeApplicationTests {

	@Autowired
	private SessionsClient client;

	@Autowired
	private SessionsEmulator emulator;

	@Value("${local.server.port}")
	private int port;

	@Test
	void checkoutMetersAreScrapedOnceEachWithHelpAndOneErrorTag() {
		this.emulator.faults().next(2).on(Endpoint.GET_SESSION).respondWith503();
		try {
			this.client.getSessionDetails("sid_y3oqhf46pyzuxjbcn2giaqnb44");
		}
		catch (RuntimeException ex) {
			// 404 after two retried 503s: the meters are what this test is about.
		}
		String scrape = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/actuator/prometheus")
			.retrieve()
			.body(String.class);
		List<String> samples = scrape.lines().filter((line) -> line.startsWith("checkout_")).toList();

		assertThat(samples).anyMatch((line) -> line.startsWith("checkout_sessions_client_retries_total{")
				&& line.contains("reason=\"http_503\"") && line.endsWith(" 2.0"));
		assertThat(scrape).doesNotContain("checkout_sessions_client_retry_total");
		// How close the pool is to exhaustion: requests in flight beside its size.
		assertThat(samples).contains("checkout_sessions_client_requests_in_flight{account=\"default\"} 0.0",
				"checkout_sessions_client_connections_max 200.0");
		assertThat(samples).anyMatch((line) -> line.startsWith("checkout_sessions_client_seconds_count{"))
			.anyMatch((line) -> line.startsWith("checkout_oauth_token_seconds_count{"))
			.allSatisfy((line) -> assertThat(line).doesNotContain("{error=\"").doesNotContain(",error=\""));
		assertThat(scrape.lines().filter((line) -> line.startsWith("# HELP checkout_"))).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.split(" ", 4)).hasSize(4));
	}

}
