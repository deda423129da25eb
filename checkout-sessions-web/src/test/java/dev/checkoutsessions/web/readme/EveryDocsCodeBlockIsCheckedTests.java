package dev.checkoutsessions.web.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.checkoutsessions.web.readme.DocsPage.CodeBlock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code block of README.md and docs/ says who holds it to the code, so none can drift unseen: a
 * {@code merchant-project} block is built and tested in compatibility-tests' readme-merchant project, a
 * {@code checked-by} block is compared with the code by the test it names, which reads that page. The README links
 * every page, and no page links a file that is not there.
 */
class EveryDocsCodeBlockIsCheckedTests {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

	@Test
	void everyCodeBlockIsBuiltInTheMerchantProjectOrNamesTheTestThatChecksIt() {
		for (DocsPage page : DocsPage.all()) {
			for (CodeBlock block : page.blocks()) {
				assertThat(block.markers())
					.as("the %s block in %s starting %s", block.language(), page.name(), firstLine(block))
					.isNotEmpty()
					.allSatisfy((marker) -> assertThat(marker).matches("(merchant-project|checked-by): \\S+"));
				block.markers()
					.stream()
					.filter((marker) -> marker.startsWith("checked-by: "))
					.forEach((marker) -> assertThat(testSource(marker.substring("checked-by: ".length())))
						.as("%s, named by a block of %s, reads that page", marker, page.name())
						.contains(reads(page)));
			}
		}
	}

	@Test
	void theReadmeLinksEveryDocsPage() {
		String readme = DocsPage.read("README.md");
		DocsPage.all()
			.stream()
			.map(DocsPage::name)
			.filter((name) -> name.startsWith("docs/"))
			.forEach((name) -> assertThat(readme).contains("](" + name + ")"));
	}

	@Test
	void everyRelativeLinkLeadsToAFileOfTheProject() {
		for (DocsPage page : DocsPage.all()) {
			Path folder = DocsPage.ROOT.resolve(page.name()).getParent();
			Matcher link = LINK.matcher(DocsPage.read(page.name()));
			while (link.find()) {
				String target = link.group(1);
				if (!target.matches("^[a-z]+:.*")) {
					assertThat(folder.resolve(target)).as("%s links %s", page.name(), target).exists();
				}
			}
		}
	}

	private static String reads(DocsPage page) {
		return page.name().equals("README.md") ? "DocsPage.readme()" : "\"" + page.name() + "\"";
	}

	private static String firstLine(CodeBlock block) {
		return block.text().lines().findFirst().orElse("");
	}

	private static String testSource(String className) {
		try (Stream<Path> modules = Files.list(DocsPage.ROOT)) {
			List<Path> found = modules.map((module) -> module.resolve("src/test/java"))
				.filter(Files::isDirectory)
				.flatMap(EveryDocsCodeBlockIsCheckedTests::javaFiles)
				.filter((file) -> file.getFileName().toString().equals(className + ".java"))
				.toList();
			assertThat(found).as("the test class %s", className).hasSize(1);
			return Files.readString(found.get(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Stream<Path> javaFiles(Path root) {
		try {
			return Files.walk(root).filter((file) -> file.toString().endsWith(".java")).toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
