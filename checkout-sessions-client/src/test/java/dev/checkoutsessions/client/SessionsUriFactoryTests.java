package dev.checkoutsessions.client;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SessionsUriFactory} must expand exactly as Spring's default factory does; it
 * only skips the parsing.
 */
class SessionsUriFactoryTests {

	private static final List<String> BASE_URLS = List.of("https://api.sandbox.checkout.com",
			"https://abc123.api.sandbox.checkout.com/", "http://127.0.0.1:8089/emulator/v1");

	private static final List<String> IDS = List.of("sid_y3oqhf46pyzuxjbcn2giaqnb44", "sid-1.2~3", "a",
			// Values that need encoding go to the default factory; the client rejects
			// them earlier anyway.
			"sid_x/../../payments", "sid x", "sid_x?expand=all", "sid_x#frag", "sid_x%2F..", "sïd", "");

	@Test
	void expandsEveryOperationExactlyAsSpringsDefaultFactory() {
		for (String baseUrl : BASE_URLS) {
			SessionsUriFactory fast = new SessionsUriFactory(baseUrl);
			DefaultUriBuilderFactory reference = new DefaultUriBuilderFactory(baseUrl);
			for (SessionsOperation operation : SessionsOperation.values()) {
				String template = operation.uriTemplate();
				if (template.contains("{")) {
					for (String id : IDS) {
						assertThat(fast.expand(template, id)).as(baseUrl + " " + template + " " + id)
							.isEqualTo(reference.expand(template, id))
							.hasToString(reference.expand(template, id).toString());
					}
				}
				else {
					assertThat(fast.expand(template)).isEqualTo(reference.expand(template));
				}
			}
		}
	}

	@Test
	void leavesOtherTemplatesAndArgumentShapesToTheDefaultFactory() {
		SessionsUriFactory fast = new SessionsUriFactory("https://api.checkout.com");
		DefaultUriBuilderFactory reference = new DefaultUriBuilderFactory("https://api.checkout.com");
		assertThat(fast.expand("/other/{x}", "a b")).isEqualTo(reference.expand("/other/{x}", "a b"));
		assertThat(fast.expand("/sessions/{id}", 42)).isEqualTo(reference.expand("/sessions/{id}", 42));
		assertThat(fast.expand("/sessions", "unused")).isEqualTo(reference.expand("/sessions", "unused"));
		assertThat(fast.uriString("/sessions/{id}").build("sid_1"))
			.isEqualTo(URI.create("https://api.checkout.com/sessions/sid_1"));
	}

}
