package dev.checkoutsessions.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The standalone command that docs/testing-with-the-emulator.md prints for several
 * accounts: its flags parse and start an emulator serving the accounts it names.
 */
class SeveralAccountsDocsTests {

	private static final String PAGE = "docs/testing-with-the-emulator.md";

	private static final String MARKER = "<!-- checked-by: SeveralAccountsDocsTests -->";

	@Test
	void thePrintedCommandServesTheAccountsItNames() throws IOException {
		String[] args = commandArguments();
		Map<String, String> flags = new LinkedHashMap<>();

		List<String> accounts = StandaloneEmulator.parse(args, flags);
		flags.put("--port", "0");

		try (SessionsEmulator emulator = StandaloneEmulator.configure(flags, accounts).start()) {
			assertThat(emulator.accounts()).extracting(EmulatorAccount::name)
				.containsExactly(SessionsEmulator.DEFAULT_ACCOUNT, "eu", "us");
			assertThat(emulator.account("us").clientId()).isEqualTo("ack_us");
			assertThat(emulator.account("us").clientSecret()).isEqualTo("us-local-secret");
		}
	}

	/** The block's arguments after the jar, its continuation lines joined. */
	private static String[] commandArguments() throws IOException {
		String page = Files.readString(RawApi.fixtures().getParent().resolve(Path.of(PAGE)));
		int marker = page.indexOf(MARKER);
		assertThat(marker).as("the marked block in " + PAGE).isNotNegative();
		int start = page.indexOf("```sh\n", marker) + "```sh\n".length();
		String command = page.substring(start, page.indexOf("```", start)).replace("\\\n", " ");
		List<String> words = Arrays.asList(command.trim().split("\\s+"));
		int jar = words.indexOf("-jar");
		assertThat(words.get(jar + 1)).endsWith("-standalone.jar");
		return words.subList(jar + 2, words.size()).toArray(String[]::new);
	}

}
