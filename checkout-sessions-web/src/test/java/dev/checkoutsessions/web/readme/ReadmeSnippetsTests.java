package dev.checkoutsessions.web.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Callbacks and webhooks" section is this package: each of its code blocks is, character for
 * character, a file here (Java after the package line), and {@link CallbackAndWebhookTests} runs them. Edit the README
 * and this fails until the code is the same.
 */
class ReadmeSnippetsTests {

	private static final Path README = Path.of("..", "README.md");

	private static final Path SOURCES = Path.of("src", "test", "java", "dev", "checkoutsessions", "web", "readme");

	private static final Pattern BLOCK = Pattern.compile("```(java|yaml)\\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyCodeBlockOfTheSectionIsAFileThatTheTestsRun() throws IOException {
		List<String> blocks = blocks();

		assertThat(blocks).hasSize(3);
		assertThat(blocks.get(0)).isEqualTo(Files.readString(Path.of("src", "test", "resources", "readme-application.yml")));
		assertThat(blocks.get(1)).isEqualTo(javaWithoutPackage("AuthenticationOutcomes.java"));
		assertThat(blocks.get(2)).isEqualTo(javaWithoutPackage("CallbackAndWebhookTests.java"));
	}

	private static List<String> blocks() throws IOException {
		String readme = Files.readString(README);
		int start = readme.indexOf("\n## Callbacks and webhooks\n");
		assertThat(start).as("README has a 'Callbacks and webhooks' section").isPositive();
		int end = readme.indexOf("\n## ", start + 1);
		Matcher matcher = BLOCK.matcher(readme.substring(start, (end > 0) ? end : readme.length()));
		List<String> blocks = new ArrayList<>();
		while (matcher.find()) {
			blocks.add(matcher.group(2));
		}
		return blocks;
	}

	private static String javaWithoutPackage(String file) throws IOException {
		String source = Files.readString(SOURCES.resolve(file));
		String packageLine = "package dev.checkoutsessions.web.readme;\n\n";
		assertThat(source).startsWith(packageLine);
		return source.substring(packageLine.length());
	}

}
