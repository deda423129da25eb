package dev.checkoutsessions.web.browser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;

import dev.checkoutsessions.client.model.GetSessionResponse;

/**
 * Sessions as the API sends them, for the browser kit's tests: JSON read the way the
 * client reads it.
 */
final class Sessions {

	static final String ID = "sid_y3oqhf46pyzuxjbcn2giaqnb44";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Sessions() {
	}

	static GetSessionResponse read(String json) {
		return JSON.readValue(json.replace('\'', '"'), GetSessionResponse.class);
	}

	static GetSessionResponse readExactly(String json) {
		return JSON.readValue(json, GetSessionResponse.class);
	}

	static String creq(String windowSize) {
		String json = "{\"threeDSServerTransID\":\"8a1c2d3e-0000-4000-8000-000000000001\",\"acsTransID\":"
				+ "\"acs-1\",\"messageType\":\"CReq\",\"messageVersion\":\"2.2.0\""
				+ ((windowSize != null) ? ",\"challengeWindowSize\":\"" + windowSize + "\"" : "") + "}";
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
