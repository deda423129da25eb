package dev.checkoutsessions.web.readme;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/callbacks-and-webhooks.md is this package: each of its YAML and Java blocks is, character for character, a
 * file here (Java in the merchant project's package), and {@link CallbackAndWebhookTests} runs them. Edit the page and
 * this fails until the code is the same; the readme-merchant build compiles and runs the same blocks in a shop.
 */
class CallbacksAndWebhooksDocsTests {

	private static final DocsPage PAGE = DocsPage.page("docs/callbacks-and-webhooks.md");

	@Test
	void everyYamlAndJavaBlockOfThePageIsAFileThatTheTestsRun() {
		// The second, several accounts, is WebhookAccountsDocsTests'.
		assertThat(PAGE.codeBlocks("yaml")).hasSize(2)
			.first()
			.isEqualTo(DocsPage.resource("readme-application.yml"));
		List<String> java = PAGE.codeBlocks("java");
		assertThat(java).hasSize(2);
		assertThat(java.get(0)).isEqualTo(DocsPage.javaInShopPackage(AuthenticationOutcomes.class));
		assertThat(java.get(1)).isEqualTo(DocsPage.javaInShopPackage(CallbackAndWebhookTests.class));
	}

}
