package dev.checkoutsessions.web.kitreadme;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.checkoutsessions.web.readme.DocsPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/browser-kit.md is this package: its YAML and Java blocks are, character for character, the application
 * settings and the two controllers that {@link PaySessionsControllerTests} runs against the emulator (Java in the
 * merchant project's package, where the readme-merchant build compiles them too). Its script tag is the sample's,
 * which the sample's browser test runs, and every option and hook its {@code run} call names is one the script reads.
 */
class BrowserKitDocsTests {

	private static final DocsPage PAGE = DocsPage.page("docs/browser-kit.md");

	private static final Pattern OPTION = Pattern.compile("^\\s+(\\w+): ", Pattern.MULTILINE);

	@Test
	void everyYamlAndJavaBlockOfThePageIsAFileThatTheTestsRun() {
		assertThat(PAGE.codeBlock("yaml")).isEqualTo(DocsPage.resource("kit-readme-application.yml"));
		List<String> java = PAGE.codeBlocks("java");
		assertThat(java).hasSize(2);
		assertThat(java.get(0)).isEqualTo(DocsPage.javaInShopPackage(CheckoutPageController.class));
		assertThat(java.get(1)).isEqualTo(DocsPage.javaInShopPackage(PaySessionsController.class));
	}

	@Test
	void theScriptTagIsTheSamplesWithoutItsStaticFallback() {
		String tag = PAGE.codeBlock("html").strip();
		String sampleTemplate = DocsPage.read("sample-app/src/main/resources/templates/checkout.html");
		assertThat(tag).endsWith("></script>");
		assertThat(sampleTemplate).contains(tag.substring(0, tag.length() - "></script>".length()));
	}

	@Test
	void everyOptionAndHookTheRunCallNamesIsOneTheScriptReads() {
		String run = PAGE.codeBlock("js");
		String script = DocsPage.read("checkout-sessions-web/src/main/resources/dev/checkoutsessions/web/browser/3ds.js");
		assertThat(run).contains("CheckoutSessions3ds.run(");
		Matcher option = OPTION.matcher(run);
		int options = 0;
		while (option.find()) {
			options++;
			assertThat(script).as("3ds.js reads '%s'", option.group(1)).containsPattern("\\." + option.group(1) + "\\b");
		}
		assertThat(options).isGreaterThan(10);
	}

}
