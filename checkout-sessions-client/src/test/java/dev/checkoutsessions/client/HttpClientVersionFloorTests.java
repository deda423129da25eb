package dev.checkoutsessions.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HttpClient 5 floor is 5.4.3: 5.4.0 to 5.4.2 have CVE-2025-27820, and the releases
 * are compared as versions, not as text.
 */
class HttpClientVersionFloorTests {

	@Test
	void releasesBeforeTheFixAreRefusedAndLaterOnesAccepted() {
		assertThat(HttpComponentsConnections.atLeast("5.4.2", "5.4.3")).isFalse();
		assertThat(HttpComponentsConnections.atLeast("5.4", "5.4.3")).isFalse();
		assertThat(HttpComponentsConnections.atLeast("5.3.1", "5.4.3")).isFalse();
		assertThat(HttpComponentsConnections.atLeast("5.4-beta1", "5.4.3")).isFalse();
		assertThat(HttpComponentsConnections.atLeast("5.4.3", "5.4.3")).isTrue();
		assertThat(HttpComponentsConnections.atLeast("5.4.10", "5.4.3")).isTrue();
		assertThat(HttpComponentsConnections.atLeast("5.5.2", "5.4.3")).isTrue();
		assertThat(HttpComponentsConnections.atLeast("6.0-alpha1", "5.4.3")).isTrue();
	}

	@Test
	void anUnknownReleaseIsLeftToTheMethodCheck() {
		assertThat(HttpComponentsConnections.atLeast("(unknown version)", "5.4.3")).isTrue();
	}

	@Test
	void theVersionOnThisClasspathPasses() {
		HttpComponentsConnections.requireSupportedVersion(getClass().getClassLoader());
	}

}
