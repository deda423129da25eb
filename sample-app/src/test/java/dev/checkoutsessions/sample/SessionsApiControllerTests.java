package dev.checkoutsessions.sample;

import java.util.List;

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

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.emulator.EmulatedSession;
import dev.checkoutsessions.emulator.SessionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The three endpoints the kit's script calls (create, read and send browser data,
 * complete) and the hosted one, against the embedded emulator the app starts without
 * keys.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsApiControllerTests {

	private static final String BROWSER = """
			{"language":"en-GB","color_depth":"24","screen_height":"1080","screen_width":"1920","timezone":"-60",
			 "java_enabled":false,"javascript_enabled":true,"three_ds_method_completion":"Y"}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SessionsEmulator emulator;

	@Autowired
	private SessionsClient sessions;

	@Test
	void createAnswersWithTheKitsStepAndTheCheckoutComCall() throws Exception {
		mvc.perform(json(post("/api/sessions"), "{\"card\":\"frictionless\",\"amount\":2500,\"currency\":\"EUR\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.step.sessionId").value(startsWith("sid_")))
			.andExpect(jsonPath("$.step.step").value("run_method"))
			.andExpect(jsonPath("$.step.methodUrl").value(startsWith(emulator.baseUrl())))
			.andExpect(jsonPath("$.step.transactionId").isNotEmpty())
			.andExpect(jsonPath("$.call.request").value("POST /sessions"))
			.andExpect(jsonPath("$.call.httpStatus").value(anyOf(is(201), is(202))))
			.andExpect(jsonPath("$.call.status").value("pending"))
			.andExpect(jsonPath("$.call.nextActions").value(hasItems("collect_channel_data", "issuer_fingerprint")))
			// the page never sees the session secret
			.andExpect(content().string(not(containsString("sek_"))))
			.andExpect(jsonPath("$.result").doesNotExist());
	}

	@Test
	void callBodiesReachThePageMaskedAtEveryStep() throws Exception {
		String created = body(mvc.perform(json(post("/api/sessions"), "{\"card\":\"frictionless\"}")));
		String id = JsonPath.read(created, "$.step.sessionId");
		assertThat((String) JsonPath.read(created, "$.call.requestBody.source.number")).isEqualTo("•••• 6584");
		assertThat((String) JsonPath.read(created, "$.call.responseBody.session_secret"))
			.isEqualTo(CallBodies.WITHHELD);
		assertThat((String) JsonPath.read(created, "$.call.responseBody.status")).isEqualTo("pending");
		String collected = mvc.perform(json(put("/api/sessions/{id}", id), BROWSER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.call.requestBody.three_ds_method_completion").value("Y"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/api/sessions/{id}/complete", id)).andExpect(status().isOk());
		String read = mvc.perform(get("/api/sessions/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.call.requestBody").doesNotExist())
			.andExpect(jsonPath("$.call.responseBody.cryptogram").value(matchesPattern(".{4}\\*{4}")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// The full cryptogram, as the server reads it with OAuth.
		String cryptogram = sessions.getSessionDetails(id).getCryptogram();
		assertThat(cryptogram).hasSizeGreaterThan(8);
		for (String answer : List.of(created, collected, read)) {
			assertThat(answer).doesNotContain(DemoCard.FRICTIONLESS.number(), "sek_", cryptogram);
		}
	}

	@Test
	void createWithoutBodyUsesTheDefaultOrder() throws Exception {
		mvc.perform(post("/api/sessions"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.step.sessionId").exists());
	}

	@Test
	void browserDataThenCompleteThenReadGivesTheResultInPlainWords() throws Exception {
		String id = JsonPath.read(body(mvc.perform(json(post("/api/sessions"), "{\"card\":\"frictionless\"}"))),
				"$.step.sessionId");

		mvc.perform(json(put("/api/sessions/{id}", id), BROWSER).with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		}))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.call.request").value("PUT /sessions/" + id + "/collect-data"))
			.andExpect(jsonPath("$.call.status").value("approved"))
			.andExpect(jsonPath("$.step.step").value("complete"));
		mvc.perform(post("/api/sessions/{id}/complete", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.request").value("POST /sessions/" + id + "/complete"))
			.andExpect(jsonPath("$.httpStatus").value(204));
		mvc.perform(get("/api/sessions/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step.step").value("authorise"))
			.andExpect(jsonPath("$.call.request").value("GET /sessions/" + id))
			.andExpect(jsonPath("$.result.status").value("approved"))
			.andExpect(jsonPath("$.result.statusMeaning").value("The issuer authenticated the cardholder."))
			.andExpect(jsonPath("$.result.responseCodeMeaning").value(startsWith("Y: authentication verified")))
			.andExpect(jsonPath("$.result.eciMeaning").value(containsString("liability shifts to the issuer")))
			.andExpect(jsonPath("$.result.merchantNext").value(startsWith("Authorise the payment")))
			.andExpect(jsonPath("$.result.authorise").value(true))
			.andExpect(jsonPath("$.result.cryptogram").value(matchesPattern(".{4}\\*{4}")))
			// BrowserStep carries no ECI or cryptogram: the page reads the masked copy in
			// result
			.andExpect(jsonPath("$.step.eci").doesNotExist());

		EmulatedSession session = emulator.session(id).orElseThrow();
		assertThat(session.channel()).isEqualTo("browser");
		assertThat(session.threeDsMethodCompletion()).isEqualTo("Y");
		assertThat(session.completed()).isTrue();
	}

	@Test
	void declinedResultSaysNotToAuthorise() throws Exception {
		String id = JsonPath.read(body(mvc.perform(json(post("/api/sessions"), "{\"card\":\"declined\"}"))),
				"$.step.sessionId");
		mvc.perform(json(put("/api/sessions/{id}", id), BROWSER)).andExpect(status().isOk());
		mvc.perform(post("/api/sessions/{id}/complete", id)).andExpect(status().isOk());
		mvc.perform(get("/api/sessions/{id}", id))
			.andExpect(jsonPath("$.step.step").value("do_not_authorise"))
			.andExpect(jsonPath("$.result.authorise").value(false))
			.andExpect(jsonPath("$.result.statusMeaning").value("The issuer did not authenticate the cardholder."))
			.andExpect(jsonPath("$.result.merchantNext").value(startsWith("Do not send this card")));
	}

	@Test
	void challengeCardAnswersWithTheAcsUrlAndTheWindowSize() throws Exception {
		String id = JsonPath.read(body(mvc.perform(json(post("/api/sessions"), "{\"card\":\"challenge\"}"))),
				"$.step.sessionId");
		mvc.perform(json(put("/api/sessions/{id}", id), BROWSER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step.step").value("challenge"))
			.andExpect(jsonPath("$.step.responseCode").value("C"))
			.andExpect(jsonPath("$.step.acsUrl").value(startsWith(emulator.baseUrl())))
			.andExpect(jsonPath("$.step.challengeRequest").isNotEmpty())
			.andExpect(jsonPath("$.step.windowSize").value("05"));
	}

	@Test
	void browserDataTheScriptCannotHaveSentAreABadRequest() throws Exception {
		String id = JsonPath.read(body(mvc.perform(post("/api/sessions"))), "$.step.sessionId");
		mvc.perform(json(put("/api/sessions/{id}", id), BROWSER.replace("\"24\"", "\"deep\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(startsWith("color_depth must be")));
	}

	@Test
	void hostedSessionAnswersWithTheRedirectUrl() throws Exception {
		mvc.perform(json(post("/api/sessions/hosted"), "{\"card\":\"challenge\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.call.status").value("pending"))
			.andExpect(jsonPath("$.call.nextActions[0]").value("redirect_cardholder"))
			.andExpect(jsonPath("$.step.step").value("redirect"))
			.andExpect(jsonPath("$.step.redirectUrl").value(startsWith(emulator.baseUrl())));
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
			.accept(MediaType.APPLICATION_JSON)
			.content(body)
			.header(HttpHeaders.USER_AGENT, "Mozilla/5.0 (sample test)");
	}

	private static String body(ResultActions result) throws Exception {
		return result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

}
