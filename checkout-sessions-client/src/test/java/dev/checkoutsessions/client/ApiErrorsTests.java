package dev.checkoutsessions.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.checkoutsessions.client.ApiStubs.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Non-2xx answers become {@link CheckoutApiException}s whatever their body:
 * Checkout.com's JSON, nothing, or a proxy's HTML. Bodies of 2xx answers that are not
 * sessions become {@link CheckoutResponseException}s.
 */
class ApiErrorsTests {

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private SessionsClient client;

	@BeforeEach
	void setUp() {
		ApiStubs.stubToken(api, ApiStubs.ACCESS_TOKEN, 3600);
		this.client = ApiStubs.clientFor(api).retry(ClientSettings.Retry.disabled()).build();
	}

	@AfterEach
	void tearDown() throws Exception {
		((AutoCloseable) this.client).close();
	}

	@ParameterizedTest
	@ValueSource(ints = { 403, 404, 409, 422, 429, 500, 502 })
	void jsonErrorBodyIsDecoded(int status) {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("cko-request-id", "0HL80RJLS76I7")
			.withBody(
					"{\"request_id\":\"body-id\",\"error_type\":\"some_error\",\"error_codes\":[\"code_a\",\"code_b\"]}")));

		assertThatExceptionOfType(CheckoutApiException.class)
			.isThrownBy(() -> this.client.getSessionDetails(SESSION_ID))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatusCode()).isEqualTo(status);
				assertThat(ex.getRequestId()).isEqualTo("0HL80RJLS76I7");
				assertThat(ex.getErrorType()).isEqualTo("some_error");
				assertThat(ex.getErrorCodes()).containsExactly("code_a", "code_b");
			})
			.withMessageContaining("HTTP " + status + " some_error [code_a, code_b]")
			.withMessageContaining("0HL80RJLS76I7");
	}

	@ParameterizedTest
	@ValueSource(ints = { 403, 404, 409, 422, 429, 500, 502 })
	void emptyErrorBodyKeepsTheStatus(int status) {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(aResponse().withStatus(status)));

		assertThatExceptionOfType(CheckoutApiException.class)
			.isThrownBy(() -> this.client.getSessionDetails(SESSION_ID))
			.satisfies((ex) -> {
				assertThat(ex.getHttpStatusCode()).isEqualTo(status);
				assertThat(ex.getErrorType()).isNull();
				assertThat(ex.getErrorCodes()).isEmpty();
			})
			.withMessageContaining("with an empty body");
	}

	@ParameterizedTest
	@ValueSource(ints = { 403, 404, 409, 422, 429, 500, 502 })
	void htmlErrorPageIsNotAParseError(int status) {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")));

		assertThatExceptionOfType(CheckoutApiException.class)
			.isThrownBy(() -> this.client.getSessionDetails(SESSION_ID))
			.satisfies((ex) -> assertThat(ex.getHttpStatusCode()).isEqualTo(status))
			.withMessageContaining("text/html body");
	}

	@Test
	void errorBodyRequestIdIsTheFallbackWhenTheHeaderIsMissing() {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"request_id\":\"body-id\",\"error_type\":\"not_found\"}")));

		assertThatExceptionOfType(CheckoutApiException.class)
			.isThrownBy(() -> this.client.getSessionDetails(SESSION_ID))
			.satisfies((ex) -> assertThat(ex.getRequestId()).isEqualTo("body-id"));
	}

	@Test
	void successWithHtmlBodyIsAResponseException() {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html>maintenance</html>")));

		assertThatExceptionOfType(CheckoutResponseException.class)
			.isThrownBy(() -> this.client.getSessionDetails(SESSION_ID))
			.withMessageContaining("where a JSON session was expected");
	}

	@Test
	void emptyCreatedAnswerIsAResponseException() {
		api.stubFor(post("/sessions").willReturn(aResponse().withStatus(201)));

		assertThatExceptionOfType(CheckoutResponseException.class)
			.isThrownBy(() -> this.client.requestSession(SessionsClientWireTests.minimalRequest()))
			.withMessageContaining("HTTP 201 with an empty body");
	}

	@Test
	void truncatedJsonIsAResponseExceptionThatDoesNotQuoteTheBody() {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"" + SESSION_ID + "\",\"session_secret\":\"" + ApiStubs.SESSION_SECRET + "\",\"sta")));

		assertThatExceptionOfType(CheckoutResponseException.class)
			.isThrownBy(() -> this.client.getSessionDetails(SESSION_ID))
			.withMessageContaining("not a valid session JSON document")
			.withMessageNotContaining(ApiStubs.SESSION_SECRET);
	}

	@Test
	void unknownFieldsAndEnumValuesDecodeWithoutError() {
		api.stubFor(get("/sessions/" + SESSION_ID).willReturn(ApiStubs.json(200, """
				{"id":"%s","status":"brand_new_status","next_actions":["teleport","complete"],
				 "scheme":"visa","a_field_from_2027":{"x":1}}""".formatted(SESSION_ID))));

		var session = this.client.getSessionDetails(SESSION_ID);

		assertThat(session.getStatus().toString()).isEqualTo("brand_new_status");
		assertThat(session.getStatus().isKnown()).isFalse();
		assertThat(session.getNextActions()).extracting(Object::toString).containsExactly("teleport", "complete");
		assertThat(session.getAdditionalProperties()).containsKey("a_field_from_2027");
	}

}
