package dev.checkoutsessions.web.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One top-level section of the project's README and what its code blocks must equal: the snippet tests of each
 * README section that is code in this module read it through here.
 */
public final class ReadmeSection {

	private static final Path README = Path.of("..", "README.md");

	private static final Pattern BLOCK = Pattern.compile("```(java|yaml)\\n(.*?)```", Pattern.DOTALL);

	private final String text;

	private ReadmeSection(String text) {
		this.text = text;
	}

	/** The section under {@code ## heading}, up to the next top-level heading. */
	public static ReadmeSection named(String heading) {
		String readme = read(README);
		int start = readme.indexOf("\n## " + heading + "\n");
		assertThat(start).as("README has a '%s' section", heading).isPositive();
		int end = readme.indexOf("\n## ", start + 1);
		return new ReadmeSection(readme.substring(start, (end > 0) ? end : readme.length()));
	}

	/** The section's Java and YAML code blocks, in order. */
	public List<String> codeBlocks() {
		Matcher matcher = BLOCK.matcher(this.text);
		List<String> blocks = new ArrayList<>();
		while (matcher.find()) {
			blocks.add(matcher.group(2));
		}
		return blocks;
	}

	/** A test resource as the README prints it. */
	public static String resource(String name) {
		return read(Path.of("src", "test", "resources", name));
	}

	/** A test source of {@code type}'s package as the README prints it: without its package line. */
	public static String javaWithoutPackage(Class<?> type) {
		String packageName = type.getPackageName();
		Path file = Path.of("src", "test", "java").resolve(packageName.replace('.', '/')).resolve(type.getSimpleName() + ".java");
		String source = read(file);
		String packageLine = "package " + packageName + ";\n\n";
		assertThat(source).startsWith(packageLine);
		return source.substring(packageLine.length());
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
