package dev.checkoutsessions.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Runs only in the Surefire execution that puts an HttpClient 5 the client refuses on the
 * classpath (5.4.2, whose connections work but which has CVE-2025-27820): the client
 * refuses it when it is built, naming the version needed and why, never at its first
 * call.
 */
class UnsupportedHttpClientTests {

	@Test
	void connectionFactoryNamesTheVersionNeededAndTheOneFound() {
		assertThatIllegalStateException().isThrownBy(HttpComponentsConnections::connectionFactory)
			.withMessageContaining("needs Apache HttpClient 5.4.3 or later")
			.withMessageContaining("found httpclient5 " + System.getProperty("httpclient5.expected-version"))
			.withMessageContaining("CVE-2025-27820");
	}

	@Test
	void clientFailsWhenBuiltNotAtItsFirstCall() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SessionsClient.builder()
				.baseUrl("http://127.0.0.1:9")
				.tokenUrl("http://127.0.0.1:9/connect/token")
				.clientCredentials(ApiStubs.CLIENT_ID, ApiStubs.CLIENT_SECRET)
				.build())
			.withMessageContaining("needs Apache HttpClient 5.4.3 or later");
	}

}
