package dev.checkoutsessions.web.kitreadme;

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
 * The README's browser-kit section is this package: its YAML and Java blocks are, character for character, the
 * application settings and the two controllers that {@link PaySessionsControllerTests} runs against the emulator.
 * Edit the README and this fails until the code is the same.
 */
class KitReadmeSnippetsTests {

	private static final Path README = Path.of("..", "README.md");

	private static final Path SOURCES = Path.of("src", "test", "java", "dev", "checkoutsessions", "web", "kitreadme");

	private static final String SECTION = "\n## The browser side of 3-D Secure (browser kit)\n";

	private static final Pattern BLOCK = Pattern.compile("```(java|yaml)\\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyCodeBlockOfTheSectionIsAFileThatTheTestsRun() throws IOException {
		List<String> blocks = blocks();

		assertThat(blocks).hasSize(3);
		assertThat(blocks.get(0))
			.isEqualTo(Files.readString(Path.of("src", "test", "resources", "kit-readme-application.yml")));
		assertThat(blocks.get(1)).isEqualTo(javaWithoutPackage("CheckoutPageController.java"));
		assertThat(blocks.get(2)).isEqualTo(javaWithoutPackage("PaySessionsController.java"));
	}

	private static List<String> blocks() throws IOException {
		String readme = Files.readString(README);
		int start = readme.indexOf(SECTION);
		assertThat(start).as("README has the browser kit section").isPositive();
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
		String packageLine = "package dev.checkoutsessions.web.kitreadme;\n\n";
		assertThat(source).startsWith(packageLine);
		return source.substring(packageLine.length());
	}

}
