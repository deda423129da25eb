package dev.checkoutsessions.web.readme;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Callbacks and webhooks" section is this package: each of its code blocks is, character for
 * character, a file here (Java after the package line), and {@link CallbackAndWebhookTests} runs them. Edit the README
 * and this fails until the code is the same.
 */
class ReadmeSnippetsTests {

	@Test
	void everyCodeBlockOfTheSectionIsAFileThatTheTestsRun() {
		List<String> blocks = ReadmeSection.named("Callbacks and webhooks").codeBlocks();

		assertThat(blocks).hasSize(3);
		assertThat(blocks.get(0)).isEqualTo(ReadmeSection.resource("readme-application.yml"));
		assertThat(blocks.get(1)).isEqualTo(ReadmeSection.javaWithoutPackage(AuthenticationOutcomes.class));
		assertThat(blocks.get(2)).isEqualTo(ReadmeSection.javaWithoutPackage(CallbackAndWebhookTests.class));
	}

}
