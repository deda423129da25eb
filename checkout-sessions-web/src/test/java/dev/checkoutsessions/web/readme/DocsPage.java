package dev.checkoutsessions.web.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's one reader of its documentation: the README or a page under {@code docs/}, or one top-level section of
 * either, and the code blocks it prints. Every snippet test reads its page through here, and
 * {@link EveryDocsCodeBlockIsCheckedTests} walks all of them.
 * <p>
 * A code block is what stands between a line of three backticks with a language and the next line of three
 * backticks; the HTML comments on the lines right above it are its markers: {@code <!-- merchant-project: PATH -->}
 * (compatibility-tests/src/it/readme-merchant puts it into a merchant project at PATH and builds it) and
 * {@code <!-- checked-by: TestClass -->} (that test compares it with what the code does).
 */
public final class DocsPage {

	/** The project's root, seen from a module's directory, where Maven runs its tests. */
	static final Path ROOT = Path.of("..");

	private static final Pattern BLOCK = Pattern.compile("((?:<!-- [^\\n]*? -->\\n)*)```(\\w+)\\n(.*?)```",
			Pattern.DOTALL);

	private static final Pattern MARKER = Pattern.compile("<!-- (.*?) -->");

	private final String name;

	private final String text;

	private DocsPage(String name, String text) {
		this.name = name;
		this.text = text;
	}

	/** The project's README.md. */
	public static DocsPage readme() {
		return page("README.md");
	}

	/** A page by its path from the project's root, e.g. {@code docs/browser-kit.md}. */
	public static DocsPage page(String path) {
		return new DocsPage(path, read(ROOT.resolve(path)));
	}

	/** README.md and every page under docs/. */
	static List<DocsPage> all() {
		List<DocsPage> pages = new ArrayList<>();
		pages.add(readme());
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md"))
				.sorted()
				.forEach((path) -> pages.add(page("docs/" + path.getFileName())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pages;
	}

	/** The page's path from the project's root. */
	public String name() {
		return this.name;
	}

	/** The page's (or section's) Markdown. */
	public String text() {
		return this.text;
	}

	/** The section under {@code ## heading}, up to the next top-level heading. */
	public DocsPage section(String heading) {
		int start = this.text.indexOf("\n## " + heading + "\n");
		assertThat(start).as("%s has a '%s' section", this.name, heading).isPositive();
		int end = this.text.indexOf("\n## ", start + 1);
		return new DocsPage(this.name + " § " + heading,
				this.text.substring(start, (end > 0) ? end : this.text.length()));
	}

	/** Every code block, in order. */
	public List<CodeBlock> blocks() {
		Matcher matcher = BLOCK.matcher(this.text);
		List<CodeBlock> blocks = new ArrayList<>();
		while (matcher.find()) {
			List<String> markers = new ArrayList<>();
			Matcher marker = MARKER.matcher(matcher.group(1));
			while (marker.find()) {
				markers.add(marker.group(1));
			}
			blocks.add(new CodeBlock(matcher.group(2), markers, matcher.group(3)));
		}
		return blocks;
	}

	/** The code blocks in {@code language} ({@code java}, {@code yaml}, {@code json}…), in order. */
	public List<String> codeBlocks(String language) {
		return blocks().stream().filter((block) -> block.language().equals(language)).map(CodeBlock::text).toList();
	}

	/** The only code block in {@code language}. */
	public String codeBlock(String language) {
		List<String> blocks = codeBlocks(language);
		assertThat(blocks).as("%s has one %s block", this.name, language).hasSize(1);
		return blocks.get(0);
	}

	/** A test resource as the docs print it. */
	public static String resource(String name) {
		return read(Path.of("src", "test", "resources", name));
	}

	/**
	 * A test source of {@code type}'s package as the docs print it: in the merchant project's package
	 * ({@code com.example.shop}), where the readme-merchant build compiles it too.
	 */
	public static String javaInShopPackage(Class<?> type) {
		String packageName = type.getPackageName();
		Path file = Path.of("src", "test", "java").resolve(packageName.replace('.', '/')).resolve(type.getSimpleName() + ".java");
		String source = read(file);
		String packageLine = "package " + packageName + ";\n";
		assertThat(source).startsWith(packageLine);
		return "package com.example.shop;\n" + source.substring(packageLine.length());
	}

	/** A file by its path from the project's root. */
	public static String read(String path) {
		return read(ROOT.resolve(path));
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One fenced code block.
	 *
	 * @param language what follows the opening backticks
	 * @param markers the HTML comments right above it, without {@code <!--} and {@code -->}
	 * @param text the block's text, ending with a line break
	 */
	public record CodeBlock(String language, List<String> markers, String text) {

	}

}
