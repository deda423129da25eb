package dev.checkoutsessions.sample;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.Endpoint;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With keys (what {@code CHECKOUT_OAUTH_CLIENT_ID} and friends set through
 * application.yml) the application talks to the real sandbox and starts no emulator.
 * Nothing here calls the network: starting needs none, health makes none, and the token
 * endpoint is on loopback, started and owned by this test, to prove it is never asked.
 */
@SpringBootTest(properties = { "checkout.oauth.client-id=" + SampleWithKeysTests.CLIENT_ID,
		"checkout.oauth.client-secret=" + SampleWithKeysTests.CLIENT_SECRET,
		"checkout.processing-channel-id=pc_sampletest0000000000000000",
		// The warm-up would open a connection to the real sandbox API host, which this
		// test proves the application never contacts on its own.
		"checkout.warm-up.enabled=false" })
@AutoConfigureMockMvc
class SampleWithKeysTests {

	static final String CLIENT_ID = "ack_sampletestclientid00000000000";

	static final String CLIENT_SECRET = "sample-test-secret";

	private static final SessionsEmulator tokenEndpoint = SessionsEmulator.builder()
		.client(CLIENT_ID, CLIENT_SECRET)
		.start();

	@DynamicPropertySource
	static void tokenEndpointOnLoopback(DynamicPropertyRegistry registry) {
		registry.add("checkout.oauth.token-url", tokenEndpoint::tokenUrl);
	}

	@AfterAll
	static void stopTokenEndpoint() {
		tokenEndpoint.close();
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ConfigurableEnvironment environment;

	@Autowired
	private MockMvc mvc;

	@Test
	void usesTheConfiguredKeysAndNoEmulator() {
		assertThat(context.getBeanProvider(SessionsEmulator.class).getIfAvailable()).isNull();
		assertThat(context.getBean(SessionsClient.class)).isNotNull();
		assertThat(environment.getPropertySources()
			.contains(EmbeddedEmulatorEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
		assertThat(environment.getProperty("checkout.base-url")).isNull();
	}

	@Test
	void pageSaysItTalksToTheSandbox() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Checkout.com sandbox")));
	}

	@Test
	void healthIsUpAndReportsCheckoutUnknownWithoutAnyRequest() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.checkout.status").value("UNKNOWN"))
			.andExpect(jsonPath("$.components.checkout.details.tokenStatus").value("NONE"))
			.andExpect(jsonPath("$.components.checkout.details.recentCalls.success").value(0))
			.andExpect(jsonPath("$.components.checkout.details.recentCalls.transport_error").value(0))
			.andExpect(jsonPath("$.components.checkout.details.lastError").doesNotExist());
		assertThat(tokenEndpoint.requestCount(Endpoint.TOKEN)).isZero();
		assertThat(tokenEndpoint.sessions()).isEmpty();
	}

}
