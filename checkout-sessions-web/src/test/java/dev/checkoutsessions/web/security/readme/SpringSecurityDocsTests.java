package dev.checkoutsessions.web.security.readme;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.checkoutsessions.web.readme.DocsPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/spring-security.md and the README's Spring Security section are this package and
 * the settings the tests run: the one-line YAML is {@code spring-security-application.yml},
 * which PermitReceiversPropertyApplicationTests and ReactivePermitReceiversPropertyApplicationTests
 * load; the two chains are, character for character, the configurations that
 * ShopChainWithReceiversMatcherApplicationTests and ReactiveShopChainWithReceiversMatcherApplicationTests
 * run (in the merchant's package). The startup report is BlockedReceiversStopStartupTests'; the WebFlux
 * report's examples, and the chain its fix quotes, are ReactiveBlockedReceiversStopStartupTests'.
 */
@Tag("spring-security")
class SpringSecurityDocsTests {

	private static final DocsPage PAGE = DocsPage.page("docs/spring-security.md");

	@Test
	void theOneLineOfTheReadmeAndOfThePageIsTheSettingsFileTheTestsLoad() {
		String yaml = DocsPage.resource("spring-security-application.yml");
		assertThat(DocsPage.readme().section("Spring Security").codeBlock("yaml")).isEqualTo(yaml);
		assertThat(PAGE.codeBlock("yaml")).isEqualTo(yaml);
	}

	@Test
	void theServletAndWebFluxChainsOfThePageAreTheConfigurationsTheTestsRun() {
		assertThat(PAGE.codeBlocks("java")).containsExactly(
				DocsPage.javaInShopPackage(ShopSecurityConfiguration.class),
				DocsPage.javaInShopPackage(ShopWebFluxSecurityConfiguration.class));
	}

}
