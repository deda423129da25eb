package dev.checkoutsessions.web.readme;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's commands and coordinates are the build's: the test command is the one CI runs, the sample command
 * builds the jar it then starts (the sample's AOT integration test runs that jar), the install command names the
 * modules a shop depends on, and the Gradle coordinates are the Maven block's, at the project's version.
 */
class ReadmeCommandsTests {

	private static final DocsPage README = DocsPage.readme();

	private static final Pattern MAVEN_DEPENDENCY = Pattern.compile(
			"<groupId>(.*?)</groupId>\\s*<artifactId>(.*?)</artifactId>\\s*<version>(.*?)</version>(?:\\s*<scope>(.*?)</scope>)?");

	private static final Pattern GRADLE_DEPENDENCY = Pattern.compile("(implementation|testImplementation)\\(\"(.*?)\"\\)");

	@Test
	void theTestCommandIsTheOneCiRuns() {
		String test = README.section("The two commands").codeBlocks("bash").get(1).strip();
		List<String> ciCommands = DocsPage.read(".ci/run").lines().filter((line) -> line.startsWith("mvn ")).toList();
		assertThat(ciCommands).containsExactly(test);
	}

	@Test
	void theSampleCommandStartsTheJarItBuilds() {
		String sample = README.section("The two commands").codeBlocks("bash").get(0).strip();
		assertThat(sample).isEqualTo("mvn -B -q -pl sample-app -am package -DskipTests && java -jar sample-app/target/"
				+ finalName("sample-app") + ".jar");
		assertThat(DocsPage.read("sample-app/README.md")).contains(sample);
	}

	@Test
	void theInstallCommandInstallsWhatTheMavenAndGradleBlocksNameAtTheProjectsVersion() {
		DocsPage install = README.section("Install");
		String command = install.codeBlock("bash").strip();
		Set<String> maven = new LinkedHashSet<>();
		Matcher dependency = MAVEN_DEPENDENCY.matcher(install.codeBlock("xml"));
		while (dependency.find()) {
			String configuration = "test".equals(dependency.group(4)) ? "testImplementation" : "implementation";
			maven.add(configuration + " " + dependency.group(1) + ":" + dependency.group(2) + ":" + dependency.group(3));
			assertThat(dependency.group(3)).isEqualTo(projectVersion());
			assertThat(command).contains(dependency.group(2));
		}
		Set<String> gradle = new LinkedHashSet<>();
		Matcher gradleDependency = GRADLE_DEPENDENCY.matcher(install.codeBlock("kotlin"));
		while (gradleDependency.find()) {
			gradle.add(gradleDependency.group(1) + " " + gradleDependency.group(2));
		}
		assertThat(maven).hasSize(2);
		assertThat(gradle).isEqualTo(maven);
		// The install command puts them in the local repository, which Gradle reads only when told to.
		assertThat(install.text()).contains("`mavenLocal()`");
		assertThat(command).startsWith("mvn -B -ntp install -DskipTests -pl ").endsWith(" -am");
	}

	private static String projectVersion() {
		Matcher version = Pattern.compile("<artifactId>checkout-sessions-parent</artifactId>\\s*<version>(.*?)</version>")
			.matcher(DocsPage.read("pom.xml"));
		assertThat(version.find()).isTrue();
		return version.group(1);
	}

	private static String finalName(String module) {
		Matcher finalName = Pattern.compile("<finalName>(.*?)</finalName>").matcher(DocsPage.read(module + "/pom.xml"));
		assertThat(finalName.find()).isTrue();
		return finalName.group(1);
	}

}
