package dev.checkoutsessions.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Shared WireMock set-up for the client tests: an OAuth token endpoint, fixtures as
 * bodies, and a client pointed at the server with retry delays small enough to keep tests
 * fast.
 */
final class ApiStubs {

	static final String CLIENT_ID = "ack_clckqmmnyfiupexjew7shh5ahe";

	static final String CLIENT_SECRET = "Sup3r-Secret-Client-Key/with+chars==";

	static final String ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.access-token-one";

	static final String SESSION_ID = "sid_y3oqhf46pyzuxjbcn2giaqnb44";

	static final String SESSION_SECRET = "sek_Dal7UyiH8rIFXA4PfgiIk2jUyQkVDeEWgVBEL4TsRTE=";

	static final ClientSettings.Retry FAST_RETRY = ClientSettings.Retry.defaults()
		.withDelays(Duration.ofMillis(5), Duration.ofMillis(20))
		.withJitter(Duration.ZERO);

	private static final Path FIXTURES = Path.of("..", "fixtures");

	private ApiStubs() {
	}

	static String fixture(String name) {
		try {
			return Files.readString(FIXTURES.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static MappingBuilder tokenEndpoint() {
		return post(urlPathEqualTo("/connect/token"));
	}

	static void stubToken(WireMockExtension server, String token, int expiresIn) {
		server.stubFor(tokenEndpoint().willReturn(tokenResponse(token, expiresIn)));
	}

	static ResponseDefinitionBuilder tokenResponse(String token, int expiresIn) {
		return okJson("{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn
				+ ",\"token_type\":\"Bearer\",\"scope\":\"sessions:app sessions:browser\"}");
	}

	static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("Cko-Request-Id", "req-" + status)
			.withBody(body);
	}

	static ResponseDefinitionBuilder fixtureResponse(int status, String fixture) {
		return json(status, fixture(fixture));
	}

	static SessionsClientBuilder clientFor(WireMockExtension server) {
		return SessionsClient.builder()
			.baseUrl(server.baseUrl())
			.tokenUrl(server.baseUrl() + "/connect/token")
			.clientCredentials(CLIENT_ID, CLIENT_SECRET)
			.readTimeout(Duration.ofMillis(800))
			.connectTimeout(Duration.ofMillis(500))
			.retry(FAST_RETRY)
			.callTimeout(Duration.ofSeconds(5));
	}

	static MappingBuilder withBearer(MappingBuilder mapping, String token) {
		return mapping.withHeader("Authorization", equalTo("Bearer " + token));
	}

}
