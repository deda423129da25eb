package dev.checkoutsessions.web.kitreadme;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;

import dev.checkoutsessions.client.model.BrowserSession;
import dev.checkoutsessions.web.browser.BrowserFields;
import dev.checkoutsessions.web.browser.BrowserSessions;
import dev.checkoutsessions.web.readme.DocsPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/browser-kit.md's two JSON blocks: what the script PUTs reads as {@link BrowserFields}, and
 * {@link BrowserSessions#from} with the request's address and headers makes of it exactly the channel data printed
 * after it, in the API's names.
 */
class BrowserDataDocsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void whatTheScriptSendsBecomesThePrintedChannelData() {
		List<String> blocks = DocsPage.page("docs/browser-kit.md").codeBlocks("json");
		assertThat(blocks).hasSize(2);
		BrowserFields fields = JSON.readValue(blocks.get(0), BrowserFields.class);
		JsonNode printed = JSON.readTree(blocks.get(1));
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/pay/sessions/sid_x");
		request.setRemoteAddr(printed.get("ip_address").asString());
		request.addHeader("Accept", printed.get("accept_header").asString());
		request.addHeader("User-Agent", printed.get("user_agent").asString());

		BrowserSession channelData = BrowserSessions.from(request, fields);

		assertThat(JSON.<JsonNode>valueToTree(channelData)).isEqualTo(printed);
	}

}
