package dev.checkoutsessions.web.kitreadme;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.checkoutsessions.web.readme.ReadmeSection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's browser-kit section is this package: its YAML and Java blocks are, character for character, the
 * application settings and the two controllers that {@link PaySessionsControllerTests} runs against the emulator.
 * Edit the README and this fails until the code is the same.
 */
class KitReadmeSnippetsTests {

	@Test
	void everyCodeBlockOfTheSectionIsAFileThatTheTestsRun() {
		List<String> blocks = ReadmeSection.named("The browser side of 3-D Secure (browser kit)").codeBlocks();

		assertThat(blocks).hasSize(3);
		assertThat(blocks.get(0)).isEqualTo(ReadmeSection.resource("kit-readme-application.yml"));
		assertThat(blocks.get(1)).isEqualTo(ReadmeSection.javaWithoutPackage(CheckoutPageController.class));
		assertThat(blocks.get(2)).isEqualTo(ReadmeSection.javaWithoutPackage(PaySessionsController.class));
	}

}
