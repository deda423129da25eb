package dev.checkoutsessions.client.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The repository carries its own copy of the reference fixtures so that a clone builds on
 * its own; this keeps the copy honest wherever the reference ({@code ../shared/fixtures},
 * beside the repository) is present, as in CI.
 */
class FixtureCopyTests {

	private static final Path REFERENCE = Path.of("..", "..", "shared", "fixtures");

	@Test
	void repositoryFixturesAreAnExactCopyOfTheReference() throws IOException {
		assumeTrue(Files.isDirectory(REFERENCE), "no reference fixtures beside the repository");
		List<String> reference = jsonFiles(REFERENCE);
		assertThat(jsonFiles(Fixtures.DIR)).as("fixture files").isEqualTo(reference);
		for (String name : reference) {
			assertThat(Files.readAllBytes(Fixtures.DIR.resolve(name))).as(name)
				.isEqualTo(Files.readAllBytes(REFERENCE.resolve(name)));
		}
	}

	private static List<String> jsonFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".json"))
				.sorted()
				.toList();
		}
	}

}
