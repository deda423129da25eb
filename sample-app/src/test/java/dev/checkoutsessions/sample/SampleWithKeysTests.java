package dev.checkoutsessions.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.web.servlet.MockMvc;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With keys (what {@code CHECKOUT_OAUTH_CLIENT_ID} and friends set through application.yml) the application talks
 * to the real sandbox and starts no emulator. Nothing here calls the network: starting needs none.
 */
@SpringBootTest(properties = { "checkout.oauth.client-id=ack_sampletestclientid00000000000",
		"checkout.oauth.client-secret=sample-test-secret",
		"checkout.processing-channel-id=pc_sampletest0000000000000000" })
@AutoConfigureMockMvc
class SampleWithKeysTests {

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
	void healthHasTheCheckoutComponent() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components.checkout.status").exists());
	}

}
