package dev.checkoutsessions.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The masking rules of {@link CallBodies}, including those the sample's own calls never
 * exercise (CVV, token sources, access tokens).
 */
class CallBodiesTests {

	private final CallBodies bodies = new CallBodies(JsonMapper.builder().build());

	@Test
	void cardAndTokenNumbersKeepTheirLastFourAndSecretsAreWithheld() {
		JsonNode masked = bodies.masked(Map.of("source",
				Map.of("number", "4485040371536584", "cvv", "100", "token", "tok_ubfj2q76miwundwlk72vxt2i7q"),
				"session_secret", "sek_abc", "items", List.of(Map.of("access_token", "eyJhbGciOi")), "short",
				Map.of("number", "1234")));

		String json = masked.toString();
		assertThat(masked.at("/source/number").stringValue()).isEqualTo("•••• 6584");
		assertThat(masked.at("/source/token").stringValue()).isEqualTo("•••• 2i7q");
		assertThat(masked.at("/source/cvv").stringValue()).isEqualTo(CallBodies.WITHHELD);
		assertThat(masked.at("/session_secret").stringValue()).isEqualTo(CallBodies.WITHHELD);
		assertThat(masked.at("/items/0/access_token").stringValue()).isEqualTo(CallBodies.WITHHELD);
		assertThat(masked.at("/short/number").stringValue()).isEqualTo("••••");
		assertThat(json).doesNotContain("4485040371536584", "100\"", "sek_", "eyJ", "1234", "tok_");
	}

	@Test
	void cryptogramKeepsItsFirstFourCharacters() {
		JsonNode masked = bodies.masked(Map.of("cryptogram", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=", "eci", "05"));
		assertThat(masked.at("/cryptogram").stringValue()).isEqualTo("MTIz****");
		assertThat(masked.at("/eci").stringValue()).isEqualTo("05");
	}

	@Test
	void aCallWithoutABodyHasNone() {
		assertThat(bodies.masked(null)).isNull();
	}

}
