package dev.checkoutsessions.sample;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.checkoutsessions.emulator.EmulatedSession;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST endpoints curl users call, against the embedded emulator the app starts without keys. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsApiControllerTests {

	private static final String SECRET = SessionsApiController.SECRET_HEADER;

	private static final String BROWSER = """
			{"acceptHeader":"text/html,application/xhtml+xml","language":"en-GB","colorDepth":"24","screenHeight":"1080","screenWidth":"1920","timezone":"-60",
			 "javaEnabled":false,"javascriptEnabled":true}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SessionsEmulator emulator;

	@Test
	void createReturnsTheSessionAndItsSecretForTheFrontEnd() throws Exception {
		mvc.perform(json(post("/api/sessions"), "{\"card\":\"frictionless\",\"amount\":2500,\"currency\":\"EUR\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(startsWith("sid_")))
			.andExpect(jsonPath("$.status").value("pending"))
			.andExpect(jsonPath("$.sessionSecret").value(startsWith("sek_")))
			.andExpect(jsonPath("$.nextActions").value(hasItems("collect_channel_data",
					"issuer_fingerprint")))
			.andExpect(jsonPath("$.threeDsMethodUrl").value(startsWith(emulator.baseUrl())))
			.andExpect(jsonPath("$.call.operation").value("request_session"))
			.andExpect(jsonPath("$.call.auth").value("oauth"));
	}

	@Test
	void createWithoutBodyUsesTheDefaultOrder() throws Exception {
		mvc.perform(post("/api/sessions")).andExpect(status().isCreated()).andExpect(jsonPath("$.id").exists());
	}

	@Test
	void everyOperationRunsWithTheSessionSecretAndTheResultIsReadWithOAuth() throws Exception {
		String created = body(mvc.perform(json(post("/api/sessions"), "{\"card\":\"frictionless\"}")));
		String id = JsonPath.read(created, "$.id");
		String secret = JsonPath.read(created, "$.sessionSecret");

		mvc.perform(json(put("/api/sessions/{id}/issuer-fingerprint", id), "{\"threeDsMethodCompletion\":\"Y\"}")
			.header(SECRET, secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.call.operation").value("update_3ds_method_completion_indicator"))
			.andExpect(jsonPath("$.call.auth").value("session_secret"));
		mvc.perform(json(put("/api/sessions/{id}/collect-data", id), BROWSER).header(SECRET, secret)
			.with((request) -> {
				request.setRemoteAddr("203.0.113.7");
				return request;
			}))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("approved"))
			.andExpect(jsonPath("$.nextActions[0]").value("complete"))
			// read with the secret: the API withholds these
			.andExpect(jsonPath("$.eci").doesNotExist())
			.andExpect(jsonPath("$.cryptogram").doesNotExist());
		mvc.perform(post("/api/sessions/{id}/complete", id).header(SECRET, secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.call.operation").value("complete_session"))
			.andExpect(jsonPath("$.call.auth").value("session_secret"));
		mvc.perform(get("/api/sessions/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("approved"))
			.andExpect(jsonPath("$.approved").value(true))
			.andExpect(jsonPath("$.completed").value(true))
			.andExpect(jsonPath("$.responseCode").value("Y"))
			.andExpect(jsonPath("$.eci").exists())
			.andExpect(jsonPath("$.cryptogram").value(matchesPattern(".{4}\\*{4}")))
			.andExpect(jsonPath("$.sessionSecret").doesNotExist())
			.andExpect(jsonPath("$.call.auth").value("oauth"));

		EmulatedSession session = emulator.session(id).orElseThrow();
		assertThat(session.channel()).isEqualTo("browser");
		assertThat(session.threeDsMethodCompletion()).isEqualTo("Y");
		assertThat(session.completed()).isTrue();
	}

	@Test
	void challengeCardAnswersWithTheAcsUrlAndChallengeRequest() throws Exception {
		String created = body(mvc.perform(json(post("/api/sessions"), "{\"card\":\"challenge\"}")));
		String id = JsonPath.read(created, "$.id");
		mvc.perform(json(put("/api/sessions/{id}/collect-data", id), BROWSER)
			.header(SECRET, JsonPath.<String>read(created, "$.sessionSecret")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("challenged"))
			.andExpect(jsonPath("$.responseCode").value("C"))
			.andExpect(jsonPath("$.acsUrl").value(startsWith(emulator.baseUrl())))
			.andExpect(jsonPath("$.challengeRequest").isNotEmpty());
	}

	@Test
	void operationsWorkWithOAuthWhenNoSecretIsSent() throws Exception {
		String id = JsonPath.read(body(mvc.perform(post("/api/sessions"))), "$.id");
		mvc.perform(json(put("/api/sessions/{id}/collect-data", id), BROWSER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.call.auth").value("oauth"));
		mvc.perform(post("/api/sessions/{id}/complete", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.call.auth").value("oauth"));
	}

	@Test
	void hostedSessionAnswersWithTheRedirectUrl() throws Exception {
		mvc.perform(json(post("/api/sessions/hosted"), "{\"card\":\"challenge\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("pending"))
			.andExpect(jsonPath("$.nextActions[0]").value("redirect_cardholder"))
			.andExpect(jsonPath("$.redirectUrl").value(startsWith(emulator.baseUrl())));
		assertThat(emulator.sessions()).anySatisfy((session) -> assertThat(session.reference()).startsWith("order-"));
	}

	@Test
	void unknownCardIsABadRequest() throws Exception {
		mvc.perform(json(post("/api/sessions"), "{\"card\":\"4111111111111111\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(startsWith("Unknown card")));
	}

	@Test
	void apiErrorsKeepTheirStatusAndErrorCodes() throws Exception {
		mvc.perform(get("/api/sessions/{id}", "sid_doesnotexist0000000000000"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Checkout.com rejected the request"));
	}

	@Test
	void wrongSessionSecretIsUnauthorized() throws Exception {
		String id = JsonPath.read(body(mvc.perform(post("/api/sessions"))), "$.id");
		mvc.perform(get("/api/sessions/{id}", id).header(SECRET, "sek_" + "A".repeat(43) + "="))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void hostedResultPageForAnUnknownOrderSaysSo() throws Exception {
		mvc.perform(get("/hosted/success").param("order", "order-unknown"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("unknown to this sample")));
	}

	@Test
	void checkoutPageListsTheTestCardsWithoutTheirNumbers() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visa •••• 6584")))
			.andExpect(content().string(not(containsString("4485040371536584"))));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header(HttpHeaders.USER_AGENT, "Mozilla/5.0 (sample test)");
	}

	private static String body(ResultActions result) throws Exception {
		return result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

}
